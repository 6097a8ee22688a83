package dev.storybot.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How firmly the article states a fact; answers keep this hedge. */
public enum Certainty {
    /** The article states it as fact. */
    STATED,
    /** Someone named said it (a quote or a claim). */
    SAID,
    /** The article says it was reported. */
    REPORTED,
    /** The article says it is suspected. */
    SUSPECTED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Certainty fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
