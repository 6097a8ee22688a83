package dev.storybot.knowledge;

import dev.storybot.core.Answer;
import dev.storybot.core.Paragraph;
import dev.storybot.core.WordList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the knowledge of a story from its article alone, with no model: every sentence (or clause of a long one)
 * becomes a fact quoting it exactly, made self-contained, with the names, figures, speaker, certainty and answer
 * types it holds; the headline and lead paragraph become the story's summary.
 */
public final class FactDeriver {

    /** Phrases that say a sentence was reported. */
    static final String REPORTED_WORDS = "/language/en/reported-words.txt";
    /** Phrases that say a sentence is suspected. */
    static final String SUSPECTED_WORDS = "/language/en/suspected-words.txt";
    /** Phrases that give a reason. */
    static final String REASON_WORDS = "/language/en/reason-words.txt";
    /** People a sentence mentions without a name, who make the next sentence's "he" or "she" ambiguous. */
    static final String UNNAMED_PEOPLE = "/language/en/unnamed-people.txt";
    /** The words opening a mention of a person without a name ("a", "the"), before its description. */
    static final String UNNAMED_OPENINGS = "/language/en/unnamed-openings.txt";
    /** Words that may describe an unnamed person before the noun ("a 43-year-old UK man"): more is another phrase. */
    private static final int PERSON_DESCRIPTION_WORDS = 3;
    /** Opening pronouns that stand for the last person named: subject, then possessive, per line. */
    static final String PRONOUNS = "/language/en/pronouns.txt";

    /** Opening words that refer to the sentence before. */
    static final String CONTEXT_PRONOUNS = "/language/en/context-pronouns.txt";
    /** Pronouns that, as a sentence's subject, stand for what the sentence before said. */
    static final String REFERRING_SUBJECTS = "/language/en/referring-subjects.txt";
    /**
     * Entity types that say where something is ("in Kent"): a fact naming one answers a "where" question; a country
     * named otherwise ("Japan's duties") does not.
     */
    private static final Set<String> PLACE_TYPES = Set.of("place");

    /** The line of {@link #REFERRING_OPENINGS} listing words that say a sentence adds to the one before. */
    private static final String ADDING_KEY = "adds:";
    /** The line of {@link #REFERRING_OPENINGS} listing openings that point back only before a comma. */
    private static final String COMMA_KEY = "before a comma:";
    /** Every key a line of {@link #REFERRING_OPENINGS} may start with; a line with none lists plain openings. */
    private static final List<String> OPENING_KEYS = List.of(ADDING_KEY, COMMA_KEY);
    /** "Also" among a sentence's first this many words says it adds to the sentence before ("Apple also ..."). */
    private static final int ADDING_WORD_WINDOW = 4;
    /** Phrases opening a sentence that only makes sense after the one before it ("At the time, ..."). */
    static final String REFERRING_OPENINGS = "/language/en/referring-openings.txt";
    /** Nouns that, after "the", stand for the organisation last named first in a sentence, by the type they give it. */
    static final String REFERENCE_NOUNS = "/language/en/reference-nouns.properties";
    /** Words opening a clause cut from a long sentence that stand for a name in the piece before it. */
    static final String RELATIVE_PRONOUNS = "/language/en/relative-pronouns.properties";
    /** An entity whose type is this was typed by nothing in its name or context, so a reference noun may type it. */
    private static final String UNTYPED = Entity.UNTYPED;
    /**
     * A description between a speaker's name and the speech verb is shorter: room for a title and an affiliation with
     * its city and state.
     */
    private static final int MAX_APPOSITION_CHARS = 160;
    /** A comma in a description after a name, and the word after it (perhaps after "also"). */
    private static final Pattern APPOSITION_COMMA = Pattern.compile(",\\s+(?:also\\s+)?(\\w+)");
    /**
     * What ends a description: a quotation mark, a semicolon, or a full stop that ends a sentence rather than an
     * abbreviation ("D.C.", "U.S.").
     */
    private static final Pattern APPOSITION_BREAK = Pattern.compile("[;\"“”]|(?<!\\b\\p{Lu})\\.(?=\\s)");
    /** "The company" stands for an organisation named within this many spans before it (its own included). */
    private static final int REFERENCE_WINDOW_SPANS = 4;
    /** The relative pronouns that stand for a person. */
    private static final String PERSON_KEY = "person";

    /** Shorter words of the sentence before are not worth matching on. */
    private static final int MIN_CONTEXT_WORD_CHARS = 3;

