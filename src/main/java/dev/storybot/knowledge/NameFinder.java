package dev.storybot.knowledge;

import dev.storybot.core.WordList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names in an article (people, organisations, products, places) from capitalisation alone, with their
 * short forms: a person's surname, an organisation's bracketed acronym.
 */
public final class NameFinder {

    /** Words that make a name an organisation. */
    static final String ORGANIZATION_WORDS = "/language/en/organization-words.txt";
    /** Words that make a capitalised name a place when they end it ("Alder County"): a language resource. */
    static final String PLACE_WORDS = "/language/en/place-words.txt";
    /** Words a hyphen joins to a name that are no part of it ("Alder-based"): a language resource. */
    static final String NAME_SUFFIXES = "/language/en/name-suffixes.txt";
    /** Nouns that make a name an organisation when a description after it is headed by one: a language resource. */
    static final String ORGANIZATION_NOUNS = "/language/en/organization-nouns.txt";
    /** Words that make the name before them a place ("the Alder area", "Fern Hollow-based"): a language resource. */
    static final String PLACE_SUFFIXES = "/language/en/place-suffixes.txt";
    /** Nouns for a building or ground that make the name before them a place ("the Pinecrest stadium"). */
    static final String SITE_NOUNS = "/language/en/site-nouns.txt";
    /** Words that, ending a name, let an ordinal open it ("6th Avenue"). */
    static final String NUMBERED_PLACE_WORDS = "/language/en/numbered-place-words.txt";
    /** Speech verbs that make the name beside them a person (or a speaking organisation). */
    static final String SPEECH_VERBS = "/language/en/speech-verbs.txt";
    /** Roles that make the name after them a person. */
    static final String ROLES = "/language/en/roles.txt";
    /** Titles written before a person's name. */
    static final String TITLES = "/language/en/titles.txt";
    /** Date words, which are never names. */
    static final String DATE_WORDS = "/language/en/date-words.txt";
    /** Capitalised words that are never names. */
    static final String COMMON_WORDS = "/language/en/common-words.txt";
    /** Function words, never at a name's edge. */
    static final String FUNCTION_WORDS = "/language/en/function-words.txt";
    /** Question words and auxiliaries: an all-capital name spelt like one is not typed in lower case. */
    static final String QUESTION_WORDS = "/language/en/question-words.txt";

    /** A person's full name has at most this many words; longer capitalised runs are titles or organisations. */
    private static final int MAX_PERSON_WORDS = 4;
    /** A line of a list giving a name and where it is: "Blue Harbour Inc., Kent, Washington" (groups: the organisation, its places). */
    private static final Pattern LOCATED_LINE =
            Pattern.compile("^(\\p{Lu}[^,]*?)\\.?,\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*),"
                    + "\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)\\.?$");
    /** What may follow a place after "in": the end of a phrase ("weakness in China, ..."), not a noun it qualifies. */
    private static final String PLACE_END =
            "(?=\\s*[,.;:)]|\\s+(?:and|or|the|to|for|during|since|last|this|which|where|as|at|on)\\b)";
    /** A description between a name and its speech verb ("X, the agency's deputy head, said") is at most this long. */
    private static final int MAX_APPOSITION_CHARS = 120;
    /** An age is written with at most this many digits; a longer number set off by commas is a count or a year. */
    private static final int MAX_AGE_DIGITS = 3;
    /** A description after a name reaches its head noun within this many words ("a Fern Hollow-based provider"). */
    private static final int MAX_DESCRIBING_WORDS = 4;
    /** A short form of fewer letters than this ("US", "AI") is too often something else to stand for a name. */
    private static final int MIN_INITIALS = 3;
    /** A bracketed short form longer than this is an aside, not an acronym. */
    private static final int MAX_ACRONYM_CHARS = 12;
    /**
     * An all-capital name of at least this many letters ("NASA", "CLPS") is also found typed in lower case; shorter
     * ones ("US", "AI") are too often ordinary words.
     */
    private static final int MIN_LOWER_CASE_ACRONYM_CHARS = 3;

