package dev.storybot.knowledge;

import dev.storybot.core.Language;
import dev.storybot.core.Paragraph;
import dev.storybot.core.StoryBrief;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The validated story: its numbered paragraphs, the named entities and the curated facts.
 *
 * @param story      headline, source, summaries, example questions
 * @param paragraphs the article's paragraphs, numbered from 1
 * @param entities   every named person, company, model and publication
 * @param facts      the atomic facts, in file order
 * @param header     the article file's {@code # Key: value} lines (e.g. "source", "statement"), keys in lower case
 */
public record KnowledgeBase(
        StoryMeta story,
        List<Paragraph> paragraphs,
        List<Entity> entities,
        List<Fact> facts,
        Map<String, String> header) {

    public KnowledgeBase {
        paragraphs = List.copyOf(paragraphs);
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        header = header == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(header));
    }

    /** A story without header lines. */
    public KnowledgeBase(StoryMeta story, List<Paragraph> paragraphs, List<Entity> entities, List<Fact> facts) {
        this(story, paragraphs, entities, facts, Map.of());
    }

    /** The fact with this id, if any. */
    public Optional<Fact> fact(String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Entities by id. */
    public Map<String, Entity> entitiesById() {
        return entities.stream().collect(Collectors.toUnmodifiableMap(Entity::id, Function.identity()));
    }

    /** The summary in the given language (English when no translation exists). */
    public String summary(Language language) {
        String translated = switch (language) {
            case ZH -> story.summaryZh();
            case KO -> story.summaryKo();
            case EN -> story.summary();
        };
        return translated == null || translated.isBlank() ? story.summary() : translated;
    }

    /**
     * True when the headline names much that {@code summary} does not ("Silicon Valley turns to Chinese AI" above a
     * summary about a newspaper's report): a whole-story answer should then say what the headline says.
     */
    public boolean headlineAddsTo(String summary) {
        String title = story.title();
        return title != null && !title.isBlank() && !ArticleHeader.addsLittle(title, summary);
    }

    /** Example questions in the given language (English when none exist). */
    public List<String> exampleQuestions(Language language) {
        List<String> translated = switch (language) {
            case ZH -> story.exampleQuestionsZh();
            case KO -> story.exampleQuestionsKo();
            case EN -> story.exampleQuestions();
        };
        return translated.isEmpty() ? story.exampleQuestions() : translated;
    }

    /** The platform-neutral view of the story that adapters show in {@code /story} and {@code /sources}. */
    public StoryBrief brief() {
        return new StoryBrief(
                story.title(), story.sourceLine(), story.url(), story.summary(), paragraphs, story.exampleQuestions());
    }
}
