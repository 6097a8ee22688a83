package dev.storybot.llm;

import dev.storybot.answering.Evidence;
import dev.storybot.core.Answer;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What may reach the model: questions retrieval answered or refused for lack of evidence; never empty or over-long
 * input, greetings, or attempts to instruct the bot. Also the refusal shown when the model finds no answer.
 */
final class ModelGate {

    /**
     * Instructions aimed at the model rather than questions about the story. Retrieval refuses these too but does not
     * say why it refused, so the model's side checks them again.
     */
    private static final Pattern INSTRUCTIONS = Pattern.compile(
            "\\b(ignore|disregard|forget|override)\\b.{0,40}\\b(instructions?|rules|prompt|previous|above|everything)\\b"
                    + "|\\b(system prompt|developer mode|jailbreak|do anything now|repeat after me)\\b"
                    + "|\\b(you are now|from now on|pretend|act as|roleplay|role-play|new instructions?)\\b"
                    + "|\\bDAN\\b|^\\s*(system|assistant)\\s*:"
                    + "|忽略|无视|假装|扮演|系统提示|越狱|무시|시스템 프롬프트|역할극|탈옥",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    private ModelGate() {}

    /** True when the model may be asked about this evidence's question. */
    static boolean admits(Evidence evidence) {
        Outcome outcome = evidence.retrievalAnswer().outcome();
        if (outcome == Outcome.ANSWERED) {
            return true;
        }
        return outcome == Outcome.REFUSED
                && !INSTRUCTIONS.matcher(evidence.request().text()).find();
    }

    /**
     * The refusal for a question the model found no answer to: retrieval's own refusal when it refused too, else
     * the same kind of refusal with {@code examples}.
     */
    static Answer noAnswer(Evidence evidence, List<String> examples) {
        Answer retrieval = evidence.retrievalAnswer();
        if (!retrieval.answered()) {
            return retrieval;
        }
        Language language = evidence.language();
        StringBuilder text = new StringBuilder(
                switch (language) {
                    case ZH -> "这篇报道没有回答这个问题。你可以问：";
                    case KO -> "기사에서 이 질문의 답을 찾을 수 없습니다. 이렇게 물어보세요:";
                    case EN -> "The story doesn't answer that. You could ask:";
                });
        examples.forEach(q -> text.append("\n• ").append(q));
        return new Answer(text.toString().strip(), List.of(), Outcome.REFUSED, Mode.RETRIEVAL, null, null, language);
    }
}