    /** Speech verbs whose object is the listener, not the speaker. */
    private static final Set<String> LISTENER_VERBS = Set.of("told", "tells", "tell");

    /** A time of day ("at 6:38 p.m.", "by 9 am"): the sentence says when. */
    private static final Pattern CLOCK_TIME = Pattern.compile(
            "\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)", Pattern.CASE_INSENSITIVE);

    private static final Pattern YEAR =
            Pattern.compile("\\b(1[89]|20)\\d\\d(?:s|’s|'s)?\\b"); // a year or a decade ("the mid-2020s")
    /**
     * A news dateline opening a sentence: a place in capitals, perhaps its region and an agency, then a dash
     * ("BUFFALO, N.Y. —", "DUBAI, United Arab Emirates —", "LONDON (Reuters) -").
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}.'’ -]{2,}(?:,\\s*[\\p{L}.'’ ]{2,40})?\\s*(?:\\([^)]{1,30}\\))?\\s*[—–-]\\s");
    /** A subheading is a short line: longer lines with no closing punctuation are still sentences cut by the page. */
    static final int HEADING_MAX_WORDS = 8;
    /** A line giving a figure or a list entry ("Revenue: $124.3 billion", "SpaceX, Hawthorne, California") is data. */
    private static final Pattern DATA_LINE = Pattern.compile("[\\d:,]");
    /** How a sentence, unlike a subheading ("Module efficiency"), ends: a stop, a closing quote or bracket. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…。！？\"”’)\\]]\\s*$");

    private final SentenceSplitter splitter = new SentenceSplitter(Answer.MAX_TEXT_CHARS);
    private final NameFinder names = new NameFinder();
    private final FigureFinder figures = new FigureFinder();
    private final Set<String> speechVerbs = WordList.load(NameFinder.SPEECH_VERBS);
    private final Set<String> dateWords = WordList.load(NameFinder.DATE_WORDS);
    private final Pattern reported = WordList.phrases(REPORTED_WORDS);
    private final Pattern suspected = WordList.phrases(SUSPECTED_WORDS);
    private final Pattern reasons = WordList.phrases(REASON_WORDS);
    private final Pattern unnamedPeople = unnamedPeople();
    private final Set<String> functionWords = WordList.load(NameFinder.FUNCTION_WORDS);
    private final Set<String> contextPronouns = WordList.load(CONTEXT_PRONOUNS);
    private final List<String> referringSubjectLines = WordList.lines(REFERRING_SUBJECTS);
    private final Set<String> referringPronouns = words(referringSubjectLines.get(0));
    private final Set<String> referringSubjects = words(referringSubjectLines.get(1));
    /** Endings joining a pronoun to its auxiliary ("that's"), from {@link #REFERRING_SUBJECTS}. */
    private final Set<String> joinedAuxiliaries = words(referringSubjectLines.get(2));

    /** The lines of {@link #REFERRING_OPENINGS}, read once. */
    private static final List<String> OPENING_LINES = WordList.lines(REFERRING_OPENINGS);
    /**
     * The openings that point back, those pointing back only when a comma sets them off ("As a result, ..." but not
     * "As a result of ...") with their comma.
     */
    private static final List<String> REFERRING_OPENING_PHRASES = java.util.stream.Stream.concat(
                    openingsListed("").stream(),
                    openingsListed(COMMA_KEY).stream().map(p -> p + ","))
            .toList();

    private static final Set<String> ADDING_WORDS = Set.copyOf(openingsListed(ADDING_KEY));
    private final Set<String> auxiliaries = WordList.load(NameFinder.QUESTION_WORDS);
    /**
     * An optional opening phrase before a sentence's subject: a capitalised first word and up to five lower-case
     * words or numbers, then a comma ("Later that evening,", "In 2003,"); a name in it would be the subject instead.
     */
    private static final String OPENING_PHRASE =
            "^(?:\\p{Lu}?[\\p{Ll}\\p{N}'’-]*(?:\\s+[\\p{Ll}\\p{N}'’-]+){0,5},\\s+)?";

    /** The type of a country's name, and the kind of thing "the country" stands for. */
    private static final String COUNTRY = "country";

    private final Pattern pronoun;
    private final Pattern possessive;
    private final Map<String, String> referenceKinds = new LinkedHashMap<>();
    private final Pattern reference;
    private final Map<String, String> relatives = new LinkedHashMap<>();

