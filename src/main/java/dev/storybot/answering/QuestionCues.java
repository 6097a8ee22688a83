package dev.storybot.answering;

import dev.storybot.knowledge.AnswerType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word-level cues read from a question in English, Chinese or Korean: what it asks for, its shape, whether it
 * continues an earlier turn, and whether it tries to give the bot instructions.
 */
final class QuestionCues {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The kinds of answer questions ask for (a language resource). */
    static final String ASKED_TYPES_RESOURCE = "/language/asked-types.txt";

    private static final String FIRST = "first.";

    /** Cues checked first, in order: the first that matches decides the asked types. */
    private static final List<Map.Entry<Pattern, Set<AnswerType>>> FIRST_ASKS = askedTypes(true);
    /** The other cues: the one that matches earliest in the question decides. */
    private static final List<Map.Entry<Pattern, Set<AnswerType>>> ASKS = askedTypes(false);

    private static List<Map.Entry<Pattern, Set<AnswerType>>> askedTypes(boolean first) {
        List<Map.Entry<Pattern, Set<AnswerType>>> cues = new java.util.ArrayList<>();
        CueFile.load(ASKED_TYPES_RESOURCE).forEach((name, pattern) -> {
            if (name.startsWith(FIRST) == first) {
                Set<AnswerType> types = EnumSet.noneOf(AnswerType.class);
                for (String type : name.substring(first ? FIRST.length() : 0).split("-")) {
                    types.add(AnswerType.fromWire(type));
                }
                cues.add(Map.entry(pattern, Set.copyOf(types)));
            }
        });
        return List.copyOf(cues);
    }

    /** English function words, shared with name finding. */
    static final String FUNCTION_WORDS_RESOURCE = "/language/en/function-words.txt";
    /** Words a follow-up may have besides function words and still name no subject ("it", "grow", "roughly"). */
    static final String SUBJECTLESS_RESOURCE = "/language/en/subjectless-words.txt";

    /** The question shapes that decide how an answer is composed (a language resource). */
    static final String SHAPES_RESOURCE = "/language/question-shapes.txt";

    private static final Map<String, String> SHAPES = CueFile.sources(SHAPES_RESOURCE);

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']{4,}'|“[^”]*”|「[^」]*」");
    private static final Pattern SEVERAL = shape("several");
    private static final Pattern RELATIVE = shape("relative");
    /** "How many cents cheaper", "便宜多少": a gap in an amount, which only figures can give. */
    private static final Pattern COMPARATIVE_AMOUNT = shape("comparative-amount");

    private static final Pattern DIFFERENCE = shape("difference");
    private static final Pattern CHANGE = shape("change");
    private static final Pattern BOTH_ENDS = shape("both-ends");
    private static final Pattern EARLIER_VALUE = shape("earlier-value");
    private static final Pattern BOTH_ENDS_DOWN = shape("both-ends-down");
    private static final Pattern COMPARE = shape("compare");
    private static final Pattern LIST = shape("list");
    private static final Pattern ITEMS = shape("items");
    private static final Pattern FOLLOW_UP = shape("follow-up");
    private static final Pattern OWN_THING = shape("own-thing");
    private static final Pattern COMPARES = shape("compares");
    private static final Pattern NAME_OF_REFERENT = shape("name-of-referent");
    private static final Pattern EXCLUDING_BEFORE = shape("excluding-before");
    private static final Pattern EXCLUDING_AFTER = shape("excluding-after");
    /** Openings of an elliptical follow-up that borrows the earlier question ("and Llama?"): a language resource. */
    static final String ELLIPSIS_RESOURCE = "/language/elliptical.txt";

    private static final Pattern ELLIPSIS = CueFile.load(ELLIPSIS_RESOURCE).get("elliptical");
    /** Messages that instruct the bot instead of asking about the story (a language resource). */
    static final String INJECTION_RESOURCE = "/language/injection.txt";

    private static final Pattern INJECTION = CueFile.load(INJECTION_RESOURCE).get("injection");

    private QuestionCues() {}

    /** True for a yes/no question ("did Apple beat estimates?"), not an information question ("by how much did ..."). */
    static boolean yesNo(String text) {
        String unquoted = QUOTED.matcher(text).replaceAll(" ");
        return YES_NO.matcher(unquoted).find() && !WH.matcher(unquoted).find();
    }

    /** The kinds of information the question asks for; empty when it does not say (then any fact may answer). */
    /**
     * The kind of answer one of the overriding cues asks for ("how much does it cost": a price), empty when none does
     * or the question asks yes or no.
     */
    static Optional<Set<AnswerType>> firstAsks(String text) {
        String unquoted = QUOTED.matcher(text).replaceAll(" ");
        if (yesNo(text)) {
            return Optional.empty();
        }
        return FIRST_ASKS.stream()
                .filter(entry -> entry.getKey().matcher(unquoted).find())
                .map(java.util.Map.Entry::getValue)
                .findFirst();
    }

