package dev.storybot.llm;

import dev.storybot.core.WordList;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Figure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds comparative claims in an answer ("Llama surpassed Qwen", "Llama has more downloads", "Llama比Qwen多",
 * "Llama가 Qwen보다 많다") about two entities whose figures the facts give, and reports one that runs against
 * those figures. Also catches a clause that names one entity but gives the other one's figure.
 *
 * <p>Who a figure belongs to comes from the entity names in its label (or, failing that, the name written just
 * before the figure in the fact's text); two figures are compared only when they share a unit and either come
 * from the same fact or count the same thing.
 */
final class ComparisonCheck {

    private enum Syntax {
        SUBJECT_VERB_OBJECT,
        SUPERLATIVE,
        COMPARED_BY_MARKER,
        STANDARD_BEFORE_MARKER,
        VERB_AFTER_STANDARD
    }

    private record Keyword(Pattern pattern, boolean higher, Syntax syntax) {}

    private record Hit(int start, int end, boolean higher, Syntax syntax) {}

    /** One figure with whose it is. */
    private record Measure(
            Fact fact, Figure figure, double value, boolean percent, Set<String> names, Set<String> labelWords) {}

    /** Two comparable figures, the higher first, with the names that tell them apart. */
    private record Pair(
            Measure higher, Measure lower, Set<String> higherNames, Set<String> lowerNames, Set<String> labelWords) {}

    private record Mention(int start, int end, boolean higherSide) {}

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Keyword> KEYWORDS = List.of(
            en(
                    "more|higher|greater|larger|bigger|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?"
                            + "|overt(?:ook|ake|akes|aken|aking)|outpac(?:e|es|ed|ing)|outnumber(?:s|ed|ing)?"
                            + "|outperform(?:s|ed|ing)?|outstrip(?:s|ped|ping)?|beat(?:s|en|ing)?|ahead of|lead(?:s|ing)?|led"
                            + "|tops|topped|topping|eclips(?:e|es|ed|ing)|overshadow(?:s|ed|ing)?",
                    true,
                    Syntax.SUBJECT_VERB_OBJECT),
            en(
                    "fewer|less|lower|smaller|behind|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?|below",
                    false,
                    Syntax.SUBJECT_VERB_OBJECT),
            en("most|highest|largest|biggest|top", true, Syntax.SUPERLATIVE),
            en("least|lowest|fewest|smallest", false, Syntax.SUPERLATIVE),
            plain("超过|超越|超出|多于|高于|大于|胜过|赶超|反超|领先|压过|更多|更高", true, Syntax.SUBJECT_VERB_OBJECT),
            plain("少于|低于|小于|落后|不及|不如|逊于|更少|更低", false, Syntax.SUBJECT_VERB_OBJECT),
            plain("最多|最高|最大", true, Syntax.SUPERLATIVE),
            plain("最少|最低|最小", false, Syntax.SUPERLATIVE),
            plain("(?<![占对相])比(?![例重率较])", true, Syntax.COMPARED_BY_MARKER),
            plain("보다", true, Syntax.STANDARD_BEFORE_MARKER),
            plain("앞질|추월|넘어섰|넘어서|넘었|제쳤|제치|능가|앞섰|앞서", true, Syntax.VERB_AFTER_STANDARD),
            plain("뒤처|뒤졌|밀렸|밀려|못 미", false, Syntax.VERB_AFTER_STANDARD),
            plain("가장 많|가장 높|최다|최고", true, Syntax.SUPERLATIVE),
            plain("가장 적|가장 낮|최저", false, Syntax.SUPERLATIVE));

    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?<!\\d)\\.(?!\\d)|[!?。！？;；\\n]|,?\\s+(?:while|whereas|but|although|though)\\s+|然而|而|但是?|반면|하지만", CI);
    private static final Pattern EN_HEDGE = Pattern.compile(
            "^\\s*(?:than\\s+|of\\s+)?(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|roughly\\s+)?(?:\\p{Lu}{1,2}\\$|[$¥€£])?\\d",
            CI);
    private static final Pattern ZH_HEDGE = Pattern.compile("^\\s*了?\\s*[\\d$¥￥]");
    private static final Pattern KO_HEDGE = Pattern.compile("[\\d%％만억회]\\s*(?:을|를|이|가)?\\s*$");
    private static final Pattern EN_PASSIVE = Pattern.compile("^\\s+by\\b", CI);
    private static final Pattern EN_NEGATION =
            Pattern.compile("\\b(?:not|never|no longer|failed to|yet to)\\b|n't\\b", CI);
    private static final Pattern ZH_NEGATION = Pattern.compile("(?:没有|没|未|并未|不)\\s*$");
    private static final Pattern KO_NEGATION = Pattern.compile("않|못하|아니");
    private static final Pattern ZH_POLARITY = Pattern.compile("(多|高|大|强|领先|快)|(少|低|小|弱|落后|慢)");
    private static final Pattern KO_POLARITY = Pattern.compile("(많|높|크|앞서|앞섰|우세)|(적|낮|작|뒤처|뒤졌|못하)");
    private static final Pattern KO_PASSIVE = Pattern.compile("^[가-힣]{0,3}당");
    private static final Pattern KO_OBJECT_PARTICLE = Pattern.compile("^\\s?(?:을|를)");
    private static final Pattern KO_SUBJECT_PARTICLE = Pattern.compile("^\\s?(?:이|가|은|는|의)");
    private static final Pattern KO_BODA_PARTICLE = Pattern.compile("^(?:의\\s?[가-힣]{0,6})?\\s?$");
    private static final Pattern LABEL_WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern CAPITALIZED = Pattern.compile("\\b[A-Z][A-Za-z0-9]*(?:[-][A-Z][A-Za-z0-9]*)?\\b");
    /** Words of figure labels that say what is measured, not whose figure it is (a language resource). */
    static final String LABEL_WORDS_RESOURCE = "/language/en/label-words.txt";

    private static final Set<String> GENERIC_LABEL_WORDS = WordList.load(LABEL_WORDS_RESOURCE);
    private static final Set<String> STOP_WORDS = Set.of(
            "with", "from", "that", "this", "than", "their", "into", "were", "have", "over", "year", "based",
            "derived");

    /** Compiled name matchers; names come from the story's entities and figure labels, so the map stays small. */
    private static final Map<String, Pattern> NAME_PATTERNS = new ConcurrentHashMap<>();

    private final List<Entity> entities;

    ComparisonCheck(List<Entity> entities) {
        this.entities = List.copyOf(entities);
    }

    /** A short description of the first comparison in {@code answer} that the facts' figures contradict. */
    Optional<String> findContradiction(String answer, List<Fact> facts) {
        List<Pair> pairs = comparablePairs(measures(facts));
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        for (String clause : CLAUSE_BREAK.split(answer)) {
            if (clause.isBlank()) {
                continue;
            }
            Optional<String> contradiction = contradiction(clause, pairs);
            if (contradiction.isPresent()) {
                return contradiction;
            }
        }
        return Optional.empty();
    }

    private Optional<String> contradiction(String clause, List<Pair> pairs) {
        List<Hit> hits = hits(clause);
        for (Hit hit : hits) {
            List<Boolean> verdicts = new ArrayList<>();
            List<Boolean> relevantVerdicts = new ArrayList<>();
            for (Pair pair : pairs) {
                List<Mention> mentions = mentions(clause, pair);
                if (mentions.isEmpty()) {
                    continue;
                }
                Boolean claimsHigherSideHigher = claim(clause, hit, mentions);
                if (claimsHigherSideHigher == null) {
                    continue;
                }
                verdicts.add(claimsHigherSideHigher);
                if (mentionsAny(clause, pair.labelWords())) {
                    relevantVerdicts.add(claimsHigherSideHigher);
                }
            }
            List<Boolean> judged = relevantVerdicts.isEmpty() ? verdicts : relevantVerdicts;
            if (!judged.isEmpty() && !judged.contains(Boolean.TRUE)) {
                return Optional.of("\"" + clause.strip() + "\" reverses the comparison in the facts");
            }
        }
        if (hits.isEmpty()) {
            return misattributedFigure(clause, pairs);
        }
        return Optional.empty();
    }

    /**
     * What the clause claims about the pair at {@code hit}: true when it says the higher side is higher, false
     * when it says the opposite, null when it makes no readable claim.
     */
    private Boolean claim(String clause, Hit hit, List<Mention> mentions) {
        boolean higher = hit.higher();
        Mention subject = null;
        Mention object = null;
        boolean swap = false;
        String after = clause.substring(hit.end());
        String before = clause.substring(0, hit.start());
        switch (hit.syntax()) {
            case SUBJECT_VERB_OBJECT: {
                if (EN_HEDGE.matcher(after).lookingAt()
                        || ZH_HEDGE.matcher(after).lookingAt()) {
                    return null;
                }
                subject = lastBefore(mentions, hit.start());
                object = firstAfter(mentions, hit.end());
                swap = EN_PASSIVE.matcher(after).lookingAt();
                int from = subject == null ? 0 : subject.end();
                String between = clause.substring(Math.min(from, hit.start()), hit.start());
                if (EN_NEGATION.matcher(between).find()
                        || !clause.startsWith("不", hit.start())
                                && ZH_NEGATION.matcher(before).find()) {
                    higher = !higher;
                }
                break;
            }
            case SUPERLATIVE: {
                if (EN_HEDGE.matcher(after).lookingAt()
                        || KO_HEDGE.matcher(before).find()
                        || mentions.stream().map(Mention::higherSide).distinct().count() > 1) {
                    return null;
                }
                subject = mentions.get(0);
                break;
            }
            case COMPARED_BY_MARKER: {
                subject = lastBefore(mentions, hit.start());
                object = firstAfter(mentions, hit.end());
                if (object == null) {
                    return null;
                }
                Matcher polarity = ZH_POLARITY.matcher(clause);
                if (!polarity.find(object.end())) {
                    return null;
                }
                higher = polarity.group(1) != null;
                if (ZH_NEGATION
                        .matcher(clause.substring(object.end(), polarity.start()))
                        .find()) {
                    higher = !higher;
                }
                break;
            }
            case STANDARD_BEFORE_MARKER: {
                object = lastBefore(mentions, hit.start());
                if (object == null
                        || !KO_BODA_PARTICLE
                                .matcher(clause.substring(object.end(), hit.start()))
                                .matches()) {
                    return null;
                }
                Mention objectMention = object;
                subject = mentions.stream()
                        .filter(m -> m.start() < objectMention.start())
                        .reduce((a, b) -> b)
                        .orElse(firstAfter(mentions, hit.end()));
                Matcher polarity = KO_POLARITY.matcher(after);
                if (!polarity.find()) {
                    return null;
                }
                higher = polarity.group(1) != null;
                if (KO_NEGATION.matcher(after.substring(polarity.end())).find() && polarity.group(2) == null) {
                    higher = !higher;
                }
                break;
            }
            case VERB_AFTER_STANDARD:
            default: {
                if (KO_HEDGE.matcher(before).find()) {
                    return null;
                }
                for (Mention m : mentions) {
                    if (m.end() > hit.start()) {
                        continue;
                    }
                    String rest = clause.substring(m.end());
                    if (object == null && KO_OBJECT_PARTICLE.matcher(rest).lookingAt()) {
                        object = m;
                    } else if (subject == null
                            && (KO_SUBJECT_PARTICLE.matcher(rest).lookingAt() || object != null)) {
                        subject = m;
                    }
                }
                if (subject == null && object == null) {
                    subject = lastBefore(mentions, hit.start());
                }
                swap = KO_PASSIVE.matcher(after).lookingAt();
                if (KO_NEGATION.matcher(after).find()) {
                    higher = !higher;
                }
                break;
            }
        }
        if (subject == null && object == null) {
            return null;
        }
        boolean subjectSide = subject != null ? subject.higherSide() : !object.higherSide();
        boolean objectSide = object != null ? object.higherSide() : !subject.higherSide();
        if (subjectSide == objectSide) {
            return null;
        }
        if (swap) {
            boolean s = subjectSide;
            subjectSide = objectSide;
            objectSide = s;
        }
        boolean claimedHigherSide = higher ? subjectSide : objectSide;
        return claimedHigherSide;
    }

    /** A clause naming one entity of a pair but giving only the other one's figure, e.g. "Llama reached 385.3 million". */
    private Optional<String> misattributedFigure(String clause, List<Pair> pairs) {
        List<Quantity> numbers = Quantity.findAll(clause);
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        for (Pair pair : pairs) {
            List<Mention> mentions = mentions(clause, pair);
            if (mentions.isEmpty()
                    || mentions.stream().map(Mention::higherSide).distinct().count() > 1) {
                continue;
            }
            boolean named = mentions.get(0).higherSide();
            Measure own = named ? pair.higher() : pair.lower();
            Measure other = named ? pair.lower() : pair.higher();
            boolean givesOwn = numbers.stream().anyMatch(q -> states(q, own));
            boolean givesOther = numbers.stream().anyMatch(q -> states(q, other));
            if (givesOther && !givesOwn) {
                return Optional.of("\"" + clause.strip() + "\" gives one entity's figure to another");
            }
        }
        return Optional.empty();
    }

    private static boolean states(Quantity q, Measure m) {
        if (q.percent() == m.percent() && q.writtenFor(m.value())) {
            return true;
        }
        return !q.scaled() && !q.percent() && q.digitsWrittenFor(m.figure().value());
    }

    private static List<Hit> hits(String clause) {
        List<Hit> hits = new ArrayList<>();
        for (Keyword k : KEYWORDS) {
            Matcher m = k.pattern().matcher(clause);
            while (m.find()) {
                hits.add(new Hit(m.start(), m.end(), k.higher(), k.syntax()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static Mention lastBefore(List<Mention> mentions, int position) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.end() <= position) {
                last = m;
            }
        }
        return last;
    }

    private static Mention firstAfter(List<Mention> mentions, int position) {
        for (Mention m : mentions) {
            if (m.start() >= position) {
                return m;
            }
        }
        return null;
    }

    private static List<Mention> mentions(String clause, Pair pair) {
        List<Mention> found = new ArrayList<>();
        addMentions(clause, pair.higherNames(), true, found);
        addMentions(clause, pair.lowerNames(), false, found);
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static void addMentions(String clause, Set<String> names, boolean higherSide, List<Mention> into) {
        for (String name : names) {
            Matcher m = namePattern(name).matcher(clause);
            while (m.find()) {
                into.add(new Mention(m.start(), m.end(), higherSide));
            }
        }
    }

    private static boolean mentionsAny(String clause, Set<String> words) {
        String lower = clause.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(lower::contains);
    }

    private static Pattern namePattern(String name) {
        return NAME_PATTERNS.computeIfAbsent(name, ComparisonCheck::compileName);
    }

    private static Pattern compileName(String name) {
        boolean latin = name.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c));
        String quoted = Pattern.quote(name);
        return latin
                ? Pattern.compile("(?<![\\p{IsLatin}])" + quoted + "(?![\\p{IsLatin}])", CI)
                : Pattern.compile(quoted);
    }

    private List<Measure> measures(List<Fact> facts) {
        List<Measure> measures = new ArrayList<>();
        for (Fact fact : facts) {
            for (Figure figure : fact.figures()) {
                Set<String> names = namesIn(figure.label());
                if (names.isEmpty()) {
                    names = nameBefore(fact, figure);
                }
                if (names.isEmpty()) {
                    continue;
                }
                double value = figure.value() * Quantity.scaleOfUnit(figure.unit());
                Set<String> words = labelWords(figure.label(), names);
                measures.add(new Measure(fact, figure, value, Quantity.isPercentUnit(figure.unit()), names, words));
            }
        }
        return measures;
    }

    private static List<Pair> comparablePairs(List<Measure> measures) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            for (int j = i + 1; j < measures.size(); j++) {
                Measure a = measures.get(i);
                Measure b = measures.get(j);
                if (a.value() == b.value() || !sameUnit(a, b)) {
                    continue;
                }
                boolean sameThing =
                        a.fact() == b.fact() || a.labelWords().stream().anyMatch(b.labelWords()::contains);
                if (!sameThing) {
                    continue;
                }
                Measure higher = a.value() > b.value() ? a : b;
                Measure lower = higher == a ? b : a;
                Set<String> higherNames = new LinkedHashSet<>(higher.names());
                higherNames.removeAll(lower.names());
                Set<String> lowerNames = new LinkedHashSet<>(lower.names());
                lowerNames.removeAll(higher.names());
                if (higherNames.isEmpty() || lowerNames.isEmpty()) {
                    continue;
                }
                Set<String> words = new LinkedHashSet<>(higher.labelWords());
                words.retainAll(lower.labelWords());
                pairs.add(new Pair(higher, lower, higherNames, lowerNames, words));
            }
        }
        return pairs;
    }

    private static boolean sameUnit(Measure a, Measure b) {
        return a.percent() == b.percent();
    }

    /** Names of known entities (all their spellings) in {@code text}, or capitalized names when none are known. */
    private Set<String> namesIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        for (Entity e : entities) {
            for (String name : e.allNames()) {
                if (!name.isBlank() && namePattern(name).matcher(text).find()) {
                    e.allNames().stream().filter(n -> !n.isBlank()).forEach(names::add);
                    break;
                }
            }
        }
        if (names.isEmpty()) {
            Matcher m = CAPITALIZED.matcher(text);
            while (m.find()) {
                String word = m.group();
                boolean possessive = text.startsWith("'s", m.end());
                if (possessive || !GENERIC_LABEL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                    names.add(word);
                }
            }
        }
        return names;
    }

    /** The name written closest before the figure's number in the fact's answer or quote. */
    private Set<String> nameBefore(Fact fact, Figure figure) {
        double value = figure.value() * Quantity.scaleOfUnit(figure.unit());
        for (String text : new String[] {fact.answer(), fact.quote()}) {
            if (text == null) {
                continue;
            }
            for (Quantity q : Quantity.findAll(text)) {
                if (q.writtenFor(value) || q.digitsWrittenFor(figure.value())) {
                    String before = text.substring(0, q.start());
                    Set<String> candidates = namesIn(before);
                    String nearest = null;
                    int nearestAt = -1;
                    for (String name : candidates) {
                        Matcher m = namePattern(name).matcher(before);
                        while (m.find()) {
                            if (m.start() > nearestAt) {
                                nearestAt = m.start();
                                nearest = name;
                            }
                        }
                    }
                    if (nearest != null) {
                        return Set.of(nearest);
                    }
                }
            }
        }
        return Set.of();
    }

    private static Set<String> labelWords(String label, Set<String> names) {
        Set<String> words = new LinkedHashSet<>();
        if (label == null) {
            return words;
        }
        Set<String> lowerNames = new LinkedHashSet<>();
        names.forEach(n -> lowerNames.add(n.toLowerCase(Locale.ROOT)));
        Matcher m = LABEL_WORD.matcher(label.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group().replaceAll("'s$", "");
            if (w.length() >= 4 && !lowerNames.contains(w) && !STOP_WORDS.contains(w)) {
                words.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }

    private static Keyword en(String alternatives, boolean higher, Syntax syntax) {
        return new Keyword(Pattern.compile("\\b(?:" + alternatives + ")\\b", CI), higher, syntax);
    }

    private static Keyword plain(String alternatives, boolean higher, Syntax syntax) {
        return new Keyword(Pattern.compile(alternatives), higher, syntax);
    }
}