    /**
     * A person mentioned without a name (see {@link #UNNAMED_PEOPLE}): an opening word, up to {@link
     * #PERSON_DESCRIPTION_WORDS} describing words and a noun for a person, not after a comma.
     */
    private static Pattern unnamedPeople() {
        String openings = String.join(
                "|",
                WordList.load(UNNAMED_OPENINGS).stream().map(Pattern::quote).toList());
        String nouns = String.join(
                "|",
                WordList.phraseList(UNNAMED_PEOPLE).stream().map(Pattern::quote).toList());
        return Pattern.compile(
                "(?<!,\\s)\\b(?:" + openings + ")\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0," + PERSON_DESCRIPTION_WORDS + "}?(?:"
                        + nouns + ")(?![-\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A deriver with the English word lists. */
    public FactDeriver() {
        List<String> subject = new ArrayList<>();
        List<String> owner = new ArrayList<>();
        for (String line : WordList.lines(PRONOUNS)) {
            String[] words = line.split("\\s+");
            subject.add(words[0]);
            if (words.length > 1) {
                owner.add(words[1]);
            }
        }
        // also after a short opening phrase of lower-case words ("Later that evening, he admitted ...")
        pronoun = Pattern.compile(OPENING_PHRASE + "(?<pronoun>(?i:" + String.join("|", subject) + "))\\b");
        possessive = Pattern.compile("^(?i:" + String.join("|", owner) + ")\\b");
        WordList.properties(REFERENCE_NOUNS)
                .forEach((kind, nouns) -> List.of(nouns.toString().split(",")).stream()
                        .map(n -> n.strip().toLowerCase(Locale.ROOT))
                        .filter(n -> !n.isEmpty())
                        .forEach(n -> referenceKinds.put(n, kind.toString().strip())));
        reference = Pattern.compile(
                "\\bthe\\s+(" + String.join("|", referenceKinds.keySet()) + ")(?:['’]s)?\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        WordList.properties(RELATIVE_PRONOUNS)
                .forEach((kind, words) -> List.of(words.toString().split(",")).stream()
                        .map(w -> w.strip().toLowerCase(Locale.ROOT))
                        .filter(w -> !w.isEmpty())
                        .forEach(w -> relatives.put(w, kind.toString().strip())));
    }

    /** The knowledge of an article in the numbered-paragraph format; {@code header} holds its {@code # Key: value} lines. */
    public KnowledgeBase derive(List<Paragraph> paragraphs, String articleText, Map<String, String> header) {
        Map<Integer, List<String>> spans = new LinkedHashMap<>();
        List<String> allSpans = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (isHeading(p.text())) {
                continue; // a subheading names a section; it states nothing to answer with or to summarise
            }
            List<String> split = splitter.split(p.text());
            spans.put(p.number(), split);
            allSpans.addAll(split);
        }
        List<Entity> entities = names.find(allSpans);
        String source = ArticleHeader.source(header);
        List<Fact> facts = new ArrayList<>();
        Set<Integer> continuing = new java.util.HashSet<>(); // facts whose sentence goes on about the one before
        Map<String, String> learnedTypes = new LinkedHashMap<>();
        Entity lastPerson = null;
        Entity lastSpeaker = null;
        Map<String, Integer> mentions = new LinkedHashMap<>();
        allSpans.forEach(span -> named(span, entities).forEach(e -> mentions.merge(e.id(), 1, Integer::sum)));
        java.util.Deque<List<Entity>> recent = new java.util.ArrayDeque<>();
        Set<Entity> seen = new LinkedHashSet<>();
        // a quotation left open at a paragraph's end goes on in the next one, which opens with a quotation mark and
        // names no speaker of its own: the news convention for one speaker's quote running over several paragraphs
        Entity carried = null;
        for (Paragraph p : paragraphs) {
            int index = 0;
            String before = null;
            List<Entity> namedBefore = List.of();
            boolean quoteOpen = false;
            Entity quoteSpeaker = null;
            List<String> paragraphSpans = spans.getOrDefault(p.number(), List.of());
            List<Entity> closingSpeakers = closingSpeakers(paragraphSpans, entities);
            for (String span : paragraphSpans) {
                index++;
                List<String> context = refersBack(span) && before != null ? contentWords(before) : List.of();
                List<Entity> named = named(span, entities);
                Entity standIn =
                        pronoun.matcher(span).find() || possessive.matcher(span).find()
                                ? Optional.ofNullable(lastSpeaker).orElse(lastPerson)
                                : null;
                // "..., he said." at the end: the pronoun speaking is the last speaker too, though the span opens
                // otherwise
                Entity speaker = speaker(
                        span,
                        named,
                        standIn != null
                                ? standIn
                                : Optional.ofNullable(lastSpeaker).orElse(lastPerson));
                boolean quoted = quoteOpen || opensQuote(span);
                if (speaker == null && quoted) {
                    speaker = quoteSpeaker; // the quote goes on after its speaker was named
                }
                if (speaker == null && quoted) {
                    speaker = closingSpeakers.get(index - 1); // '"A. B. C," said X.': X says A and B too
                }
                if (speaker == null && quoted) {
                    speaker = carried;
                }
                Optional<Map.Entry<Entity, String>> referent =
                        referent(span, named, recent, mentions, learnedTypes, seen);
                referent.ifPresent(r -> learnedTypes.putIfAbsent(r.getKey().id(), r.getValue()));
                Entity antecedent = antecedent(span, namedBefore);
                // "he told the man to ... And within days, he began to improve": "he" may be the man
                boolean unnamedBefore =
                        before != null && unnamedPeople.matcher(before).find();
                String answer = antecedent != null
                        ? antecedent.name() + ", " + span
                        : standIn == null && before != null && standsForBefore(span) && fits(before, span)
                                ? before + " " + span // "That is the highest on record." needs what "that" is
                                // "... was admitted, a 60-year-old man. He had been ill for weeks": who "he" is, is
                                // said in the sentence before
                                : unnamedBefore && pronoun.matcher(span).lookingAt() && fits(before, span)
                                        ? before + " " + span
                                        : selfContained(span, unnamedBefore ? null : standIn);
                Set<String> ids = new LinkedHashSet<>();
                named.forEach(e -> ids.add(e.id()));
                List<Entity> implied = new ArrayList<>();
                for (Entity e : java.util.Arrays.asList(
                        standIn,
                        speaker,
                        antecedent,
                        referent.map(Map.Entry::getKey).orElse(null))) {
                    if (e != null && !named.contains(e) && !implied.contains(e)) {
                        implied.add(e);
                        ids.add(e.id());
                    }
                }
                if (before != null && (standIn != null || referent.isPresent() || standsForBefore(span))) {
                    continuing.add(facts.size());
                }
                before = span;
                namedBefore = named;
                Certainty certainty = suspected.matcher(span).find()
                        ? Certainty.SUSPECTED
                        : reported.matcher(span).find()
                                ? Certainty.REPORTED
                                : speaker != null ? Certainty.SAID : Certainty.STATED;
                List<Figure> found = figures.find(span);
                facts.add(new Fact(
                        "p" + p.number() + "-s" + index,
                        p.number(),
                        span,
                        answer,
                        speaker != null ? speaker.name() : source,
                        certainty,
                        List.copyOf(ids),
                        keywords(named, implied, context),
                        List.copyOf(types(span, found, named, implied, certainty)),
                        found,
                        List.of(),
                        null,
                        null));
                for (Entity e : named) {
                    if ("person".equals(e.type())) {
                        lastPerson = e;
                    }
                }
                if (speaker != null && "person".equals(speaker.type())) {
                    lastSpeaker = speaker;
                } else if (!named.isEmpty() && named.stream().anyMatch(e -> "person".equals(e.type()))) {
                    lastSpeaker = null;
                }
                recent.addLast(named);
                seen.addAll(named);
                if (recent.size() >= REFERENCE_WINDOW_SPANS) {
                    recent.removeFirst();
                }
                quoteOpen = stillQuoting(quoteOpen, span);
                quoteSpeaker = speaker != null ? speaker : quoteOpen ? quoteSpeaker : null;
                if (!quoted) {
                    carried = null; // the quotation it carried has ended
                }
            }
            carried = quoteOpen ? quoteSpeaker : null;
        }
        facts = listIntroductions(goingOn(facts, continuing));
        String title = ArticleHeader.title(articleText, paragraphs);
        StoryMeta story = new StoryMeta(
                title,
                header.getOrDefault("source", ArticleHeader.UNKNOWN_SOURCE),
                ArticleHeader.url(header),
                ArticleHeader.summary(title, spans),
                null,
                null,
                List.of(),
                List.of(),
                List.of());
        return new KnowledgeBase(story, paragraphs, retyped(entities, learnedTypes), facts, header);
    }

    /**
     * For each span of a paragraph, the speaker named where the quotation it is in closes ('"We believe justice was
     * served. My hope is ... again," said Attorney Ann Lee.'), else null: a quotation of several sentences names its
     * speaker once, often at its end.
     */
    private List<Entity> closingSpeakers(List<String> paragraphSpans, List<Entity> entities) {
        List<Entity> speakers = new ArrayList<>(java.util.Collections.nCopies(paragraphSpans.size(), null));
        boolean open = false;
        int runStart = -1;
        for (int i = 0; i < paragraphSpans.size(); i++) {
            String span = paragraphSpans.get(i);
            boolean quoted = open || opensQuote(span);
            if (!quoted) {
                runStart = -1;
            } else if (runStart < 0) {
                runStart = i;
            }
            open = stillQuoting(open, span);
            if (quoted && !open) {
                Entity closing = speaker(span, named(span, entities), null);
                for (int j = runStart; closing != null && j < i; j++) {
                    speakers.set(j, closing);
                }
                runStart = -1;
            }
        }
        return speakers;
    }

    /** True for a subheading kept as a paragraph: a few words that do not end as a sentence does. */
    static boolean isHeading(String paragraph) {
        String text = paragraph.strip();
        return !text.isEmpty()
                && text.split("\\s+").length <= HEADING_MAX_WORDS
                && !SENTENCE_END.matcher(text).find()
                && !DATA_LINE.matcher(text).find();
    }

    /** Entities whose name or short form the span contains as a whole word, longest names first. */
    private static List<Entity> named(String span, List<Entity> entities) {
        List<Map.Entry<String, Entity>> names = new ArrayList<>();
        entities.forEach(e -> e.allNames().forEach(n -> names.add(Map.entry(n, e))));
        names.sort((a, b) -> b.getKey().length() - a.getKey().length());
        StringBuilder rest = new StringBuilder(span);
        Set<Entity> found = new LinkedHashSet<>();
        for (Map.Entry<String, Entity> name : names) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.getKey()) + "(?![\\p{L}\\p{N}])")
                    .matcher(rest);
            while (m.find()) {
                found.add(name.getValue());
                for (int i = m.start(); i < m.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        List<Entity> ordered = new ArrayList<>(found);
        ordered.sort(java.util.Comparator.comparingInt(e -> firstMention(span, e)));
        return ordered;
    }

    private static int firstMention(String span, Entity entity) {
        return entity.allNames().stream()
                .mapToInt(span::indexOf)
                .filter(i -> i >= 0)
                .min()
                .orElse(span.length());
    }

    /** The person or organisation the span quotes: beside a speech verb, or the pronoun's stand-in. */
    private Entity speaker(String span, List<Entity> named, Entity standIn) {
        // "said U.S. Attorney Ann Lee": the person speaks, the country only says which attorney
        List<Entity> peopleFirst = new ArrayList<>(named);
        peopleFirst.sort(java.util.Comparator.comparingInt(e -> "person".equals(e.type()) ? 0 : 1));
        for (Entity e : peopleFirst) {
            for (String n : e.allNames()) {
                String name = Pattern.quote(n);
                Matcher before = Pattern.compile("\\b(\\w+)\\s+(?:[\\p{L}.\\-]+\\s+){0,2}?" + name + "\\b")
                        .matcher(span);
                while (before.find()) {
                    if (speaks(before.group(1), true)) {
                        return e;
                    }
                }
                Matcher after = Pattern.compile("\\b" + name + "['’]?s?\\s+(?:also\\s+)?(\\w+)")
                        .matcher(span);
                while (after.find()) {
                    if (speaks(after.group(1), false)) {
                        return e;
                    }
                }
                if ("person".equals(e.type()) && describedThenSpeaks(span, name)) {
                    return e;
                }
            }
        }
        if (standIn != null) {
            Matcher m = Pattern.compile("\\b(?:he|she)\\s+(?:also\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE)
                    .matcher(span);
            while (m.find()) {
                if (speaks(m.group(1), false)) {
                    return standIn;
                }
            }
        }
        return null;
    }

    /**
     * "Lena Park, the company's chief engineer, said" and "Lena Park, a scientist at Norvale College in Alder, D.C.,
     * said": a description set off after the name, of one or more commas and abbreviations, then a speech verb.
     */
    private boolean describedThenSpeaks(String span, String quotedName) {
        Matcher name = Pattern.compile("\\b" + quotedName + ",").matcher(span);
        while (name.find()) {
            int end = Math.min(span.length(), name.end() + MAX_APPOSITION_CHARS);
            Matcher comma = APPOSITION_COMMA.matcher(span).region(name.end(), end);
            while (comma.find()) {
                if (APPOSITION_BREAK
                        .matcher(span.substring(name.end(), comma.start()))
                        .find()) {
                    break; // the sentence or the quotation ended: what follows is no description of the name
                }
                if (speaks(comma.group(1), false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True for a speech verb; before a name, not one whose object is the listener ("told X", "costs to X"). */
    private boolean speaks(String word, boolean beforeName) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (beforeName && LISTENER_VERBS.contains(lower)) {
            return false;
        }
        return speechVerbs.contains(lower); // "according to X" is matched by "according" two words before the name
    }

    /** The span with an opening pronoun replaced by the person it stands for. */
    private String selfContained(String span, Entity standIn) {
        if (standIn == null) {
            return span;
        }
        Matcher owner = possessive.matcher(span);
        if (owner.find()) {
            return standIn.name() + "’s" + span.substring(owner.end());
        }
        Matcher subject = pronoun.matcher(span);
        if (subject.find()) {
            return span.substring(0, subject.start("pronoun")) + standIn.name() + span.substring(subject.end());
        }
        return span;
    }

    /**
     * The phrases of {@link #REFERRING_OPENINGS} on the lines starting with {@code key}, or on the lines starting with
     * no key when it is empty: comma-separated, lower case.
     */
    private static List<String> openingsListed(String key) {
        return OPENING_LINES.stream()
                .filter(l -> key.isEmpty() ? OPENING_KEYS.stream().noneMatch(l::startsWith) : l.startsWith(key))
                .flatMap(l -> java.util.Arrays.stream(l.substring(key.length()).split(",")))
                .map(p -> p.strip().toLowerCase(Locale.ROOT))
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** True when the span opens with a word that refers to the sentence before ("It cost $3 million."). */
    private boolean refersBack(String span) {
        String first = span.split("[^\\p{L}']+", 2)[0];
        if (first.isEmpty() && span.length() > 1) {
            first = span.substring(1).split("[^\\p{L}']+", 2)[0];
        }
        return contextPronouns.contains(first.toLowerCase(Locale.ROOT));
    }

    /** The words of a sentence worth matching a question on: not function words, at least three letters. */
    private List<String> contentWords(String sentence) {
        List<String> words = new ArrayList<>();
        for (String w : sentence.split("[^\\p{L}\\p{N}'’-]+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.length() >= MIN_CONTEXT_WORD_CHARS && !functionWords.contains(lower) && !words.contains(lower)) {
                words.add(lower);
            }
        }
        return words;
    }

    private static List<String> keywords(List<Entity> named, List<Entity> implied, List<String> context) {
        Set<String> words = new LinkedHashSet<>(context);
        named.forEach(e -> words.addAll(e.allNames()));
        implied.forEach(e -> words.addAll(e.allNames()));
        return List.copyOf(words);
    }

    /**
     * True when the span opens with a pronoun subject before a verb ("That is ...", "It suggested ...") or with a
     * phrase that needs the sentence before ("At the time, ...").
     */
    private boolean standsForBefore(String span) {
        String opening = span.toLowerCase(Locale.ROOT);
        if (REFERRING_OPENING_PHRASES.stream()
                .anyMatch(p -> opening.startsWith(p)
                        && (opening.length() == p.length() || !Character.isLetter(opening.charAt(p.length()))))) {
            return true;
        }
        String[] first = opening.replaceFirst("^[^\\p{L}\\p{N}]+", "").split("[^\\p{L}\\p{N}'’]+");
        for (int i = 1; i < Math.min(first.length, ADDING_WORD_WINDOW + 1); i++) {
            if (ADDING_WORDS.contains(first[i])) {
                return true;
            }
        }
        String[] words = span.replaceFirst("^[^\\p{L}\\p{N}]+", "").split("[^\\p{L}\\p{N}'’]+", 3);
        if (words.length < 2) {
            return false;
        }
        String subject = words[0].toLowerCase(Locale.ROOT);
        String verb = words[1];
        for (String joined : joinedAuxiliaries) {
            String pronoun = subject.substring(0, Math.max(0, subject.length() - joined.length()));
            if (subject.endsWith(joined)
                    && (referringPronouns.contains(pronoun) || referringSubjects.contains(pronoun))) {
                return true; // "That's almost enough to fill a pool": the pronoun and its verb in one word
            }
        }
        boolean lowerCase = !verb.isEmpty() && Character.isLowerCase(verb.charAt(0));
        return referringPronouns.contains(subject) && lowerCase
                || referringSubjects.contains(subject)
                        && (auxiliaries.contains(verb) || verb.length() > 3 && verb.endsWith("ed"));
    }

    /**
     * The facts, each followed in its paragraph by a sentence that goes on about it ("NASA is looking for crewed
     * landers. This past May, the agency selected 11 companies.") answering with that sentence too when both fit.
     */
    private static List<Fact> goingOn(List<Fact> facts, Set<Integer> continuing) {
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (continuing.contains(i + 1)
                    && facts.get(i + 1).paragraph() == f.paragraph()
                    && f.answer().length() + 1 + facts.get(i + 1).quote().length() <= Answer.MAX_TEXT_CHARS) {
                f = new Fact(
                        f.id(),
                        f.paragraph(),
                        f.quote(),
                        f.answer() + " " + facts.get(i + 1).quote(),
                        f.attribution(),
                        f.certainty(),
                        f.entities(),
                        f.keywords(),
                        union(f.answers(), facts.get(i + 1).answers()),
                        f.figures(),
                        f.paraphrases(),
                        f.zh(),
                        f.ko());
            }
            out.add(f);
        }
        return out;
    }

    /**
     * A sentence introducing a list ("The newly selected five are:") answers what its items answer (the companies and
     * places of the short paragraphs that follow it), so that "which companies" finds it.
     */
    private static List<Fact> listIntroductions(List<Fact> facts) {
        List<Fact> out = new ArrayList<>(facts);
        for (int i = 0; i < out.size(); i++) {
            Fact intro = out.get(i);
            if (!ListItems.introduces(intro.answer())) {
                continue;
            }
            List<AnswerType> types = intro.answers();
            for (int paragraph = intro.paragraph() + 1; ; paragraph++) {
                int number = paragraph;
                List<Fact> inParagraph =
                        facts.stream().filter(f -> f.paragraph() == number).toList();
                if (inParagraph.size() != 1
                        || !ListItems.item(inParagraph.get(0).answer())) {
                    break;
                }
                types = union(types, inParagraph.get(0).answers());
            }
            out.set(
                    i,
                    new Fact(
                            intro.id(),
                            intro.paragraph(),
                            intro.quote(),
                            intro.answer(),
                            intro.attribution(),
                            intro.certainty(),
                            intro.entities(),
                            intro.keywords(),
                            types,
                            intro.figures(),
                            intro.paraphrases(),
                            intro.zh(),
                            intro.ko()));
        }
        return out;
    }

    private static List<AnswerType> union(List<AnswerType> a, List<AnswerType> b) {
        Set<AnswerType> all = EnumSet.noneOf(AnswerType.class);
        all.addAll(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static Set<String> words(String line) {
        return Set.of(line.toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /** True when the sentence before and the span together fit one answer. */
    private static boolean fits(String before, String span) {
        return before.length() + 1 + span.length() <= Answer.MAX_TEXT_CHARS;
    }

    /** True when the span opens with a quotation mark. */
    private static boolean opensQuote(String span) {
        String s = span.stripLeading();
        return !s.isEmpty() && (s.charAt(0) == '"' || s.charAt(0) == '“');
    }

    /** Whether a quotation is still open after the span, given whether one was open before it. */
    private static boolean stillQuoting(boolean open, String span) {
        boolean now = open;
        for (char c : span.toCharArray()) {
            if (c == '“') {
                now = true;
            } else if (c == '”') {
                now = false;
            } else if (c == '"') {
                now = !now;
            }
        }
        return now;
    }

    /**
     * The organisation "the agency" / "the company's" stands for, with the type the noun gives it: of the names the
     * last few spans gave and the one the article names most, the one the article names most, when the span names
     * no other organisation before the noun and no other noun typed it otherwise.
     */
    private Optional<Map.Entry<Entity, String>> referent(
            String span,
            List<Entity> named,
            java.util.Deque<List<Entity>> recent,
            Map<String, Integer> mentions,
            Map<String, String> learned,
            Set<Entity> seen) {
        Matcher m = reference.matcher(span);
        if (!m.find()) {
            return Optional.empty();
        }
        int at = m.start();
        String kind = referenceKinds.get(m.group(1).toLowerCase(Locale.ROOT));
        // (a name of the kind meant, earlier in the sentence, is what the noun stands for: "Orbix said the company")
        boolean namedEarlier =
                named.stream().filter(e -> canStandFor(kind, e)).anyMatch(e -> firstMention(span, e) < at);
        if (namedEarlier) {
            return Optional.empty();
        }
        Set<Entity> candidates = new LinkedHashSet<>();
        recent.forEach(candidates::addAll);
        seen.stream() // the organisation the story is about is meant even when the last few spans did not name it
                .filter(e -> !"person".equals(e.type()))
                .max(java.util.Comparator.comparingInt(e -> mentions.getOrDefault(e.id(), 0)))
                .ifPresent(candidates::add);
        return candidates.stream()
                .filter(e -> canStandFor(kind, e))
                .filter(e -> kind.equals(learned.getOrDefault(e.id(), kind)))
                .max(java.util.Comparator.comparingInt(e -> mentions.getOrDefault(e.id(), 0)))
                .map(e -> Map.entry(e, kind));
    }

    /**
     * The name a clause cut from a long sentence opens by standing for ("who was not involved"): the last person
     * (or, for "which", the last name of any kind) the piece before it named; null when the span opens otherwise.
     */
    private Entity antecedent(String span, List<Entity> namedBefore) {
        String first = span.split("[^\\p{L}]+", 2)[0];
        String kind = relatives.get(first);
        if (kind == null || namedBefore.isEmpty()) {
            return null; // only lower case: a sentence's own capitalised "Who" is a question, not a clause
        }
        List<Entity> candidates = namedBefore.stream()
                .filter(e -> !PERSON_KEY.equals(kind) || "person".equals(e.type()))
                .toList();
        return candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
    }

    /** The entities, each untyped one given the type a reference noun learned for it. */
    private static List<Entity> retyped(List<Entity> entities, Map<String, String> learned) {
        return entities.stream()
                .map(e -> UNTYPED.equals(e.type()) && learned.containsKey(e.id())
                        ? new Entity(e.id(), e.name(), learned.get(e.id()), e.country(), e.aliases(), e.zh(), e.ko())
                        : e)
                .toList();
    }

    /**
     * True when a reference noun of {@code kind} can stand for {@code entity}: never a person, and "the country" for
     * a country only, "the company" for no country.
     */
    private static boolean canStandFor(String kind, Entity entity) {
        return !"person".equals(entity.type()) && COUNTRY.equals(kind) == COUNTRY.equals(entity.type());
    }

    private Set<AnswerType> types(
            String span, List<Figure> found, List<Entity> named, List<Entity> implied, Certainty certainty) {
        Set<AnswerType> types = EnumSet.of(AnswerType.EVENT);
        // a count or a measure; an amount of money or a percentage alone is no answer to "how many iPhones"
        if (found.stream().anyMatch(f -> !FigureFinder.money(f) && !FigureFinder.percentage(f))) {
            types.add(AnswerType.NUMBER);
        }
        if (found.stream().anyMatch(FigureFinder::money)) {
            types.add(AnswerType.MONEY);
            types.add(AnswerType.PRICE);
        }
        if (found.stream().anyMatch(FigureFinder::percentage)) {
            types.add(AnswerType.PERCENTAGE);
        }
        String lower = span.toLowerCase(Locale.ROOT);
        if (YEAR.matcher(span).find()
                || CLOCK_TIME.matcher(span).find()
                || List.of(lower.split("[^\\p{L}]+")).stream().anyMatch(dateWords::contains)) {
            types.add(AnswerType.DATE);
        }
        List<Entity> all = new ArrayList<>(named);
        all.addAll(implied);
        if (all.stream().anyMatch(e -> "person".equals(e.type()))) {
            types.add(AnswerType.PERSON);
        }
        if (all.stream().anyMatch(e -> !"person".equals(e.type()))) {
            types.add(AnswerType.ORGANIZATION);
        }
        if (all.stream().anyMatch(e -> PLACE_TYPES.contains(e.type()))
                || DATELINE.matcher(span).find()) {
            types.add(AnswerType.PLACE); // a dateline ("BUFFALO, N.Y. —") says where the news happened
        }
        if (reasons.matcher(span).find()) {
            types.add(AnswerType.REASON);
        }
        if (certainty == Certainty.SAID) {
            types.add(AnswerType.OPINION);
        }
        return types;
    }
}