    /** Kinds of answer given as figures, which a difference can be computed from. */
    private static final Set<AnswerType> MEASURED_KINDS =
            Set.of(AnswerType.MONEY, AnswerType.PRICE, AnswerType.PERCENTAGE, AnswerType.NUMBER);

    /**
     * The kinds of figure an overriding cue insists on ("how much more does A cost than B": prices), empty when none
     * does: a difference is computed from figures of those kinds when facts give them.
     */
    static Set<AnswerType> insistedMeasures(String text) {
        return firstAsks(text).orElse(Set.of()).stream()
                .filter(MEASURED_KINDS::contains)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static Set<AnswerType> asks(String text) {
        String unquoted = QUOTED.matcher(text).replaceAll(" ");
        if (yesNo(text)) {
            return Set.of(); // a yes/no question asks whether, not for a kind of information
        }
        Optional<Set<AnswerType>> first = firstAsks(text);
        if (first.isPresent()) {
            return first.get();
        }
        // otherwise the question word that comes first decides: "Who thinks ... why ...?" asks for a person
        Set<AnswerType> earliest = Set.of();
        int earliestAt = Integer.MAX_VALUE;
        for (var entry : ASKS) {
            var m = entry.getKey().matcher(unquoted);
            if (m.find() && m.start() < earliestAt) {
                earliestAt = m.start();
                earliest = entry.getValue();
            }
        }
        return earliest;
    }

    /** Yes/no questions and the question words that make one an information question (a language resource). */
    static final String YES_NO_RESOURCE = "/language/yes-no.txt";

    private static final Pattern YES_NO = CueFile.load(YES_NO_RESOURCE).get("yes_no");
    private static final Pattern WH = CueFile.load(YES_NO_RESOURCE).get("wh");
    /** Words any question may have without naming what it is about: function words, fillers, change verbs. */
    private static final java.util.Set<String> SUBJECTLESS_WORDS = subjectlessWords();

    /** The group of a relation's stated form that holds what is owned ("Meta's (Llama)"), if it has one. */
    static final String OWNED_GROUP = "owned";

    /** The relations a question can ask about and the words a fact needs to state them (a language resource). */
    static final String RELATIONS_RESOURCE = "/language/relations.txt";

    private static final List<Map.Entry<Pattern, Pattern>> ROLES = relations();

    private static List<Map.Entry<Pattern, Pattern>> relations() {
        Map<String, Pattern> cues = CueFile.load(RELATIONS_RESOURCE);
        List<Map.Entry<Pattern, Pattern>> relations = new java.util.ArrayList<>();
        cues.forEach((name, asked) -> {
            if (name.endsWith(".asked")) {
                String relation = name.substring(0, name.length() - ".asked".length());
                Pattern stated = cues.get(relation + ".stated");
                if (stated == null) {
                    throw new IllegalStateException(RELATIONS_RESOURCE + ": " + relation + ".stated is missing");
                }
                relations.add(Map.entry(asked, stated));
            }
        });
        return List.copyOf(relations);
    }

    /** The words a fact must contain to state the relation the question asks about, if it asks about one. */
    static java.util.Optional<Pattern> requiredRole(String text) {
        return ROLES.stream()
                .filter(r -> r.getKey().matcher(text).find())
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** True when the question asks by how much one amount is cheaper, bigger, faster ... than another. */
    static boolean asksComparativeAmount(String text) {
        return COMPARATIVE_AMOUNT.matcher(text).find();
    }

    /** True when the question asks how much something grew or fell ("how much did it grow", "增加了多少"). */
    static boolean asksChange(String text) {
        return CHANGE.matcher(text).find();
    }

    /** True when a fact's text gives where a figure came from as well as where it is ("up from", "compared with"). */
    static boolean givesBothEnds(String text) {
        return BOTH_ENDS.matcher(text).find();
    }

    /** True when the question asks what a figure was before it changed ("what was it before it dropped"). */
    static boolean asksEarlierValue(String text) {
        return EARLIER_VALUE.matcher(text).find();
    }

    /** True when a fact giving both ends of a change says the figure fell ("down from"): the larger end came first. */
    static boolean fellFrom(String text) {
        return BOTH_ENDS_DOWN.matcher(text).find();
    }

    /** True when the text has a question word ("what", "谁", "누구"). */
    static boolean hasQuestionWord(String text) {
        return WH.matcher(text).find();
    }

    /**
     * True when nothing in the question but its operation and words any question has names a subject ("so how much
     * did it grow", "by what percent", "and last year?"): it leans on the conversation for what it is about.
     */
    static boolean namesNoSubject(String text) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+"))
                .filter(word -> !word.isEmpty())
                .allMatch(word ->
                        SUBJECTLESS_WORDS.contains(word) || WH.matcher(word).matches());
    }

    /**
     * True when an English question names a thing of its own with an article or a possessive ("what's the boat
     * called", "who's the doctor's wife"), not only pronouns and operations ("and how bad was it").
     */
    static boolean namesOwnThing(String text) {
        return OWN_THING.matcher(text).find();
    }

    /** True when the question compares with something ("is that more than X", "这比X高吗", "그게 X보다 높아"). */
    static boolean compares(String text) {
        return COMPARES.matcher(text).find();
    }

    /**
     * True when the whole question asks the name of someone it points to with a pronoun or a plain noun ("whats his
     * name?", "他叫什么名字？", "그 사람 이름이 뭐야?").
     */
    static boolean asksNameOfReferent(String text) {
        return NAME_OF_REFERENT.matcher(text).find();
    }

    /** True when the question sets {@code entity} aside ("another startup besides Orbix", "除了Orbix", "Orbix 말고"). */
    static boolean excludes(String text, dev.storybot.knowledge.Entity entity) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return Mentions.spans(lower, entity).stream()
                .anyMatch(at -> EXCLUDING_BEFORE
                                .matcher(lower.substring(0, at[0]))
                                .find()
                        || EXCLUDING_AFTER.matcher(lower.substring(at[1])).lookingAt());
    }

