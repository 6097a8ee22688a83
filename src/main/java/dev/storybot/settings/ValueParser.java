package dev.storybot.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one parser of configuration values: text, whole numbers, seconds, URLs and Discord ids. Every error is one line
 * of the form {@code NAME must be WHAT, was 'VALUE'}, naming the variable and the bad value.
 */
final class ValueParser {

    /** Longest a Discord id (a 64-bit snowflake) can be, in decimal digits. */
    static final int MAX_SNOWFLAKE_DIGITS = 20;

    private final Map<String, String> values;

    /** Parses {@code values}, the merged configuration (see {@link SettingsReader} for its precedence). */
    ValueParser(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The value without surrounding white space, or null when unset or blank. */
    String text(Variable variable) {
        String raw = values.get(variable.name());
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** The value, or {@code fallback} when unset or blank. */
    String text(Variable variable, String fallback) {
        return Optional.ofNullable(text(variable)).orElse(fallback);
    }

    /** True when the variable has a non-blank value. */
    boolean isSet(Variable variable) {
        return text(variable) != null;
    }

    /**
     * A whole number from {@code min} to {@code max}, or {@code fallback} when unset.
     *
     * @param what how the error message describes the expected value, e.g. "a port number from 0 to 65535"
     */
    int wholeNumber(Variable variable, int fallback, int min, int max, String what) {
        String value = text(variable);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(variable, what, value);
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when unset. */
    int wholeNumber(Variable variable, int fallback, int min, int max) {
        return wholeNumber(variable, fallback, min, max, "a whole number from " + min + " to " + max);
    }

    /** A TCP port (0 picks a free one), or {@code fallback} when unset. */
    int port(Variable variable, int fallback) {
        return wholeNumber(
                variable, fallback, 0, SettingsReader.MAX_PORT, "a port number from 0 to " + SettingsReader.MAX_PORT);
    }

    /** A whole number of seconds from {@code minSeconds} to {@code maxSeconds}, or {@code fallbackSeconds}. */
    Duration seconds(Variable variable, int fallbackSeconds, int minSeconds, int maxSeconds) {
        return Duration.ofSeconds(wholeNumber(
                variable,
                fallbackSeconds,
                minSeconds,
                maxSeconds,
                "a whole number of seconds from " + minSeconds + " to " + maxSeconds));
    }

    /** An absolute URL with a host and one of {@code schemes}, or {@code fallback} when unset. */
    URI url(Variable variable, URI fallback, String... schemes) {
        String value = text(variable);
        if (value == null) {
            return fallback;
        }
        String what = "an absolute " + String.join(" or ", schemes) + " URL";
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(variable, what, value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !List.of(schemes).contains(scheme)) {
            throw invalid(variable, what, value);
        }
        return uri;
    }

    /** A Discord id (digits only), or null when unset. */
    String snowflake(Variable variable) {
        String value = text(variable);
        if (value == null) {
            return null;
        }
        if (!isSnowflake(value)) {
            throw invalid(variable, "a numeric Discord id (right-click > Copy ID)", value);
        }
        return value;
    }

    static boolean isSnowflake(String value) {
        return !value.isEmpty()
                && value.length() <= MAX_SNOWFLAKE_DIGITS
                && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The one error message format: {@code NAME must be WHAT, was 'VALUE'}. */
    static IllegalArgumentException invalid(Variable variable, String what, String value) {
        return new IllegalArgumentException(variable + " must be " + what + ", was '" + value + "'");
    }
}
