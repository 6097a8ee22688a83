package dev.storybot.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Reads a word list resource: words separated by white space or commas, lower-cased; {@code #} lines are comments. */
public final class WordList {

    private WordList() {}

    /**
     * The words of the resource.
     *
     * @throws IllegalStateException when the resource is missing (a packaging error)
     */
    public static Set<String> load(String resource) {
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.strip().startsWith("#")) {
                    continue;
                }
                for (String word : line.split("[\\s,]+")) {
                    if (!word.isBlank()) {
                        words.add(word.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The comma-separated phrases of the resource, lower case, in order.
     *
     * @throws IllegalStateException when the resource is missing (a packaging error)
     */
    public static java.util.List<String> phraseList(String resource) {
        java.util.List<String> phrases = new java.util.ArrayList<>();
        for (String line : lines(resource)) {
            for (String phrase : line.split(",")) {
                if (!phrase.isBlank()) {
                    phrases.add(phrase.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return java.util.List.copyOf(phrases);
    }

    /**
     * The comma-separated phrases of the resource as a pattern matching any of them as whole words, ignoring case.
     *
     * @throws IllegalStateException when the resource is missing (a packaging error)
     */
    public static java.util.regex.Pattern phrases(String resource) {
        java.util.List<String> alternatives = phraseList(resource).stream()
                .map(java.util.regex.Pattern::quote)
                .toList();
        return java.util.regex.Pattern.compile(
                "\\b(?:" + String.join("|", alternatives) + ")\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    }

    /**
     * The resource's lines, stripped, without blank lines and {@code #} comments.
     *
     * @throws IllegalStateException when the resource is missing (a packaging error)
     */
    public static java.util.List<String> lines(String resource) {
        return new String(read(resource), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    /**
     * The resource read as UTF-8 {@code key = value} properties.
     *
     * @throws IllegalStateException when the resource is missing (a packaging error)
     */
    public static java.util.Properties properties(String resource) {
        java.util.Properties properties = new java.util.Properties();
        try {
            properties.load(new java.io.StringReader(new String(read(resource), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }

    private static byte[] read(String resource) {
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
