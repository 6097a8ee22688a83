package dev.storybot.answering;

import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.core.Paragraph;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.EntityMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that composes answers about the story as a whole from its metadata: the gist from
 * the summary (cut to whole sentences within the answer limit, cited to the article sentences it draws on), and
 * where it comes from, its headline or its statement line from the article's header and the fact file's story entry.
 */
final class StoryAnswers {

    /** The article header line holding the article's own statement (disclaimer), if it has one. */
    static final String STATEMENT_HEADER = "statement";
    /** Summary sentences cited at most: each names a paragraph, and two or three cover a lead. */
    private static final int MAX_SUMMARY_CITATIONS = 3;
    /** Words this short carry little meaning when matching a summary sentence to the article. */
    private static final int MIN_MATCH_WORD_LENGTH = 4;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|(?<=[。！？])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private record ArticleSentence(int paragraph, String text, Set<String> words) {}

    private final KnowledgeBase knowledge;
    private final EntityMatcher entities;
    private final List<ArticleSentence> sentences = new ArrayList<>();

    StoryAnswers(KnowledgeBase knowledge, EntityMatcher entities) {
        this.knowledge = knowledge;
        this.entities = entities;
        for (Paragraph paragraph : knowledge.paragraphs()) {
            for (String sentence : SENTENCE_END.split(paragraph.text())) {
                if (!sentence.isBlank()) {
                    sentences.add(new ArticleSentence(paragraph.number(), sentence.strip(), words(sentence)));
                }
            }
        }
    }

    /** The entities the story names as its own source (its outlet and the original's), not subjects of questions. */
    List<Entity> ownSources() {
        List<Entity> own = new ArrayList<>(entities.find(knowledge.meta().sourceLine()));
        own.addAll(entities.find(knowledge.meta().title()));
        return own;
    }

    /** The answer for a question about the whole story, or empty when the story has nothing for it. */
    Optional<Answer> answer(StoryQuestions.Kind kind, Language language) {
        return switch (kind) {
            case SUMMARY -> Optional.of(summary(language));
            case SOURCE ->
                Optional.of(answered(
                        Messages.source(
                                language,
                                knowledge.meta().sourceLine(),
                                knowledge.meta().url(),
                                knowledge.meta().title(),
                                Answer.MAX_TEXT_CHARS),
                        citeSentenceNaming(knowledge.meta().sourceLine()),
                        language));
            case HEADLINE ->
                Optional.of(answered(
                        fit(Messages.headline(language, knowledge.meta().title())), List.of(), language));
            case STATEMENT ->
                Optional.ofNullable(knowledge.header().get(STATEMENT_HEADER))
                        .map(statement -> answered(fit(Messages.statement(language, statement)), List.of(), language));
        };
    }

    private Answer summary(Language language) {
        String text = wholeSentences(knowledge.summary(language), Answer.MAX_TEXT_CHARS);
        String english = wholeSentences(knowledge.meta().summary(), Answer.MAX_TEXT_CHARS);
        List<Citation> citations = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(english)) {
            bestMatch(words(sentence))
                    .map(s -> new Citation(s.paragraph(), s.text()))
                    .filter(citation -> !citations.contains(citation))
                    .ifPresent(citations::add);
            if (citations.size() == MAX_SUMMARY_CITATIONS) {
                break;
            }
        }
        return answered(text, citations, language);
    }

    /** The leading whole sentences of {@code text} that fit in {@code limit} characters (at least a cut first one). */
    static String wholeSentences(String text, int limit) {
        String stripped = text.strip();
        if (stripped.length() <= limit) {
            return stripped;
        }
        StringBuilder kept = new StringBuilder();
        for (String sentence : SENTENCE_END.split(stripped)) {
            String next = kept.length() == 0
                    ? sentence.strip()
                    : kept + (sentence.matches("^\\p{IsHan}.*") ? "" : " ") + sentence.strip();
            if (next.length() > limit) {
                break;
            }
            kept.setLength(0);
            kept.append(next);
        }
        if (kept.length() > 0) {
            return kept.toString();
        }
        int space = stripped.lastIndexOf(' ', limit - 1);
        return stripped.substring(0, space > limit / 2 ? space : limit - 1).strip() + "…";
    }

    private Optional<ArticleSentence> bestMatch(Set<String> words) {
        ArticleSentence best = null;
        int bestShared = 1; // one shared word is chance
        for (ArticleSentence sentence : sentences) {
            Set<String> shared = new HashSet<>(sentence.words());
            shared.retainAll(words);
            if (shared.size() > bestShared) {
                best = sentence;
                bestShared = shared.size();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first article sentence naming an entity that {@code text} names (e.g. the original outlet). */
    private List<Citation> citeSentenceNaming(String text) {
        List<Entity> named = entities.find(text);
        for (ArticleSentence sentence : sentences) {
            if (entities.find(sentence.text()).stream().anyMatch(named::contains)) {
                return List.of(new Citation(sentence.paragraph(), sentence.text()));
            }
        }
        return List.of();
    }

    private static String fit(String text) {
        return wholeSentences(text, Answer.MAX_TEXT_CHARS);
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.group().length() >= MIN_MATCH_WORD_LENGTH) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static Answer answered(String text, List<Citation> citations, Language language) {
        return new Answer(text, citations, Outcome.ANSWERED, Mode.RETRIEVAL, null, null, language);
    }
}
