package dev.storybot.answering;

import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.EntityMatcher;
import dev.storybot.retrieval.LexicalRanker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that answers a question about one entity from all its facts: everything the story
 * has it saying (each fact attributed to it, with its hedge), or a profile (what kind of entity it is, then the facts
 * about it, those where it is the subject first), as many whole sentences as fit, each cited.
 */
final class EntityAnswers {

    /** The entity type of people, who speak for organisations. */
    static final String PERSON = "person";
    /** Shorter words ("a", "of", "the") cannot name a role. */
    private static final int MIN_ROLE_WORD_LENGTH = 3;

    /** Latin words only: role words are matched against the facts' English answers ("CEO" in "英伟达CEO说了什么"). */
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{N}]+");

    /** Titles and job words ("administrator", "ceo", "co-author"), a language resource shared with name finding. */
    static final String TITLES_RESOURCE = "/language/en/titles.txt";
    /** Longest title phrase taken from beside a name, in words: longer runs are sentences, not titles. */
    static final int MAX_TITLE_WORDS = 14;
    /** Longest run of words describing a name right before it ("Saturn's icy, ocean-harboring moon"). */
    private static final int MAX_NOUN_PHRASE_WORDS = 5;

    private static final Set<String> TITLES = dev.storybot.core.WordList.load(TITLES_RESOURCE);
    /** Verbs that attribute a sentence to a speaker ("said"), shared with name finding. */
    static final String SPEECH_VERBS_RESOURCE = "/language/en/speech-verbs.txt";
    /** Words that end a phrase ("was led by"), which no title before a name is made of. */
    private static final Set<String> FUNCTION_WORDS = dev.storybot.core.WordList.load(CountedThings.BREAKS_RESOURCE);
    /** Words that say nothing of what a thing is ("and", "its"), which no description before a name holds. */
    private static final Set<String> PLAIN_FUNCTION_WORDS =
            dev.storybot.core.WordList.load(QuestionCues.FUNCTION_WORDS_RESOURCE);
    /** Speech verbs, which end no title and name no topic. */
    private static final Set<String> SPEECH_VERBS = dev.storybot.core.WordList.load(SPEECH_VERBS_RESOURCE);
    /** ", deputy associate administrator for exploration in the science directorate," right after a name. */
    private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile(
            ",\\s+((?:[^,.;:\"“”()]+\\s+){0," + (MAX_TITLE_WORDS - 1) + "}[^,.;:\"“”()\\s]+)\\s*[,.;]");
    /**
     * "Saturn's icy moon Enceladus" or "the moon Enceladus" right before a name: an article or a possessive, then at
     * most {@link #MAX_NOUN_PHRASE_WORDS} lower-case words (commas between adjectives allowed), the last no past form.
     */
    private static final Pattern DESCRIPTION_BEFORE =
            Pattern.compile("(?:^|\\s)((?:(?:a|an|the)|\\p{Lu}[\\p{L}.&-]*['’]s)\\s+(?:\\p{Ll}[\\p{Ll}-]*,?\\s+){0,"
                    + (MAX_NOUN_PHRASE_WORDS - 1) + "}\\p{Ll}[\\p{Ll}-]*(?<!ed))\\s+$");
    /**
     * ", a Fern Hollow-based provider of sales data," right after a name (perhaps after its web address's ending,
     * "Quillon.com, a data firm"): an article, then at most {@link #MAX_TITLE_WORDS} words to the next break.
     */
    private static final Pattern DESCRIPTION =
            Pattern.compile("(?:\\.[a-z]{2,4})?,\\s+((?:a|an)\\s+(?:[^,.;:\"“”()\\s]+\\s+){0," + (MAX_TITLE_WORDS - 2)
                    + "}[^,.;:\"“”()\\s]+)\\s*(?:[,.;]|$)");
    /** Where a person works, right after the name: "of NASA's Jet Propulsion Laboratory", "at King's College". */
    private static final java.util.regex.Pattern AFFILIATION = java.util.regex.Pattern.compile(
            "\\s+((?:of|at|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'&-]*(?:\\s+(?:(?:of|for|the|&)\\s+)?\\p{Lu}[\\p{L}’'&-]*)*)");
    /** "NASA Administrator " or "study co-author " right before a name: capitalised or title words only. */
    private static final java.util.regex.Pattern TITLE_BEFORE =
            java.util.regex.Pattern.compile("((?:[\\p{L}’'\\-]+\\s+){1,5})$");

    /** Words that attribute a statement ("said Ann Lee, the agency's chief meteorologist") stop at this many. */
    private static final int MAX_ATTRIBUTION_WORDS = 12;
    /** Pronouns standing for the speaker in an attribution ("he said"). */
    private static final Set<String> ATTRIBUTION_PRONOUNS = Set.of("he", "she", "they");

    /** An answer opening with a word in lower case: a clause cut from the middle of a sentence. */
    private static final Pattern FRAGMENT = Pattern.compile("\\p{Ll}+\\b");

    private final KnowledgeBase knowledge;
    private final LexicalRanker lexical;
    private final EntityMatcher matcher;

    EntityAnswers(KnowledgeBase knowledge, LexicalRanker lexical, EntityMatcher matcher) {
        this.knowledge = knowledge;
        this.lexical = lexical;
        this.matcher = matcher;
    }

    /** The answer, or empty when the story has nothing of that kind about the entity. */
    Optional<Answer> answer(EntityQuestions.Request request, Language language) {
        Entity subject = request.subject();
        List<Fact> facts = request.kind() != EntityQuestions.Kind.PROFILE
                ? statementsOf(subject).isEmpty()
                        ? statementsOfItsPeople(subject, request.question())
                        : statementsOf(subject)
                : factsAbout(subject);
        // a piece cut from the middle of a long sentence ("to treat conditions such as X, Lee said.") reads as
        // nonsense on its own
        facts = facts.stream()
                .filter(f -> !FRAGMENT.matcher(f.answer()).lookingAt())
                .toList();
        if (request.kind() == EntityQuestions.Kind.SAID) {
            // "what did X say about Y": the statements naming the topic first
            String question = request.question().toLowerCase(Locale.ROOT);
            List<Entity> topics = java.util.stream.Stream.concat(
                            knowledge.entities().stream().filter(e -> Mentions.names(question, e)),
                            matcher.find(request.question()).stream())
                    .filter(e -> !e.equals(subject))
                    .distinct()
                    .toList();
            // then those sharing the question's other words ("what did X say people compare it to")
            Map<String, Double> relevance = relevance(request.question());
            // a statement that does not name the topic but follows the paragraph that does ("It will be really
            // exciting," Quell said, after the paragraph on the mission) is about it more likely than one far away
            Set<Integer> topicParagraphs = knowledge.facts().stream()
                    .filter(f -> topics.stream().anyMatch(t -> f.entities().contains(t.id())))
                    .map(Fact::paragraph)
                    .collect(java.util.stream.Collectors.toSet());
            facts = facts.stream()
                    .sorted(Comparator.<Fact>comparingInt(f ->
                                    topics.stream().anyMatch(t -> f.entities().contains(t.id())) ? 0 : 1)
                            // (of two as near, the one after the topic: a quote follows what it comments on)
                            .thenComparingInt(f -> topicParagraphs.stream()
                                    .mapToInt(p -> 2 * Math.abs(p - f.paragraph()) + (f.paragraph() < p ? 1 : 0))
                                    .min()
                                    .orElse(0))
                            .thenComparing(f -> -relevance.getOrDefault(f.id(), 0.0)))
                    .toList();
        }
        if (request.kind() == EntityQuestions.Kind.LAST_SAID && !facts.isEmpty()) {
            facts = List.of(facts.get(facts.size() - 1)); // how it ends: its last statement in the story's order
        }
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        String lead = request.kind() == EntityQuestions.Kind.PROFILE
                ? Messages.profileLead(
                        language, ListAnswers.localName(subject, language), subject.type(), subject.country())
                : "";
        StringBuilder text = new StringBuilder(lead);
        List<Citation> citations = new ArrayList<>();
        if (request.kind() == EntityQuestions.Kind.PROFILE) {
            // who a person is: the title the story gives them ("Steve Clarke, deputy associate administrator ...");
            // what anything else is: the description set off after its name ("Quillon, a Fern Hollow-based data
            // provider")
            boolean person = EntityKinds.person(subject);
            java.util.function.Function<String, Optional<String>> described =
                    t -> person ? titleOf(t, subject) : descriptionOf(t, subject);
            for (Fact fact : facts) {
                // the whole paragraph: a derived fact may end at the comma before the title
                Optional<String> titled = described
                        .apply(fact.quote())
                        .or(() -> described.apply(fact.answer()))
                        .or(() -> described.apply(paragraphText(fact.paragraph())));
                if (titled.isPresent() && lead.length() + 1 + titled.get().length() <= Answer.MAX_TEXT_CHARS) {
                    Optional<Fact> saying = sentenceGiving(titled.get(), facts, subject, lead, language);
                    Fact shown = saying.orElse(fact);
                    text.append(language == Language.ZH ? "" : " ")
                            .append(saying.isPresent() ? answerIn(shown, language) : titled.get());
                    citations.add(new Citation(shown.paragraph(), shown.quote()));
                    // (a statement giving the title is still one of the things the story has it saying)
                    facts = facts.stream()
                            .filter(f -> f != shown
                                    || saying.isEmpty() && subject.allNames().contains(f.attribution()))
                            .toList();
                    break;
                }
            }
        }
        List<String> added = new ArrayList<>();
        for (Fact fact : facts) {
            String sentence = answerIn(fact, language);
            if (text.indexOf(sentence) >= 0 || added.stream().anyMatch(sentence::contains)) {
                continue; // a paragraph's fact and one of its sentences say it once
            }
            String joined = text.length() == 0 ? sentence : text + (language == Language.ZH ? "" : " ") + sentence;
            if (joined.length() > Answer.MAX_TEXT_CHARS) {
                if (citations.isEmpty()) {
                    return Optional.empty(); // not one whole sentence fits: let retrieval answer
                }
                if (request.kind() == EntityQuestions.Kind.PROFILE) {
                    continue; // a profile gives what fits of what the story says about it, in the story's order
                }
                break;
            }
            text.setLength(0);
            text.append(joined);
            added.add(sentence);
            Citation citation = new Citation(fact.paragraph(), fact.quote());
            if (!citations.contains(citation)) {
                citations.add(citation);
            }
        }
        if (request.kind() == EntityQuestions.Kind.SAID && citations.size() < facts.size()) {
            // "everything X said" when whole statements do not all fit: each without its attribution, after the
            // speaker's name once, when that gives more of them
            Optional<Answer> compact = withoutAttributions(facts, subject, language);
            if (compact.isPresent() && compact.get().citations().size() > citations.size()) {
                return compact;
            }
        }
        return Optional.of(
                new Answer(text.toString(), citations, Outcome.ANSWERED, Mode.RETRIEVAL, null, null, language));
    }

    /**
     * The first fact whose sentence gives {@code title} and fits after {@code lead}, for what it says the entity did
     * ("Sabres captain Jack Eichel went after Eriksson Ek and threw punches"); never one of the entity's own
     * statements, which follow the title anyway, nor an English sentence in an answer in another language.
     */
    private static Optional<Fact> sentenceGiving(
            String title, List<Fact> facts, Entity subject, String lead, Language language) {
        String words = title.substring(0, title.length() - 1); // without the title's closing full stop
        return facts.stream()
                .filter(f -> !subject.allNames().contains(f.attribution()))
                .filter(f -> {
                    String sentence = answerIn(f, language);
                    return sentence.contains(words)
                            && (language == Language.EN || !sentence.equals(f.answer()))
                            && lead.length() + 1 + sentence.length() <= Answer.MAX_TEXT_CHARS;
                })
                .findFirst();
    }

    /**
     * The speaker's statements after their name, each without the words attributing it ("..., said Ann Lee, the
     * agency's meteorologist"), as many as fit in the order given; empty when fewer than two fit.
     */
    private Optional<Answer> withoutAttributions(List<Fact> statements, Entity speaker, Language language) {
        String separator = language == Language.ZH ? "" : " ";
        StringBuilder text =
                new StringBuilder(ListAnswers.localName(speaker, language) + (language == Language.ZH ? "：" : ":"));
        List<Citation> citations = new ArrayList<>();
        for (Fact fact : statements) {
            String said = withoutAttribution(answerIn(fact, language), speaker);
            if (text.indexOf(said) >= 0 || text.length() + separator.length() + said.length() > Answer.MAX_TEXT_CHARS) {
                continue;
            }
            text.append(separator).append(said);
            Citation citation = new Citation(fact.paragraph(), fact.quote());
            if (!citations.contains(citation)) {
                citations.add(citation);
            }
        }
        return citations.size() < 2
                ? Optional.empty()
                : Optional.of(
                        new Answer(text.toString(), citations, Outcome.ANSWERED, Mode.RETRIEVAL, null, null, language));
    }

    /**
     * The sentence without the words at its end that say who said it: ", said Ann Lee, the agency's meteorologist",
     * ", he said", or "study co-author Ann Lee said" after a closing quotation mark; unchanged when it ends otherwise.
     */
    static String withoutAttribution(String sentence, Entity speaker) {
        String trimmed = sentence.strip();
        for (int cut = 0; cut < trimmed.length(); cut++) {
            char c = trimmed.charAt(cut);
            if (c != ',' && c != '”' && c != '"') {
                continue;
            }
            String tail = trimmed.substring(cut + 1).strip();
            if (tail.isEmpty() || tail.contains("\"") || tail.contains("“") || tail.contains("”")) {
                continue;
            }
            List<String> words = java.util.Arrays.stream(tail.split("\\s+"))
                    .map(w -> w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}’'-]", ""))
                    .filter(w -> !w.isEmpty())
                    .toList();
            if (words.isEmpty() || words.size() > MAX_ATTRIBUTION_WORDS) {
                continue;
            }
            boolean verbFirst = SPEECH_VERBS.contains(words.get(0));
            // "..., he said." or "... ocean," JPL scientist Ann Lee said.": the verb last, no clause before it
            boolean verbLast = SPEECH_VERBS.contains(words.get(words.size() - 1)) && !tail.contains(",");
            boolean namesSpeaker = speaker.allNames().stream().anyMatch(n -> !n.isBlank() && tail.contains(n))
                    || words.stream().anyMatch(ATTRIBUTION_PRONOUNS::contains);
            if ((verbFirst || verbLast) && namesSpeaker) {
                String kept = trimmed.substring(0, cut + 1).strip();
                // "...ocean,”" becomes "...ocean.”", "... since 1905," becomes "... since 1905."
                kept = kept.replaceAll(",([”\"]?)$", ".$1");
                return kept.matches("(?s).*[.!?…][”\"]?$") ? kept : kept + ".";
            }
        }
        return trimmed;
    }

    /** How well each fact matches the words of {@code question} other than its names (BM25; absent for none). */
    private Map<String, Double> relevance(String question) {
        // the words asking what was said ("say", "told") are in every statement: only the topic's words rank
        String topic = java.util.Arrays.stream(matcher.withoutEntities(question).split("\\s+"))
                .filter(word ->
                        !SPEECH_VERBS.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\P{L}", "")))
                .collect(java.util.stream.Collectors.joining(" "));
        // "what did X say?": the story's order
        return QuestionCues.namesNoSubject(topic) ? Map.of() : lexical.scoresById(topic);
    }

    /**
     * One sentence about each of {@code subjects} ("and what is each of them?" after a list): the first fact that is
     * mainly about it; empty when one has none or the sentences do not fit in one answer.
     */
    Optional<Answer> each(List<Entity> subjects, Language language) {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (Entity subject : subjects) {
            Optional<Fact> main = knowledge.facts().stream()
                    .filter(f -> !f.entities().isEmpty() && f.entities().get(0).equals(subject.id()))
                    .findFirst();
            if (main.isEmpty()) {
                return Optional.empty();
            }
            text.append(text.length() == 0 || language == Language.ZH ? "" : " ")
                    .append(answerIn(main.get(), language));
            Citation citation = new Citation(main.get().paragraph(), main.get().quote());
            if (!citations.contains(citation)) {
                citations.add(citation);
            }
        }
        return text.length() == 0 || text.length() > Answer.MAX_TEXT_CHARS
                ? Optional.empty()
                : Optional.of(
                        new Answer(text.toString(), citations, Outcome.ANSWERED, Mode.RETRIEVAL, null, null, language));
    }

    /** The facts attributed to the entity by any of its names, in the story's order. */
    private List<Fact> statementsOf(Entity entity) {
        return knowledge.facts().stream()
                .filter(fact -> fact.attribution() != null
                        && entity.allNames().stream()
                                .anyMatch(name ->
                                        name.equalsIgnoreCase(fact.attribution().strip())))
                .toList();
    }

    /**
     * For "what did the X CEO say": the statements of the people a fact ties to {@code organisation} with a word of the
     * question ("CEO", "founder"), when the organisation itself says nothing in the story.
     */
    private List<Fact> statementsOfItsPeople(Entity organisation, String question) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(question.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.group().length() >= MIN_ROLE_WORD_LENGTH) {
                words.add(m.group());
            }
        }
        organisation.allNames().forEach(name -> words.remove(name.toLowerCase(Locale.ROOT)));
        for (Fact fact : knowledge.facts()) {
            if (!fact.entities().contains(organisation.id())) {
                continue;
            }
            Set<String> factWords = new HashSet<>();
            Matcher f = WORD.matcher(fact.answer().toLowerCase(Locale.ROOT));
            while (f.find()) {
                factWords.add(f.group());
            }
            factWords.retainAll(words);
            if (factWords.isEmpty()) {
                continue;
            }
            for (String id : fact.entities()) {
                Entity person = knowledge.entitiesById().get(id);
                if (person != null && !id.equals(organisation.id()) && PERSON.equalsIgnoreCase(person.type())) {
                    List<Fact> said = statementsOf(person);
                    if (!said.isEmpty()) {
                        return said;
                    }
                }
            }
        }
        return List.of();
    }

    /** The facts naming the entity: those where it comes first (their subject) first, each group in story order. */
    private List<Fact> factsAbout(Entity entity) {
        List<Fact> about = new ArrayList<>(knowledge.facts().stream()
                .filter(fact -> fact.entities().contains(entity.id()))
                .toList());
        // the facts about the entity first, then those that name it in full (where a story introduces it)
        about.sort(Comparator.comparingInt(fact -> (fact.entities().indexOf(entity.id()) == 0 ? 0 : 1)
                + (fact.quote().contains(entity.name()) ? 0 : 1)));
        return about;
    }

    /**
     * The person's name with the title the text gives them next to it: "Steve Clarke, deputy associate administrator
     * for exploration" (an apposition after the name) or "NASA Administrator Jim Bridenstine" (a title before it).
     */
    static Optional<String> titleOf(String text, Entity person) {
        for (String name : person.allNames()) {
            int at = name.isBlank() ? -1 : text.indexOf(name);
            if (at < 0 || name.split("\\s+").length < 2 && !name.equals(person.name())) {
                continue;
            }
            // "planetary geologist Mara Quell of the Orion Research Institute", "study co-author Tomas Vell, a
            // Northern Space Agency research fellow": the title before the name, where the person works right after
            // it, and a title in apposition
            Matcher before = TITLE_BEFORE.matcher(text.substring(0, at));
            String title = before.find() ? afterSpeechVerb(before.group(1)) : "";
            boolean titled = hasTitle(title);
            Matcher after = APPOSITION.matcher(text).region(at + name.length(), text.length());
            String apposition = after.lookingAt() && hasTitle(after.group(1))
                    ? after.group(1).strip()
                    : "";
            if (!titled && apposition.isEmpty()) {
                continue;
            }
            Matcher works = AFFILIATION.matcher(text).region(at + name.length(), text.length());
            // only an organisation's name says where someone works ("of the Orion Research Institute", not "at
            // Monday's")
            String affiliation =
                    titled && works.lookingAt() && dev.storybot.knowledge.NameFinder.namesOrganisation(works.group(1))
                            ? " " + works.group(1)
                            : "";
            return Optional.of((titled ? title + " " : "") + person.name() + affiliation
                    + (apposition.isEmpty() ? "" : ", " + apposition) + ".");
        }
        return Optional.empty();
    }

    /**
     * What the text says {@code entity} is, set off after its name by a comma and an article ("Quillon, a Fern
     * Hollow-based provider of sales data" gives that phrase) or in the words right before it ("Saturn's icy moon
     * Enceladus"); empty when it describes it nowhere so.
     */
    static Optional<String> descriptionOf(String text, Entity entity) {
        for (String name : entity.allNames()) {
            Matcher at = name.isBlank()
                    ? null
                    : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                            .matcher(text);
            while (at != null && at.find()) {
                Matcher after = DESCRIPTION.matcher(text).region(at.end(), text.length());
                if (after.lookingAt()) {
                    return Optional.of(entity.name() + ", " + after.group(1).strip() + ".");
                }
                Matcher before = DESCRIPTION_BEFORE.matcher(text.substring(0, at.start()));
                if (before.find() && describes(before.group(1))) {
                    return Optional.of(entity.name() + ", " + before.group(1).strip() + ".");
                }
            }
        }
        return Optional.empty();
    }

    /** True when no word after the phrase's article or possessive is a function word ("the results and"). */
    private static boolean describes(String phrase) {
        String[] words = phrase.strip().split("[\\s,]+");
        return java.util.Arrays.stream(words, 1, words.length)
                .noneMatch(w -> PLAIN_FUNCTION_WORDS.contains(w) || FUNCTION_WORDS.contains(w));
    }

    /**
     * The words after the last speech verb or function word ("said study co-author" gives "study co-author", "was led
     * by planetary geologist" gives "planetary geologist").
     */
    private static String afterSpeechVerb(String words) {
        List<String> kept = new ArrayList<>();
        for (String word : words.strip().split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (SPEECH_VERBS.contains(lower) || FUNCTION_WORDS.contains(lower)) {
                kept.clear();
            } else {
                kept.add(word);
            }
        }
        return String.join(" ", kept);
    }

    private String paragraphText(int number) {
        return knowledge.paragraphs().stream()
                .filter(p -> p.number() == number)
                .map(dev.storybot.core.Paragraph::text)
                .findFirst()
                .orElse("");
    }

    private static boolean hasTitle(String phrase) {
        Matcher words = WORD.matcher(phrase.toLowerCase(Locale.ROOT));
        while (words.find()) {
            if (TITLES.contains(words.group())) {
                return true;
            }
        }
        return false;
    }

    private static String answerIn(Fact fact, Language language) {
        String translated = switch (language) {
            case ZH -> fact.zh() == null ? null : fact.zh().answer();
            case KO -> fact.ko() == null ? null : fact.ko().answer();
            case EN -> null;
        };
        return translated == null || translated.isBlank() ? fact.answer() : translated.strip();
    }
}