    private static final String WORD =
            "(?:\\p{Ll}(?=\\p{Lu}))?\\p{Lu}[\\p{L}\\p{M}\\p{N}'’&\\-]*(?:\\.(?=\\p{Lu}))?[\\p{L}\\p{N}]*";
    /** An ordinal that opens a name ("6th Avenue", "21st Century Fox"). */
    private static final String ORDINAL = "(?:(?<![\\d,.])\\d{1,3}(?:st|nd|rd|th)\\s+(?=\\p{Lu}))?";
    /** An ordinal as a name's first word, kept only before a {@link #NUMBERED_PLACE_WORDS} word. */
    private static final Pattern ORDINAL_WORD = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");

    private static final Pattern NAME =
            Pattern.compile(ORDINAL + WORD + "(?:\\s+(?:(?:of|the|de|del|da|von|van|for|&)\\s+){0,2}" + WORD + ")*");
    /** A word ending in a lower-case word after a hyphen ("Alder-based"; groups: the name, the word). */
    private static final Pattern HYPHEN_SUFFIX = Pattern.compile("(.*\\p{L})-(\\p{Ll}+)");
    /** The first "of" joining two capitalised runs of a name. */
    private static final Pattern OF = Pattern.compile("\\s+of\\s+");
    /** Speech verbs whose object is the listener ("told Live Science"), not the speaker. */
    private static final Set<String> LISTENER_VERBS = Set.of("told", "tells", "tell");

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    /**
     * A dateline opening a lead: a place in capitals, perhaps its state or country, perhaps the outlet in brackets, and
     * a dash ("WASHINGTON (Reuters) - ", "BUFFALO, N.Y. — ", "DUBAI, United Arab Emirates — ").
     */
    private static final String DATELINE =
            "\\p{Lu}{2,}(?:[ .]+\\p{Lu}{2,})*\\.?(?:,(?:\\s+\\p{Lu}[\\p{L}.]*)+)?\\s*(?:\\([^)]*\\)\\s*)?[-–—]\\s*";
    /**
     * Where a sentence starts: after a full stop, a colon, a bracket, a paragraph number or a dateline ("WASHINGTON
     * (Reuters) - Scientists ...", "BUFFALO, N.Y. — Hours before ..."), whose next word is capitalised as any first is.
     */
    private static final Pattern SENTENCE_START =
            Pattern.compile("(?:^|[.!?:;\"“”]\\s*|\\(\\s*|\\[\\d+]\\s*|" + "^(?:\\[\\d+]\\s*)?" + DATELINE + ")$");

    private static final Set<String> ORGANISATION_WORD_SET = WordList.load(ORGANIZATION_WORDS);
    private final Set<String> placeWords = WordList.load(PLACE_WORDS);
    private final Set<String> nameSuffixes = WordList.load(NAME_SUFFIXES);
    private final Set<String> placeSuffixes = WordList.load(PLACE_SUFFIXES);
    private final Set<String> siteNouns = WordList.load(SITE_NOUNS);
    private final Set<String> numberedPlaceWords = WordList.load(NUMBERED_PLACE_WORDS);
    private final Set<String> organizationNouns = WordList.load(ORGANIZATION_NOUNS);
    private final Set<String> speechVerbs = WordList.load(SPEECH_VERBS);
    private final Set<String> roleWords = roleWords();
    private final Set<String> dateWords = WordList.load(DATE_WORDS);
    private final Set<String> commonWords = WordList.load(COMMON_WORDS);
    private final Set<String> functionWords = WordList.load(FUNCTION_WORDS);
    private final Set<String> questionWords = WordList.load(QUESTION_WORDS);

