package dev.storybot.llm;

import dev.storybot.answering.Evidence;
import dev.storybot.answering.Instructions;
import dev.storybot.core.Answer;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import java.util.List;

/**
 * What may reach the model: questions retrieval answered or refused for lack of evidence; never empty or over-long
 * input, greetings, or attempts to instruct the bot. Also the refusal shown when the model finds no answer.
 */
final class ModelGate {

    private ModelGate() {}

    /** True when the model may be asked about this evidence's question. */
    static boolean admits(Evidence evidence) {
        Outcome outcome = evidence.retrievalAnswer().outcome();
        if (outcome == Outcome.ANSWERED) {
            return true;
        }
        return outcome == Outcome.REFUSED
                && !Instructions.attempted(evidence.request().text());
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
