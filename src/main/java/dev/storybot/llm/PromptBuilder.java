package dev.storybot.llm;

import dev.langchain4j.model.input.PromptTemplate;
import dev.storybot.answering.Evidence;
import dev.storybot.answering.Turn;
import dev.storybot.core.Answer;
import dev.storybot.core.Language;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Translation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the evidence for one question into the prompt: the rules (from {@value #RULES_RESOURCE}, read once) as the
 * system message, and the article's numbered paragraphs, the retrieved facts as hints, recent turns and the question
 * as the user message.
 */
public final class PromptBuilder {

    /** How the prompt names each answer language (a language resource). */
    static final String LANGUAGE_NAMES_RESOURCE = "/language/language-names.properties";

    private static final java.util.Properties LANGUAGE_NAMES =
            dev.storybot.core.WordList.properties(LANGUAGE_NAMES_RESOURCE);

    /** What the model is told to reply when the facts do not answer the question. */
    public static final String NO_ANSWER = "NO_ANSWER";
    /** Earlier turns of the conversation included in the prompt. */
    public static final int MAX_HISTORY_TURNS = 3;
    /** Longest question or earlier turn included, in characters. */
    public static final int MAX_QUOTED_CHARS = 500;

    static final String ARTICLE_HEADER = "Article:";
    static final String FACTS_HEADER = "Facts retrieved for the question (hints; keep their hedges):";
    static final String QUESTION_OPEN = "<<<question";
    static final String QUESTION_CLOSE = "question>>>";
    /** The system prompt: the model's rules, with {@code {{language}}}-style placeholders. */
    static final String RULES_RESOURCE = "/prompts/answer-rules.txt";

    private static final Map<Language, String> RULES = renderRules();

    private PromptBuilder() {}

    /** Builds the prompt without the article; the facts are numbered [1]..[k] in the order given. */
    public static LlmPrompt build(Evidence evidence) {
        return build(evidence, ArticleExcerpt.none());
    }

    /** Builds the prompt with {@code article}'s paragraphs as [¶n] and the facts as [1]..[k] in the order given. */
    static LlmPrompt build(Evidence evidence, ArticleExcerpt article) {
        return new LlmPrompt(system(evidence.language()), user(evidence, article));
    }

    private static String system(Language language) {
        return RULES.get(language);
    }

    /** The rules resource filled in for each answer language, e.g. "Answer in Korean." */
    private static Map<Language, String> renderRules() {
        PromptTemplate template = PromptTemplate.from(readRules());
        Map<Language, String> rules = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            rules.put(
                    language,
                    template.apply(Map.of(
                                    "language",
                                    languageName(language),
                                    "max_chars",
                                    Answer.MAX_TEXT_CHARS,
                                    "question_open",
                                    QUESTION_OPEN,
                                    "question_close",
                                    QUESTION_CLOSE,
                                    "no_answer",
                                    NO_ANSWER))
                            .text());
        }
        return Map.copyOf(rules);
    }

    private static String readRules() {
        try (InputStream in = PromptBuilder.class.getResourceAsStream(RULES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RULES_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RULES_RESOURCE, e);
        }
    }

    private static String user(Evidence evidence, ArticleExcerpt article) {
        StringBuilder out = new StringBuilder();
        if (!article.paragraphs().isEmpty()) {
            out.append(ARTICLE_HEADER).append('\n');
            if (!article.headline().isEmpty()) {
                out.append("Headline: ").append(oneLine(article.headline())).append('\n');
            }
            article.paragraphs().forEach(p -> out.append(ArticleExcerpt.line(p)).append('\n'));
            if (!article.complete()) {
                out.append("(Other paragraphs are left out for length.)\n");
            }
            out.append('\n');
        }
        out.append(FACTS_HEADER).append('\n');
        List<Fact> facts = evidence.facts();
        if (facts.isEmpty()) {
            out.append("(none)\n");
        }
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            out.append('[')
                    .append(i + 1)
                    .append("] ")
                    .append(oneLine(f.answer()))
                    .append('\n');
            Translation translation = translation(f, evidence.language());
            if (translation != null
                    && translation.answer() != null
                    && !translation.answer().isBlank()) {
                out.append("    In ")
                        .append(languageName(evidence.language()))
                        .append(": ")
                        .append(oneLine(translation.answer()))
                        .append('\n');
            }
            out.append("    Quote (paragraph ")
                    .append(f.paragraph())
                    .append("): \"")
                    .append(oneLine(f.quote()))
                    .append("\"\n");
            out.append("    Source: ").append(f.attribution() == null ? "the article" : oneLine(f.attribution()));
            if (f.certainty() != null) {
                out.append("; ").append(f.certainty().wireName());
            }
            out.append('\n');
        }
        List<Turn> history = evidence.history();
        if (!history.isEmpty()) {
            out.append("\nEarlier in this conversation (oldest first):\n");
            for (Turn t : history.subList(Math.max(0, history.size() - MAX_HISTORY_TURNS), history.size())) {
                out.append("User asked: ").append(quoted(t.question())).append('\n');
                out.append("Bot answered: ").append(quoted(t.answer())).append('\n');
            }
        }
        out.append("\nQuestion:\n")
                .append(QUESTION_OPEN)
                .append('\n')
                .append(quoted(evidence.request().text()))
                .append('\n')
                .append(QUESTION_CLOSE)
                .append('\n');
        String resolved = evidence.resolvedQuestion();
        if (resolved != null
                && !resolved.isBlank()
                && !resolved.strip().equals(evidence.request().text().strip())) {
            out.append("With references resolved, the question is: ")
                    .append(quoted(resolved))
                    .append('\n');
        }
        out.append("\nAnswer in ")
                .append(languageName(evidence.language()))
                .append(
                        article.paragraphs().isEmpty()
                                ? ", citing the facts as [n]."
                                : ", citing paragraphs as [¶n] and facts as [n].");
        return out.toString();
    }

    private static Translation translation(Fact f, Language language) {
        switch (language) {
            case ZH:
                return f.zh();
            case KO:
                return f.ko();
            default:
                return null;
        }
    }

    static String languageName(Language language) {
        return LANGUAGE_NAMES.getProperty(language.code(), LANGUAGE_NAMES.getProperty(Language.EN.code()));
    }

    /** User text on lines of its own, without anything that could close the question delimiter early. */
    private static String quoted(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_QUOTED_CHARS) {
            t = t.substring(0, MAX_QUOTED_CHARS) + "…";
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.contains("<<<") || lower.contains(">>>")) {
            t = t.replace("<<<", "< < <").replace(">>>", "> > >");
        }
        return oneLine(t);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