    /** The entities named in the sentences, in order of first mention. */
    List<Entity> find(List<String> sentences) {
        String all = String.join(" ", sentences);
        Set<String> places = new java.util.HashSet<>();
        Set<String> located = new java.util.HashSet<>();
        for (String sentence : sentences) {
            Matcher line = LOCATED_LINE.matcher(sentence.strip());
            if (line.matches()) {
                located.add(line.group(1));
                places.add(line.group(2));
                places.add(line.group(3));
            }
        }
        Set<String> lowercaseWords = lowercaseWords(all);
        Map<String, Integer> mentions = new LinkedHashMap<>();
        Set<String> midSentence = new java.util.HashSet<>();
        for (String sentence : sentences) {
            Matcher m = NAME.matcher(sentence);
            while (m.find()) {
                boolean atStart =
                        SENTENCE_START.matcher(sentence.substring(0, m.start())).find();
                boolean first = atStart;
                List<String> parts = parts(m.group());
                for (int i = 0; i < parts.size(); i++) {
                    String part = parts.get(i);
                    String name = trim(part, first, lowercaseWords);
                    // "A UK man": with the sentence's ordinary first word trimmed, the name is inside the sentence;
                    // only a run's first name can be the sentence's first word, and one owning the next ("Orbix's
                    // Lumo model ...") is a name wherever it stands
                    boolean owner = i + 1 < parts.size()
                            && POSSESSIVE.matcher(part.strip()).find();
                    boolean startsSentence =
                            first && !owner && (name.isEmpty() || part.strip().startsWith(name));
                    first = false;
                    if (!startsSentence && !name.isEmpty()) {
                        midSentence.add(name);
                    }
                    if (!name.isEmpty()) {
                        mentions.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        mentions.keySet().removeIf(name -> !name.contains(" ") && !midSentence.contains(name));
        // one word the article also writes in lower case ("the Moon" beside "the moon") is an ordinary word
        mentions.keySet()
                .removeIf(name -> !name.contains(" ")
                        && !name.equals(name.toUpperCase(Locale.ROOT))
                        && lowercaseWords.contains(name.toLowerCase(Locale.ROOT)));
        List<Entity> entities = new ArrayList<>();
        Map<String, Entity> bySurname = new LinkedHashMap<>();
        for (String name : mentions.keySet()) {
            String type = places.contains(name) ? "place" : type(name, all);
            if ("name".equals(type) && located.contains(name)) {
                type = "organization"; // a list line says where it is based
            }
            List<String> aliases = new ArrayList<>(acronyms(name, all));
            String[] words = name.split("\\s+");
            // "ATA" elsewhere in the article is the "Alder Transit Authority" it abbreviates
            String initials = initials(words);
            if (initials.length() >= MIN_INITIALS && mentions.containsKey(initials) && !aliases.contains(initials)) {
                aliases.add(initials);
            }
            if ("person".equals(type) && words.length > 1) {
                aliases.add(words[words.length - 1]);
            }
            typedInLowerCase(name, aliases);
            String country = "country".equals(type) ? name : null; // a country belongs to itself
            entities.add(new Entity(slug(name), name, type, country, aliases, List.of(), List.of()));
        }
        // a single word that is some person's surname, or some name's bracketed short form, is that entity
        for (Entity e : entities) {
            if (e.name().contains(" ")) {
                e.aliases().forEach(a -> bySurname.putIfAbsent(a, e));
            }
        }
        List<Entity> merged = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Entity e : entities) {
            if (!e.name().contains(" ") && bySurname.containsKey(e.name())) {
                continue;
            }
            if (ids.add(e.id())) {
                merged.add(e);
            }
        }
        return merged;
    }

    /**
     * A capitalised run cut where one name ends and the next begins: at a role word ("Apple CEO Tim Cook") and
     * after a possessive ("CNBC's Steve Kovach"), unless the run is an organisation's name ("King's College").
     */
    private List<String> parts(String run) {
        // "Mara Quell of the Orion Research Institute": a name of two words or more before "of" that is no
        // organisation's, with an organisation's after it, is two names ("Bank of America", "University of
        // California" and "Gulf of Mexico Foundation" stay whole)
        Matcher of = OF.matcher(run);
        if (of.find()
                && run.substring(0, of.start())
                                .strip()
                                .replaceFirst("(?i)^(?:the|a|an)\\s+", "")
                                .split("\\s+")
                                .length
                        > 1
                && !namesOrganisation(run.substring(0, of.start()))
                && namesOrganisation(run.substring(of.end()))) {
            List<String> split = new ArrayList<>(parts(run.substring(0, of.start())));
            split.addAll(parts(run.substring(of.end())));
            return split;
        }
        List<String> parts = new ArrayList<>();
        List<String> current = new ArrayList<>();
        String[] words = run.split("\\s+");
        boolean organisation = namesOrganisation(run);
        for (String w : words) {
            if (roleWords.contains(w.toLowerCase(Locale.ROOT))) {
                flush(parts, current);
                continue;
            }
            current.add(w);
            if (!organisation && POSSESSIVE.matcher(w).find()) {
                flush(parts, current);
            }
        }
        flush(parts, current);
        return parts;
    }

    /** True when a word of {@code words} is one organisations' names are made of ("Laboratory", "Inc."). */
    public static boolean namesOrganisation(String words) {
        for (String w : words.strip().split("[^\\p{L}.&]+")) {
            if (ORGANISATION_WORD_SET.contains(w.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))) {
                return true;
            }
        }
        return false;
    }

    private static void flush(List<String> parts, List<String> current) {
        if (!current.isEmpty()) {
            parts.add(String.join(" ", current));
            current.clear();
        }
    }

    /** The name without possessive endings and without edge words that are ordinary words in this article. */
    private String trim(String raw, boolean atStart, Set<String> lowercaseWords) {
        List<String> words = new ArrayList<>(List.of(raw.split("\\s+")));
        int lastWord = words.size() - 1;
        words.set(lastWord, POSSESSIVE.matcher(words.get(lastWord)).replaceAll(""));
        // "an Alder-based firm": the describing word after the hyphen is no part of the name
        Matcher suffix = HYPHEN_SUFFIX.matcher(words.get(lastWord));
        if (suffix.matches() && nameSuffixes.contains(suffix.group(2))) {
            words.set(lastWord, suffix.group(1));
        }
        while (!words.isEmpty() && ordinary(words.get(0), atStart, lowercaseWords)) {
            words.remove(0);
            atStart = false;
            while (!words.isEmpty() && lowerCase(words.get(0))) {
                words.remove(0);
            }
        }
        while (!words.isEmpty() && (lowerCase(words.get(words.size() - 1)) || never(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        // "6th Avenue" is numbered; "his 10th NHL season" and "May 18th" are not
        if (words.size() > 1
                && ORDINAL_WORD.matcher(words.get(0)).matches()
                && !numberedPlaceWords.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    private static boolean lowerCase(String word) {
        return word.equals(word.toLowerCase(Locale.ROOT));
    }

    /** True for a word at the start of a name that is an ordinary word: capitalised only as a sentence's first. */
    private boolean ordinary(String word, boolean atStart, Set<String> lowercaseWords) {
        String lower = word.toLowerCase(Locale.ROOT);
        return never(word) || atStart && (lowercaseWords.contains(lower) || word.length() == 1);
    }

    private boolean never(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        return dateWords.contains(lower)
                || commonWords.contains(lower)
                || functionWords.contains(lower)
                || "i".equals(lower);
    }

    private String type(String name, String text) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        for (String word : words) {
            if (ORGANISATION_WORD_SET.contains(word.replaceAll("\\.$", ""))) {
                return "organization";
            }
        }
        if (words.length > MAX_PERSON_WORDS) {
            return "title";
        }
        if (name.contains("&")) {
            return "organization"; // "AT&T", "Pacific Gas & Electric Co."
        }
        String quoted = Pattern.quote(name);
        boolean organisation = describedAsOrganisation(quoted, text);
        if (!organisation
                && Pattern.compile("\\b(?:in|from)\\s+" + quoted + PLACE_END)
                        .matcher(text)
                        .find()
                && !Pattern.compile(quoted + "(?:\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+ed\\b|['’]s\\b)")
                        .matcher(text)
                        .find()) {
            return "place";
        }
        // "the city of Alder", "the town of Fern Hollow": the kind of place is named before it
        Matcher kindOf =
                Pattern.compile("\\b(\\p{Ll}+)\\s+of\\s+" + quoted + "\\b").matcher(text);
        while (kindOf.find()) {
            if (placeWords.contains(kindOf.group(1))) {
                return "place";
            }
        }
        if (Countries.isCountryName(name)) {
            return "country"; // named, not said to be where something is ("Kazakhstan's Air Astana")
        }
        // "the Alder area", "a Fern Hollow-based provider"
        Matcher placed =
                Pattern.compile("\\b" + quoted + "(?:-|\\s+)(\\p{Ll}+)\\b").matcher(text);
        while (placed.find()) {
            // (a nationality is no place: "a Dutch-based carrier")
            if (placeSuffixes.contains(placed.group(1)) && !Countries.isNationality(name)) {
                return "place";
            }
        }
        // the word before the name and the word after it, each looked at on its own ("harbour master Ana Ruiz
        // acknowledged": the word before matching must not hide the speech verb after)
        Matcher wordBefore = Pattern.compile("\\b(\\w+)\\s+" + quoted + "\\b").matcher(text);
        while (wordBefore.find()) {
            String before = wordBefore.group(1).toLowerCase(Locale.ROOT);
            boolean spoken = speechVerbs.contains(before) && !LISTENER_VERBS.contains(before);
            if (roleWords.contains(before) || words.length > 1 && spoken) {
                return "person";
            }
        }
        Matcher wordAfter = Pattern.compile("\\b" + quoted + "\\s+(\\w+)").matcher(text);
        while (wordAfter.find()) {
            if (words.length > 1 && speechVerbs.contains(wordAfter.group(1).toLowerCase(Locale.ROOT))) {
                return "person";
            }
        }
        if (words.length > 1 && words.length <= MAX_PERSON_WORDS) {
            // "Thomas Zurbuchen, NASA's associate administrator ..., said in the statement"
            Matcher apposition = Pattern.compile(
                            quoted + ",[^.;\"“”]{0," + MAX_APPOSITION_CHARS + "}?\\b(\\w+)\\s+in\\b|" + quoted
                                    + ",[^.;\"“”]{0," + MAX_APPOSITION_CHARS + "}?,\\s+(\\w+)\\b")
                    .matcher(text);
            while (apposition.find()) {
                String verb = (apposition.group(1) != null ? apposition.group(1) : apposition.group(2))
                        .toLowerCase(Locale.ROOT);
                if (speechVerbs.contains(verb) && !LISTENER_VERBS.contains(verb)) {
                    return "person";
                }
            }
        }
        if (words.length > 1) {
            String surname = Pattern.quote(name.substring(name.lastIndexOf(' ') + 1));
            // an age set off after the name or its surname ("Ann Lee, 51, was", "convicting Lee, 51, of") is a person's
            if (Pattern.compile("\\b(?:" + quoted + "|" + surname + "),\\s+\\d{1," + MAX_AGE_DIGITS + "},(?!\\d)")
                    .matcher(text)
                    .find()) {
                return "person";
            }
            Matcher alone = Pattern.compile("(?<![\\p{L}] )\\b" + surname + "\\s+(?:also\\s+)?(\\w+)")
                    .matcher(text);
            while (alone.find()) {
                String verb = alone.group(1).toLowerCase(Locale.ROOT);
                if (speechVerbs.contains(verb) && !LISTENER_VERBS.contains(verb)) {
                    return "person";
                }
            }
        }
        // (after the checks for a person: "Director Michael Bay said" names a person, not a bay)
        if (words.length > 1 && placeWords.contains(words[words.length - 1])) {
            return "place";
        }
        // "the Pinecrest stadium": a building or ground named before its kind, by a name not said to be an
        // organisation's nor written in capitals ("an NFL stadium")
        if (!organisation && !name.equals(name.toUpperCase(Locale.ROOT))) {
            Matcher site = Pattern.compile("\\b" + quoted + "\\s+(\\p{Ll}+)\\b").matcher(text);
            while (site.find()) {
                if (siteNouns.contains(site.group(1))) {
                    return "place";
                }
            }
        }
        // "Orange and Riverside counties": names before a plural place word are places
        Matcher placesAfter = Pattern.compile("\\b" + quoted
                        + "(?:\\s*(?:,|and|or)(?:\\s+\\p{Lu}[\\p{L}.]*)+)*\\s+(\\p{Ll}+)\\b|\\p{Lu}[\\p{L}.]*\\s+(?:and|or)\\s+"
                        + quoted + "\\s+(\\p{Ll}+)\\b")
                .matcher(text);
        while (placesAfter.find()) {
            String after = placesAfter.group(1) != null ? placesAfter.group(1) : placesAfter.group(2);
            if (after.endsWith("s") && placeWords.contains(after)) {
                return "place";
            }
        }
        return organisation ? "organization" : "name";
    }

    /**
     * True when a description set off after the name (or its web address) is headed by a noun for an organisation
     * ("Quillon.com, a Fern Hollow-based provider of sales data"; not "Ann Lee, a former company executive").
     */
    private boolean describedAsOrganisation(String quoted, String text) {
        Matcher described = Pattern.compile(quoted + "(?:\\.[a-z]{2,4})?,\\s+(?:a|an|the)\\s+([^,.;:()\"“”]+)")
                .matcher(text);
        while (described.find()) {
            List<String> words = new ArrayList<>();
            for (String word : described.group(1).strip().split("\\s+")) {
                if (functionWords.contains(word.toLowerCase(Locale.ROOT)) || words.size() > MAX_DESCRIBING_WORDS) {
                    break;
                }
                words.add(word);
            }
            if (!words.isEmpty() && organizationNouns.contains(words.get(words.size() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Adds the lower-case spelling of an all-capital name or short form that is no ordinary word ("nasa"). */
    private void typedInLowerCase(String name, List<String> aliases) {
        List<String> shouted = new ArrayList<>();
        shouted.add(name);
        shouted.addAll(aliases);
        for (String n : shouted) {
            String lower = n.toLowerCase(Locale.ROOT);
            boolean capitals = n.length() >= MIN_LOWER_CASE_ACRONYM_CHARS
                    && n.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                    && n.chars().anyMatch(Character::isLetter);
            if (capitals && !never(n) && !questionWords.contains(lower) && !aliases.contains(lower)) {
                aliases.add(lower);
            }
        }
    }

    /** Short forms given in brackets right after the name: "Large Language Model (LLM)". */
    /** The first letters of a name's capitalised words ("Alder Transit Authority" gives "ATA"). */
    private static String initials(String[] words) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString();
    }

    private static List<String> acronyms(String name, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(
                        Pattern.quote(name) + "(?:\\s+\\p{Ll}+)?\\s*\\(([^()]{1," + MAX_ACRONYM_CHARS + "})\\)")
                .matcher(text);
        while (m.find()) {
            String acronym = m.group(1).strip();
            if (acronym.chars().anyMatch(Character::isUpperCase) && !found.contains(acronym)) {
                found.add(acronym);
            }
        }
        return found;
    }

    private static Set<String> lowercaseWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.split("[^\\p{L}'’]+")) {
            if (!w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT))) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static Set<String> roleWords() {
        Set<String> words = new java.util.HashSet<>(WordList.load(TITLES));
        WordList.phraseList(ROLES).stream().filter(p -> !p.contains(" ")).forEach(words::add);
        return Set.copyOf(words);
    }

    /** A stable id from a name: lower case, words joined by hyphens. */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "entity" : slug;
    }
}