    /** True when the question asks for a relative difference ("by what percentage ..."). */
    static boolean asksRelative(String text) {
        return RELATIVE.matcher(text).find();
    }

    /** True when the question asks for more than one thing ("What two things...", "... and what ...?"). */
    static boolean asksSeveral(String text) {
        return SEVERAL.matcher(text).find();
    }

    /** Follow-ups asking who said what the last answer gave (a language resource). */
    static final String WHO_SAID_THAT_RESOURCE = "/language/who-said-that.txt";

    private static final Pattern WHO_SAID_THAT =
            CueFile.load(WHO_SAID_THAT_RESOURCE).get("who-said-that");

    /** True for "who's saying that", "谁说的？", "누가 그랬어?": the speaker of what the last answer gave. */
    static boolean asksWhoSaidIt(String text) {
        return WHO_SAID_THAT.matcher(text).find();
    }

    /** True when the question asks for several items of any kind ("list the effects", "列出", "목록으로"). */
    static boolean asksItems(String text) {
        return ITEMS.matcher(text).find();
    }

    /** The answer shape the question needs. */
    static Intent intent(String text) {
        if (DIFFERENCE.matcher(text).find() || COMPARATIVE_AMOUNT.matcher(text).find()) {
            return Intent.DIFFERENCE;
        }
        if (LIST.matcher(text).find()) {
            return Intent.LIST;
        }
        if (COMPARE.matcher(text).find()) {
            return Intent.COMPARE;
        }
        return Intent.SINGLE;
    }

    /** True when the question leans on an earlier turn (a pronoun, "and ...?", "what about ...?"). */
    static boolean followsUp(String text) {
        return FOLLOW_UP.matcher(text).find();
    }

    /** True when the question is elliptical and borrows the earlier question's predicate ("and Llama?"). */
    static boolean elliptical(String text) {
        return ELLIPSIS.matcher(text).find();
    }

    /**
     * The question without an elliptical opening ("and anezina solomonidou?" is "anezina solomonidou?"): what a
     * first message that opens as a follow-up asks; unchanged when the opening is all it says.
     */
    static String withoutEllipticalOpening(String text) {
        java.util.regex.Matcher opening = ELLIPSIS.matcher(text);
        if (!opening.find() || opening.start() > 0) {
            return text;
        }
        String rest = text.substring(opening.end()).strip();
        return rest.replaceAll("[\\p{P}\\s]", "").isEmpty() ? text : rest;
    }

    /** Words asking about each of several things an answer named (a language resource). */
    static final String EACH_RESOURCE = "/language/each.txt";

    private static final Pattern EACH = CueFile.load(EACH_RESOURCE).get("each");

    /** True when the question asks about each of the things the last answer named ("what is each of them?"). */
    static boolean each(String text) {
        return EACH.matcher(text).find();
    }

    /** True when the text tries to instruct the bot rather than ask about the story. */
    static boolean injection(String text) {
        return INJECTION.matcher(text).find();
    }

    /** The shape's pattern from {@link #SHAPES_RESOURCE}, with this class's flags. */
    static Pattern shape(String name) {
        return Pattern.compile(SHAPES.get(name), FLAGS);
    }

    private static java.util.Set<String> subjectlessWords() {
        java.util.Set<String> words = new java.util.HashSet<>(dev.storybot.core.WordList.load(FUNCTION_WORDS_RESOURCE));
        words.addAll(dev.storybot.core.WordList.load(SUBJECTLESS_RESOURCE));
        return java.util.Set.copyOf(words);
    }
}
