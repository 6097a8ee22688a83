package dev.storybot.answering;

import dev.storybot.core.WordList;
import dev.storybot.knowledge.AnswerType;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Figure;
import dev.storybot.knowledge.KnowledgeBase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that recognises arithmetic on the story's figures beyond a difference: a ratio,
 * a share of another figure, a sum, a gap in percentage points, or how far a figure is from a number the question
 * gives; and picks the figures it is about, by the entities the question names and the words of the figures' labels.
 */
final class ArithmeticQuestions {

    /** The operation asked for. */
    enum Operation {
        /** How far a figure is from a target the question gives ("how many more to reach 400 million"). */
        REACH,
        /** The gap between two figures as a percentage of one ("as a % of Qwen's, how far behind is Llama"). */
        GAP_SHARE,
        /** One figure as a percentage of two together ("what fraction of the combined sales is Orbix's"). */
        PART,
        /** One figure as a percentage of another ("what % of Qwen's is Llama's"). */
        SHARE,
        /** How many times one figure is another. */
        RATIO,
        /** What two percentages leave of the whole: 100% less their sum ("what's left for everyone else"). */
        REST,
        /** Two figures added. */
        SUM,
        /** The gap between two percentages, in points. */
        POINTS,
        /** A number grown, cut or taken a percentage of ("if the fleet of 270 grows 30%"). */
        SCALE,
        /** Years between two years, or the year someone of a given age was born. */
        YEARS
    }

    /** A figure with the fact that gives it. */
    record Given(Figure figure, Fact fact) {}

    /**
     * An arithmetic question.
     *
     * @param operation what to compute
     * @param figures   the figures, in the order the question names them (one for {@link Operation#REACH})
     * @param target    the number the question gives for {@link Operation#REACH}, in the figure's unit; for {@link
     *     Operation#RATIO} the multiple it asks about ("more than double": 2), else null
     * @param base      which figure a percentage is of (0 or 1, the one named after "% of"), or -1 when not said
     * @param lessAsked a yes/no ratio question asks whether A is less than the multiple, not more
     */
    record Request(Operation operation, List<Given> figures, BigDecimal target, int base, boolean lessAsked) {

        Request(Operation operation, List<Given> figures, BigDecimal target, int base) {
            this(operation, figures, target, base, false);
        }
    }

    /** The cue file (see its header for the format). */
    static final String CUES_RESOURCE = "/language/arithmetic.txt";
    /** Label words this short ("of", "more", "than") say nothing about which figure is meant. */
    private static final int MIN_LABEL_WORD_LENGTH = 5;

    /** A label word shared with the question outweighs the figure being a percentage when one was asked for. */
    private static final int LABEL_WORD_WEIGHT = 2;
    /** Figures are taken from at most the first two chosen facts: the one answering and the one beside it. */
    private static final int FACTS_COMPUTED_FROM = 2;
    /** A number the question writes in digits, with thousands separators ("30", "1,200", "2.5"). */
    private static final Pattern QUESTION_NUMBER = Pattern.compile(
            "(?<![\\p{N}.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\p{N}])|(?<![\\p{N}.,])\\d+(?:\\.\\d+)?(?![\\p{N}])");

    private static final Map<String, Pattern> CUES = CueFile.load(CUES_RESOURCE);
    /** The cue of {@link Operation#REST}. */
    private static final String REST_CUE = "rest";
    /** The words read beside the operations (see the file's header). */
    static final String WORDS_RESOURCE = "/language/arithmetic-words.txt";

    private static final Map<String, Pattern> WORDS = CueFile.load(WORDS_RESOURCE);
    private static final Pattern AGE = WORDS.get("age");
    private static final Pattern BORN = WORDS.get("born");
    private static final Pattern GROW = WORDS.get("grow");
    private static final Pattern CUT = WORDS.get("cut");
    private static final Pattern LESS_THAN = WORDS.get("less-than");
    private static final Pattern WHY = WORDS.get("why");
    /** A year written in digits, from 1800 to 2099: earlier or later four-digit numbers are counts. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{N}.,$])(18|19|20)\\d{2}(?![\\p{N}%])");
    /** A percentage the question gives ("30%", "30 percent"). */
    private static final Pattern QUESTION_PERCENT =
            Pattern.compile("(\\d+(?:\\.\\d+)?) ?(?:%|percent\\b|퍼센트)", Pattern.CASE_INSENSITIVE);
    /** Multiples a ratio question can name, with their values (a language resource). */
    static final String MULTIPLES_RESOURCE = "/language/multiples.properties";

