package dev.storybot.knowledge;

import dev.storybot.core.WordList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The countries and regions people name, by the words typed for them (a language resource, see its header). */
public final class Countries {

    /** One place per line: its names, other words and language words (see the resource's header). */
    public static final String RESOURCE = "/language/en/countries.txt";
    /** Words before a country's name that keep it a country ("South Korea"): a language resource. */
    static final String QUALIFIERS_RESOURCE = "/language/en/country-qualifiers.txt";

    private static final String CAPITALISED_ONLY = "^";

    /**
     * One place.
     *
     * @param names         the place's own names ("japan")
     * @param words         its adjective and people ("koreans"), not naming a language
     * @param languageWords its adjective where that also names a language ("japanese")
     * @param capitalised   the words that count only capitalised, being ordinary words too ("turkey")
     */
    public record Place(Set<String> names, Set<String> words, Set<String> languageWords, Set<String> capitalised) {

        /** Every word for the place. */
        public Set<String> all() {
            Set<String> all = new java.util.HashSet<>(names);
            all.addAll(words);
            all.addAll(languageWords);
            return all;
        }
    }

    private static final List<Place> PLACES = load();
    private static final Set<String> QUALIFIERS = WordList.load(QUALIFIERS_RESOURCE);

    private Countries() {}

    /** Every place the resource lists. */
    public static List<Place> places() {
        return PLACES;
    }

    /** True for "Dutch", "Koreans": a word for a country's people or things, not its name. */
    public static boolean isNationality(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return PLACES.stream()
                .anyMatch(p -> p.words().contains(lower) || p.languageWords().contains(lower));
    }

    /** True for "Japan", "South Korea", "the UK": a country's own name after words that keep it one. */
    public static boolean isCountryName(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).replaceAll("[.’']", "").split("\\s+");
        String last = words[words.length - 1];
        return PLACES.stream().anyMatch(p -> p.names().contains(last))
                && Arrays.stream(words, 0, words.length - 1).allMatch(QUALIFIERS::contains);
    }

    private static List<Place> load() {
        List<Place> places = new ArrayList<>();
        for (String line : WordList.lines(RESOURCE)) {
            String[] parts = line.split("[:|]", -1);
            Set<String> capitalised = new java.util.HashSet<>();
            List<Set<String>> fields = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Set<String> field = new java.util.HashSet<>();
                for (String word : (i < parts.length ? parts[i] : "").strip().split("\\s+")) {
                    if (word.startsWith(CAPITALISED_ONLY)) {
                        word = word.substring(CAPITALISED_ONLY.length());
                        capitalised.add(word);
                    }
                    if (!word.isEmpty()) {
                        field.add(word);
                    }
                }
                fields.add(Set.copyOf(field));
            }
            places.add(new Place(fields.get(0), fields.get(1), fields.get(2), Set.copyOf(capitalised)));
        }
        return List.copyOf(places);
    }
}
