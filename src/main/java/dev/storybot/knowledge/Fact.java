package dev.storybot.knowledge;

import java.util.List;

/**
 * One atomic fact from the article with a direct answer sentence and the quote that proves it.
 *
 * @param id          unique, stable, e.g. "qwen-downloads"
 * @param paragraph   the article paragraph the quote comes from
 * @param quote       text that occurs verbatim in that paragraph
 * @param answer      the direct answer sentence in English, at most 300 characters, keeping the article's hedges
 * @param attribution who said or claimed it, e.g. "Jensen Huang", "Bloomberg", "the article"
 * @param certainty   stated, said, reported or suspected
 * @param entities    ids of the entities it is about
 * @param keywords    words a person would use when asking for it
 * @param answers     what kinds of question it answers (person, number, reason, ...)
 * @param figures     numbers it gives, for computed comparisons
 * @param paraphrases sample questions in plain words that it answers (indexed for retrieval)
 * @param zh          Chinese translation of the answer, with Chinese keywords
 * @param ko          Korean translation of the answer, with Korean keywords
 */
public record Fact(
        String id,
        int paragraph,
        String quote,
        String answer,
        String attribution,
        Certainty certainty,
        List<String> entities,
        List<String> keywords,
        List<AnswerType> answers,
        List<Figure> figures,
        List<String> paraphrases,
        Translation zh,
        Translation ko) {

    public Fact {
        entities = entities == null ? List.of() : List.copyOf(entities);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        answers = answers == null ? List.of() : List.copyOf(answers);
        figures = figures == null ? List.of() : List.copyOf(figures);
        paraphrases = paraphrases == null ? List.of() : List.copyOf(paraphrases);
        zh = zh == null ? Translation.NONE : zh;
        ko = ko == null ? Translation.NONE : ko;
    }

    /** True when the fact's answer has a translation into the language ({@code zh} or {@code ko}). */
    public boolean translated(dev.storybot.core.Language language) {
        Translation t = switch (language) {
            case ZH -> zh;
            case KO -> ko;
            case EN -> new Translation(answer, List.of());
        };
        return t.answer() != null && !t.answer().isBlank();
    }
}