    private static final Properties MULTIPLES = WordList.properties(MULTIPLES_RESOURCE);
    /** Words naming a percentage ("share", "slice", "占比", "비중"), from the asked-types cues. */
    private static final Pattern PERCENTAGE_WORDS =
            CueFile.load(QuestionCues.ASKED_TYPES_RESOURCE).get("percentage");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern PERCENT_OF =
            Pattern.compile("(%|percent(age)?|share|fraction) of\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(thousand|million|billion|trillion|mn|bn|mio|[kmbt](?![a-z])|万|亿|만|억)?",
            Pattern.CASE_INSENSITIVE);
    /** What each way of writing a scale multiplies by ("400M", "4亿", "4억"). */
    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("thousand", BigDecimal.TEN.pow(3)),
            Map.entry("k", BigDecimal.TEN.pow(3)),
            Map.entry("万", BigDecimal.TEN.pow(4)),
            Map.entry("만", BigDecimal.TEN.pow(4)),
            Map.entry("million", BigDecimal.TEN.pow(6)),
            Map.entry("m", BigDecimal.TEN.pow(6)),
            Map.entry("mn", BigDecimal.TEN.pow(6)),
            Map.entry("mio", BigDecimal.TEN.pow(6)),
            Map.entry("亿", BigDecimal.TEN.pow(8)),
            Map.entry("억", BigDecimal.TEN.pow(8)),
            Map.entry("billion", BigDecimal.TEN.pow(9)),
            Map.entry("b", BigDecimal.TEN.pow(9)),
            Map.entry("bn", BigDecimal.TEN.pow(9)),
            Map.entry("trillion", BigDecimal.TEN.pow(12)),
            Map.entry("t", BigDecimal.TEN.pow(12)));

    private final List<Given> all = new ArrayList<>();
    private final List<String> settingTypes;

    /**
     * @param knowledge    the story, whose facts give the figures
     * @param settingTypes entity types that set a scene rather than own figures (e.g. countries, places)
     */
    ArithmeticQuestions(KnowledgeBase knowledge, List<String> settingTypes) {
        this.settingTypes = settingTypes;
        for (Fact fact : knowledge.facts()) {
            fact.figures().forEach(figure -> all.add(new Given(figure, fact)));
        }
    }

    /** The arithmetic asked for, when the question asks for one of these operations on figures the story gives. */
    Optional<Request> classify(String question, List<Entity> named) {
        return classify(question, named, List.of());
    }

    /**
     * As {@link #classify(String, List)} in a conversation: a question that names nothing with a figure and whose
     * words match no figure ("gap in percentage points?", "加起来多少？", "합치면?") is about the figures the latest
     * answers gave, in the order they
     * were given. {@code earlier} holds the ids of the facts each earlier answer cited, oldest answer first.
     */
    Optional<Request> classify(String question, List<Entity> named, List<List<String>> earlier) {
        Optional<Operation> operation = operation(question);
        if (operation.isEmpty() || operation.get() == Operation.SCALE || operation.get() == Operation.YEARS) {
            return Optional.empty(); // a percentage of one number is computed on the facts found (see within)
        }
        boolean reach = operation.get() == Operation.REACH;
        String lower = question.toLowerCase(Locale.ROOT);
        List<Entity> subjects = named.stream()
                .filter(entity -> !settingTypes.contains(entity.type()))
                .sorted(Comparator.comparingInt(entity -> firstMention(lower, entity)))
                .toList();
        if (subjects.stream()
                .anyMatch(
                        entity -> all.stream().noneMatch(given -> given.figure().labelNames(entity)))) {
            return Optional.empty(); // the story gives no figure for something the question names
        }
        // a share is of an amount: a percentage is no whole to take a share of
        boolean amounts = operation.get() == Operation.SHARE || operation.get() == Operation.PART;
        List<Given> picked = pick(question, subjects, reach ? 1 : 2, amounts);
        if (operation.get() == Operation.PART && picked.size() == 1) {
            // "what share of the two together is Orbix's": the other is the figure counting the same thing
            Given one = picked.get(0);
            picked = partner(one).map(other -> List.of(one, other)).orElse(picked);
        }
        if (picked.size() < (reach ? 1 : 2) && subjects.isEmpty()) {
            picked = lastGiven(earlier, reach ? 1 : 2);
        }
        if (picked.size() < (reach ? 1 : 2)) {
            return Optional.empty();
        }
        if (operation.get() == Operation.POINTS && !percent(picked.get(0).figure())) {
            return Optional.empty();
        }
        if (!reach) {
            BigDecimal multiple =
                    operation.get() == Operation.RATIO ? multiple(question).orElse(null) : null;
            return Optional.of(new Request(
                    operation.get(),
                    picked,
                    multiple,
                    operation.get() == Operation.PART ? part(lower, picked) : base(question, subjects),
                    multiple != null && asksLess(question)));
        }
        List<Given> one = picked;
        return target(question, one.get(0).figure()).map(t -> new Request(Operation.REACH, one, t, -1));
    }

    /**
     * The arithmetic asked for on the facts chosen to answer it, when the story-wide reading found none: the two
     * numbers the question gives itself ("he stopped 30 and let 1 in, how many shots in total"), else two figures of
     * one unit from the first chosen facts ("the 2.1 GW project and the 3 GW array together"), those whose labels
     * share the question's words first. Empty unless the question asks for a sum, ratio, share or points gap and
     * for a quantity.
     */
    Optional<Request> within(String question, List<Fact> chosen) {
        Optional<Operation> operation = operation(question);
        if (operation.isEmpty()
                || operation.get() == Operation.REACH
                || operation.get() == Operation.GAP_SHARE
                || chosen.isEmpty()) {
            return Optional.empty();
        }
        // "did sales drop 5%?" and "why did prices rise 5%?" ask whether or why, not for a computed number
        if (QuestionCues.yesNo(question) || WHY.matcher(question).find()) {
            return Optional.empty();
        }
        if (operation.get() == Operation.YEARS) {
            return years(question, chosen.get(0));
        }
        if (operation.get() == Operation.SCALE) {
            return scaled(question, chosen.subList(0, Math.min(FACTS_COMPUTED_FROM, chosen.size())));
        }
        // "几倍", "몇 배": asking how many times is asking a quantity in any language
        if (operation.get() != Operation.RATIO && !asksQuantity(question)) {
            return Optional.empty();
        }
        List<Given> picked = operation.get() == Operation.SUM ? givenIn(question, chosen.get(0)) : List.of();
        if (picked.size() < 2) {
            picked = fromFacts(question, chosen.subList(0, Math.min(FACTS_COMPUTED_FROM, chosen.size())));
        }
        if (picked.size() < 2) {
            picked = sameCount(chosen);
        }
        if (picked.size() < 2
                || operation.get() == Operation.POINTS && !percent(picked.get(0).figure())) {
            return Optional.empty();
        }
        return Optional.of(new Request(operation.get(), picked, null, -1));
    }

    /** The multiple a ratio question asks about ("is A more than double B": 2), when it names one. */
    static Optional<BigDecimal> multiple(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        List<String> keys = new ArrayList<>(MULTIPLES.stringPropertyNames());
        keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String key : keys) {
            boolean cjk = !key.matches("[\\p{IsLatin}\\s]+");
            if (cjk
                    ? lower.contains(key)
                    : Pattern.compile("\\b" + Pattern.quote(key) + "\\b")
                            .matcher(lower)
                            .find()) {
                return Optional.of(new BigDecimal(MULTIPLES.getProperty(key).strip()));
            }
        }
        return Optional.empty();
    }

    /** True when a yes/no ratio question asks whether A is less than the multiple ("less than double"). */
    static boolean asksLess(String question) {
        return LESS_THAN.matcher(question).find();
    }

    /**
     * A number grown, cut or taken a percentage of: the percentage the question gives, applied to the other number
     * it gives or else to the first figure of {@code facts} that is no percentage; the figures are the base, then the
     * percentage. {@link Request#lessAsked()} says the number is cut, {@link Request#base()} 1 that it grows, 0 that
     * the percentage is taken of it.
     */
    private static Optional<Request> scaled(String question, List<Fact> facts) {
        Matcher percent = QUESTION_PERCENT.matcher(question);
        if (!percent.find()) {
            return Optional.empty();
        }
        Figure share = new Figure("", Double.parseDouble(percent.group(1)), "percent");
        String rest = question.substring(0, percent.start()) + " " + question.substring(percent.end());
        Optional<Given> base = givenIn(rest, facts.get(0)).stream()
                .findFirst()
                .or(() -> facts.stream()
                        .flatMap(f -> f.figures().stream()
                                .filter(figure -> !percent(figure))
                                .map(figure -> new Given(figure, f)))
                        .findFirst());
        if (base.isEmpty()) {
            return Optional.empty();
        }
        Fact fact = base.get().fact();
        boolean cut = CUT.matcher(question).find();
        boolean grows = !cut && GROW.matcher(question).find();
        return Optional.of(
                new Request(Operation.SCALE, List.of(base.get(), new Given(share, fact)), null, grows ? 1 : 0, cut));
    }

    /**
     * Years between two years the question gives ("it came out in 2014, how old is it as of 2024"), or for "how many
     * years did it ..." those of a span the fact gives ("from 2004 to 2017"); with a year and an age instead ("he was 43 in 2016, what year was he born"), the year of birth; {@code fact} is cited. The figures are the later year, then the earlier year or the age ({@link Request#base()} 1).
     */
    private static Optional<Request> years(String question, Fact fact) {
        List<Integer> years = yearsIn(question);
        if (years.isEmpty()) {
            // "how many years did it spend there", not "how old" or "how long ago"
            return WORDS.get("span-asked").matcher(question).find() ? span(fact) : Optional.empty();
        }
        Matcher age = AGE.matcher(question);
        if (BORN.matcher(question).find()) {
            if (!age.find()) {
                return Optional.empty(); // a year of birth needs an age
            }
            Figure year = new Figure("", years.get(0), "");
            String given = age.group("age") != null ? age.group("age") : age.group("age2");
            Figure old = new Figure("", Double.parseDouble(given), "");
            return Optional.of(
                    new Request(Operation.YEARS, List.of(new Given(year, fact), new Given(old, fact)), null, 1));
        }
        if (years.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(between(years.get(0), years.get(1), fact));
    }

    /** "How many years did it spend there" about "from 2004 to 2017": the span the fact gives, if it gives one. */
    private static Optional<Request> span(Fact fact) {
        Matcher span = WORDS.get("year-span").matcher(fact.quote());
        if (!span.find()) {
            return Optional.empty();
        }
        List<Integer> ends = new ArrayList<>();
        for (int group = 1; group <= span.groupCount(); group++) {
            if (span.group(group) != null) {
                ends.add(Integer.parseInt(span.group(group)));
            }
        }
        return Optional.of(between(ends.get(0), ends.get(1), fact));
    }

    private static Request between(int one, int other, Fact fact) {
        Figure later = new Figure("", Math.max(one, other), "");
        Figure earlier = new Figure("", Math.min(one, other), "");
        return new Request(Operation.YEARS, List.of(new Given(later, fact), new Given(earlier, fact)), null, 0);
    }

    private static List<Integer> yearsIn(String text) {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group());
            if (!years.contains(year)) {
                years.add(year);
            }
        }
        return years;
    }

    /** True when the question asks how many or how much (in any language the cues cover). */
    private static boolean asksQuantity(String question) {
        Set<AnswerType> asked = QuestionCues.asks(question);
        return asked.contains(AnswerType.NUMBER)
                || asked.contains(AnswerType.MONEY)
                || asked.contains(AnswerType.PERCENTAGE);
    }

    /**
     * The first two numbers the question writes in digits, as figures of no unit given by {@code context} (the fact
     * the question is about); fewer when it writes fewer.
     */
    private static List<Given> givenIn(String question, Fact context) {
        List<Given> given = new ArrayList<>();
        Matcher m = QUESTION_NUMBER.matcher(question);
        while (m.find() && given.size() < 2) {
            if (YEAR.matcher(m.group()).matches()) {
                continue; // "in 2023 and 2024 combined" names times, not amounts
            }
            given.add(new Given(new Figure("", Double.parseDouble(m.group().replace(",", "")), ""), context));
        }
        return given;
    }

    /** Two figures of one unit from {@code facts}, in order, preferring those whose labels share the question's words. */
    private static List<Given> fromFacts(String question, List<Fact> facts) {
        Set<String> words = words(question);
        List<Given> figures = new ArrayList<>();
        facts.forEach(fact -> fact.figures().forEach(figure -> figures.add(new Given(figure, fact))));
        List<Given> ranked = new ArrayList<>(figures);
        ranked.sort(Comparator.comparingInt((Given g) -> -shared(g, words)));
        for (Given first : ranked) {
            List<Given> pair = new ArrayList<>(List.of(first));
            ranked.stream()
                    .filter(g -> g != first && sameUnit(pair, g))
                    // the same number in the same unit twice ("17 nights", "one night out of 17") is one count told
                    // twice, not two to compute with
                    .filter(g -> g.figure().valueInScaleOf(first.figure())
                            != first.figure().value())
                    .findFirst()
                    .ifPresent(pair::add);
            if (pair.size() == 2) {
                pair.sort(Comparator.comparingInt(figures::indexOf));
                return pair;
            }
        }
        return List.of();
    }

    /**
     * The first chosen fact's figure and another figure in the story counting the same thing in the same unit ("2.5
     * million people" last month, "375,000 people" now), in that order: of several, one of a fact chosen earlier,
     * else the earliest in the story (the lead's is what "this one" means); empty when the story has none.
     */
    private List<Given> sameCount(List<Fact> chosen) {
        Fact fact = chosen.get(0);
        for (Figure figure : fact.figures()) {
            Optional<Given> other = all.stream()
                    .filter(g -> g.figure() != figure
                            && g.figure().sameUnitAs(figure)
                            && !g.figure().label().isBlank()
                            && g.figure().label().equalsIgnoreCase(figure.label())
                            && g.figure().valueInScaleOf(figure) != figure.value())
                    .min(Comparator.comparingInt((Given g) ->
                                    chosen.contains(g.fact()) ? chosen.indexOf(g.fact()) : Integer.MAX_VALUE)
                            .thenComparingInt(g -> g.fact().paragraph()));
            if (other.isPresent()) {
                return List.of(new Given(figure, fact), other.get());
            }
        }
        return List.of();
    }

    /**
     * The last {@code count} figures of one unit the earlier answers gave (the latest answer's unit), in the order
     * they were given; empty when the answers gave fewer.
     */
    private List<Given> lastGiven(List<List<String>> earlier, int count) {
        List<Given> found = new ArrayList<>();
        for (int turn = earlier.size() - 1; turn >= 0 && found.size() < count; turn--) {
            List<Given> inTurn = new ArrayList<>();
            for (String factId : earlier.get(turn)) {
                all.stream()
                        .filter(g -> g.fact().id().equals(factId) && !found.contains(g) && !inTurn.contains(g))
                        .forEach(inTurn::add);
            }
            for (int i = inTurn.size() - 1; i >= 0 && found.size() < count; i--) {
                if (sameUnit(found, inTurn.get(i))) {
                    found.add(0, inTurn.get(i));
                }
            }
        }
        return found.size() == count ? found : List.of();
    }

    /** Where the question first names the entity, by any of its names (the end of the text when it does not). */
    private static int firstMention(String lowerQuestion, Entity entity) {
        int at = Mentions.first(lowerQuestion, entity, 0);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /**
     * Which of the two figures is the part of their sum asked about: the one whose label's subject the question names
     * more often ("what fraction of the combined orbix+velta sales is orbix's"), the later named on a tie.
     */
    private static int part(String lowerQuestion, List<Given> picked) {
        List<Set<String>> labels = List.of(labelWords(picked.get(0)), labelWords(picked.get(1)));
        int[] mentions = new int[2];
        int[] last = new int[2];
        for (int i = 0; i < 2; i++) {
            for (String word : labels.get(i)) {
                if (labels.get(1 - i).contains(word)) {
                    continue; // a word both labels share tells them apart no more than it is asked
                }
                Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lowerQuestion);
                int count = 0;
                while (m.find()) {
                    count++;
                    last[i] = Math.max(last[i], m.start());
                }
                mentions[i] = Math.max(mentions[i], count);
            }
        }
        if (mentions[0] != mentions[1]) {
            return mentions[0] > mentions[1] ? 0 : 1;
        }
        return last[0] >= last[1] ? 0 : 1;
    }

    /** The figure of the same unit whose label shares the most words with {@code given}'s; empty when none shares one. */
    private Optional<Given> partner(Given given) {
        Set<String> label = words(given.figure().label());
        return all.stream()
                .filter(g -> g != given && g.figure().sameUnitAs(given.figure()))
                .filter(g -> shared(g, label) > 0)
                .max(Comparator.comparingInt((Given g) -> shared(g, label)));
    }

    /** The lower-case words of a figure's label, any length (names such as "Lumo" are short). */
    private static Set<String> labelWords(Given given) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(given.figure().label().toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The index of the subject named first after "% of" / "percent of", or -1. */
    private static int base(String question, List<Entity> subjects) {
        Matcher of = PERCENT_OF.matcher(question);
        if (!of.find()) {
            return -1;
        }
        String after = question.substring(of.end()).toLowerCase(Locale.ROOT);
        int best = -1;
        int bestAt = Integer.MAX_VALUE;
        for (int i = 0; i < Math.min(2, subjects.size()); i++) {
            for (String name : subjects.get(i).allNames()) {
                int at = after.indexOf(name.toLowerCase(Locale.ROOT));
                if (at >= 0 && at < bestAt) {
                    best = i;
                    bestAt = at;
                }
            }
        }
        return best;
    }

    /**
     * True when the question has any arithmetic cue: a gap, sum, ratio, share, or a percentage rise or fall of a number
     * ("grew 30%", also "why did sales fall 20%?").
     */
    static boolean computes(String question) {
        return operation(question).isPresent();
    }

    private static Optional<Operation> operation(String question) {
        for (Map.Entry<String, Pattern> cue : CUES.entrySet()) {
            // what is left of a whole is asked of shares ("what's left for everyone else" of downloads is not)
            boolean restOfCounts = cue.getKey().equals(REST_CUE)
                    && !PERCENTAGE_WORDS.matcher(question).find();
            if (!restOfCounts && cue.getValue().matcher(question).find()) {
                return Optional.of(Operation.valueOf(cue.getKey().toUpperCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    /**
     * Up to {@code count} figures of one unit: first those whose labels name the entities the question names, in
     * its order, then those whose labels share the most words with the question.
     */
    private List<Given> pick(String question, List<Entity> named, int count, boolean amounts) {
        List<Given> picked = new ArrayList<>();
        Set<String> words = words(question);
        // "is tidal's slice more than double gull's": a question asking for a percentage is about percentages
        boolean percentAsked = !amounts && PERCENTAGE_WORDS.matcher(question).find();
        for (Entity entity : named) {
            all.stream()
                    .filter(given -> !picked.contains(given) && sameUnit(picked, given))
                    .filter(given -> !amounts || !percent(given.figure()))
                    .filter(given -> given.figure().labelNames(entity))
                    .max(Comparator.comparingInt(given -> LABEL_WORD_WEIGHT * shared(given, words)
                            + (percentAsked && percent(given.figure()) ? 1 : 0)))
                    .ifPresent(picked::add);
        }
        while (picked.size() < count) {
            Given best = null;
            int bestShared = 0;
            Set<String> uncovered = new java.util.HashSet<>(words);
            picked.forEach(p -> uncovered.removeAll(words(p.figure().label())));
            for (Given given : all) {
                if (picked.contains(given)
                        || !sameUnit(picked, given)
                        || amounts && percent(given.figure())
                        || picked.stream()
                                .anyMatch(p -> p.figure()
                                        .label()
                                        .equalsIgnoreCase(given.figure().label()))) {
                    continue;
                }
                int shared = shared(given, picked.isEmpty() ? words : uncovered);
                if (shared > bestShared) {
                    best = given;
                    bestShared = shared;
                }
            }
            if (best == null) {
                break;
            }
            picked.add(best);
        }
        return picked.size() > count ? picked.subList(0, count) : picked;
    }

    private static int shared(Given given, Set<String> questionWords) {
        Set<String> shared = words(given.figure().label());
        shared.retainAll(questionWords);
        return shared.size();
    }

    private static boolean sameUnit(List<Given> picked, Given given) {
        return picked.isEmpty() || picked.get(0).figure().sameUnitAs(given.figure());
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.group().length() >= MIN_LABEL_WORD_LENGTH) {
                words.add(
                        m.group().endsWith("s")
                                ? m.group().substring(0, m.group().length() - 1)
                                : m.group());
            }
        }
        return words;
    }

    static boolean percent(Figure figure) {
        return figure.unit().toLowerCase(Locale.ROOT).startsWith("percent");
    }

    /** The number the question gives, in the figure's unit ("400 million" is 400 for a figure in millions). */
    private static Optional<BigDecimal> target(String question, Figure figure) {
        Matcher m = NUMBER.matcher(question);
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1).replace(',', '.'));
            String scale = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
            String unit = figure.unit().toLowerCase(Locale.ROOT);
            if (scale == null && percent(figure)) {
                return Optional.of(value);
            }
            Optional<BigDecimal> unitScale = SCALES.entrySet().stream()
                    .filter(e -> e.getKey().length() > 2 && unit.startsWith(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst();
            if (scale != null && unitScale.isPresent()) {
                return Optional.of(value.multiply(SCALES.get(scale))
                        .divide(unitScale.get(), java.math.MathContext.DECIMAL64)
                        .stripTrailingZeros());
            }
        }
        return Optional.empty();
    }
}
