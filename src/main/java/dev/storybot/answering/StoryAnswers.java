package dev.storybot.answering;

import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.core.Paragraph;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.EntityMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** Phrases of a credit line ("Image credit: ..."), which says who made a picture (a language resource). */
    static final String CREDIT_WORDS = "/language/en/credit-words.txt";

    private static final java.util.regex.Pattern CREDIT_LINE = dev.storybot.core.WordList.phrases(CREDIT_WORDS);
    /** The article header line naming who wrote it. */
    static final String AUTHOR_HEADER = "author";
    /** What a byline adds to the author's name: an outlet in brackets, a leading "By". */
    private static final java.util.regex.Pattern AUTHOR_EXTRAS =
            java.util.regex.Pattern.compile("\\s*\\([^)]*\\)|^\\s*by\\s+", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** The header line a web page's byline is kept in when the page names no author as such. */
    static final String BYLINE_HEADER = "byline";
    /** The article header line giving when it was published. */
    static final String DATE_HEADER = "date";
    /** A year written in digits, from 1800 to 2099. */
    private static final Pattern YEAR_WRITTEN = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");
    /** The lead of a news story, where it says when what it reports happened, is its first two paragraphs. */
    static final int LEAD_PARAGRAPHS = 2;
    /** Words with which a lead dates the news (a language resource). */
    static final String DAY_WORDS_RESOURCE = "/language/en/news-day-words.txt";

    private static final Set<String> DAY_WORDS = dev.storybot.core.WordList.load(DAY_WORDS_RESOURCE);
    /** Summary sentences cited at most: each names a paragraph, and two or three cover a lead. */
    private static final int MAX_SUMMARY_CITATIONS = 3;
    /** Words this short carry little meaning when matching a summary sentence to the article. */
    private static final int MIN_MATCH_WORD_LENGTH = 4;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|(?<=[。！？])");
    private static final Pattern ISO_TIME = Pattern.compile("(?<=^\\d{4}-\\d{2}-\\d{2})T.*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private record ArticleSentence(int paragraph, String text, Set<String> words) {}

    /** Words in quotation marks, four or more: a sentence with them quotes someone (a name in quotes does not). */
    private static final Pattern QUOTATION = Pattern.compile("[\"“][^\"”]*\\s[^\"”]*\\s[^\"”]*\\s[^\"”]*[\"”]");

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
        List<Entity> own = new ArrayList<>(entities.find(knowledge.story().sourceLine()));
        own.addAll(entities.find(knowledge.story().title()));
        return own;
    }

    /**
     * The answer for a question asking several things about the whole story: each part the story has, in order, as
     * many as fit in one answer; empty when it has none of them.
     */
    Optional<Answer> answer(List<StoryQuestions.Kind> kinds, Language language) {
        Map<StoryQuestions.Kind, Answer> answers = new java.util.EnumMap<>(StoryQuestions.Kind.class);
        kinds.forEach(kind -> answer(kind, language).ifPresent(a -> answers.put(kind, a)));
        // "the headline + link": the source line gives the headline too
        Answer source = answers.get(StoryQuestions.Kind.SOURCE);
        if (source != null && source.text().contains(knowledge.story().title())) {
            answers.remove(StoryQuestions.Kind.HEADLINE);
        }
        List<Answer> parts = kinds.stream()
                .map(answers::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (parts.size() <= 1) {
            return parts.stream().findFirst();
        }
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (Answer part : parts) {
            if (text.indexOf(part.text()) >= 0) {
                continue; // the source line already gave the headline, say
            }
            String joined =
                    text.length() == 0 ? part.text() : text + (language == Language.ZH ? "" : " ") + part.text();
            if (joined.length() > Answer.MAX_TEXT_CHARS) {
                break;
            }
            text.setLength(0);
            text.append(joined);
            part.citations().stream().filter(c -> !citations.contains(c)).forEach(citations::add);
        }
        return Optional.of(answered(text.toString(), citations, language));
    }

    /** The answer for a question about the whole story, or empty when the story has nothing for it. */
    Optional<Answer> answer(StoryQuestions.Kind kind, Language language) {
        return switch (kind) {
            case AUTHOR ->
                Optional.ofNullable(knowledge
                                .header()
                                .getOrDefault(AUTHOR_HEADER, knowledge.header().get(BYLINE_HEADER)))
                        .filter(author -> !author.isBlank())
                        .map(author -> answered(
                                fit(Messages.author(language, author.strip(), ownOutlet())),
                                citeAuthorLine(author),
                                language))
                        .or(() -> Optional.of(noAuthor(language)));
            case DATE ->
                Optional.ofNullable(knowledge.header().get(DATE_HEADER))
                        .filter(date -> !date.isBlank())
                        .map(date -> answered(
                                fit(Messages.published(language, dayOf(date), ownOutlet())),
                                citeLeadDating(),
                                language))
                        .or(() -> answer(StoryQuestions.Kind.SOURCE, language));
            case YEAR -> Optional.of(year(language));
            case SUMMARY -> Optional.of(summary(language));
            case SOURCE ->
                Optional.of(answered(
                        Messages.source(
                                language,
                                knowledge.story().sourceLine(),
                                knowledge.story().url(),
                                knowledge.story().title(),
                                Answer.MAX_TEXT_CHARS),
                        citeSentenceNaming(knowledge.story().sourceLine()),
                        language));
            case HEADLINE ->
                Optional.of(answered(
                        fit(Messages.headline(language, knowledge.story().title())), List.of(), language));
            case STATEMENT ->
                Optional.ofNullable(knowledge.header().get(STATEMENT_HEADER))
                        .map(statement -> answered(fit(Messages.statement(language, statement)), List.of(), language));
            case QUOTES -> quotes(language);
            case PICTURE -> pictureCredits(language);
        };
    }

    /** The story's credit lines ("(Image credit: All About Space)"), as many as fit; empty when it has none. */
    private Optional<Answer> pictureCredits(Language language) {
        // the same credit under each picture is said once
        return asManyAsFit(
                knowledge.facts().stream()
                        .filter(fact -> CREDIT_LINE.matcher(fact.quote()).find())
                        .toList(),
                language);
    }

    /**
     * A refusal for a story that names no author, saying where it comes from instead, so that "who wrote this" still
     * learns whose story it is.
     */
    private Answer noAuthor(Language language) {
        String none = Messages.noAuthor(language);
        String source = Messages.source(
                language,
                knowledge.story().sourceLine(),
                knowledge.story().url(),
                knowledge.story().title(),
                Answer.MAX_TEXT_CHARS - none.length() - 1);
        String text = wholeSentences(none + (language == Language.ZH ? "" : " ") + source, Answer.MAX_TEXT_CHARS);
        return new Answer(text, List.of(), Outcome.REFUSED, Mode.RETRIEVAL, null, null, language);
    }

    /**
     * The date answer when the header date or the source line gives a year; else a refusal saying the story gives no
     * year (its lead may date the news by the day alone: "On December 5").
     */
    private Answer year(Language language) {
        String date = knowledge.header().getOrDefault(DATE_HEADER, "");
        if (YEAR_WRITTEN.matcher(date).find()) {
            return answer(StoryQuestions.Kind.DATE, language).orElseThrow();
        }
        if (YEAR_WRITTEN.matcher(knowledge.story().sourceLine()).find()) {
            return answer(StoryQuestions.Kind.SOURCE, language).orElseThrow();
        }
        return new Answer(Messages.noYear(language), List.of(), Outcome.REFUSED, Mode.RETRIEVAL, null, null, language);
    }

    /**
     * The statements the story quotes word for word, with their speakers, in the story's order and as many as fit;
     * empty when it quotes no one.
     */
    private Optional<Answer> quotes(Language language) {
        return asManyAsFit(
                knowledge.facts().stream()
                        .filter(fact -> fact.attribution() != null
                                && QUOTATION.matcher(fact.quote()).find())
                        .toList(),
                language);
    }

    /**
     * The facts' sentences in order, each once and as many as fit together ("too long beside the others: a shorter
     * one may fit"), cited; empty when none does.
     */
    private Optional<Answer> asManyAsFit(List<Fact> facts, Language language) {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (Fact fact : facts) {
            String sentence = AnswerComposer.answerIn(fact, language);
            String joined = text.length() == 0 ? sentence : text + (language == Language.ZH ? "" : " ") + sentence;
            if (text.indexOf(sentence) >= 0 || joined.length() > Answer.MAX_TEXT_CHARS) {
                continue;
            }
            text.setLength(0);
            text.append(joined);
            citations.add(new Citation(fact.paragraph(), fact.quote()));
        }
        return citations.isEmpty() ? Optional.empty() : Optional.of(answered(text.toString(), citations, language));
    }

    /** The day of a header date, without the time of day a web page's metadata adds ("2019-11-20T09:29:08+0000"). */
    static String dayOf(String date) {
        return ISO_TIME.matcher(date.strip()).replaceFirst("");
    }

    /** The story's outlet as its source line names it, without the address. */
    private String ownOutlet() {
        String line = knowledge.story().sourceLine();
        int paren = line.indexOf(" (");
        return (paren > 0 ? line.substring(0, paren) : line).strip();
    }

    private Answer summary(Language language) {
        String summary = knowledge.summary(language);
        boolean inEnglish = summary.equals(knowledge.story().summary());
        // an English summary that misses what the headline says is led by the headline
        String led = inEnglish && knowledge.headlineAddsTo(summary)
                ? knowledge.story().title().strip().replaceAll("[.!?:]+$", "") + ". " + summary
                : summary;
        String text = wholeSentences(led, Answer.MAX_TEXT_CHARS);
        String english = wholeSentences(knowledge.story().summary(), Answer.MAX_TEXT_CHARS);
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
    /**
     * The first sentence of the lead paragraphs that dates the news ("In a new case study out Monday", "On December
     * 5"): the article's own word on when, cited beside the header date; none when the lead gives no day.
     */
    private List<Citation> citeLeadDating() {
        for (ArticleSentence sentence : sentences) {
            if (sentence.paragraph() > LEAD_PARAGRAPHS) {
                break;
            }
            for (String word : sentence.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (DAY_WORDS.contains(word)) {
                    return List.of(new Citation(sentence.paragraph(), sentence.text()));
                }
            }
        }
        return List.of();
    }

    private List<Citation> citeSentenceNaming(String text) {
        List<Entity> named = entities.find(text);
        for (ArticleSentence sentence : sentences) {
            if (entities.find(sentence.text()).stream().anyMatch(named::contains)) {
                return List.of(new Citation(sentence.paragraph(), sentence.text()));
            }
        }
        return List.of();
    }

    /**
     * The sentence of the article that names the author in full ("(Reporting by Ada Brook; Editing by Sam Lund)"), if
     * one does: the byline's name of two words or more, without what follows it in brackets ("Ada Brook (Wire)").
     */
    private List<Citation> citeAuthorLine(String author) {
        String name = AUTHOR_EXTRAS.matcher(author).replaceAll("").strip();
        if (name.split("\\s+").length < 2) {
            return List.of(); // an outlet as author ("Reuters") names no reporter's line
        }
        java.util.regex.Pattern named =
                java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(name) + "(?![\\p{L}])");
        for (ArticleSentence sentence : sentences) {
            if (named.matcher(sentence.text()).find()) {
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
