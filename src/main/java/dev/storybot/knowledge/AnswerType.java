package dev.storybot.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of information a fact can supply, matched against what a question asks for. */
public enum AnswerType {
    PERSON,
    ORGANIZATION,
    PRODUCT,
    NUMBER,
    MONEY,
    PRICE,
    PERCENTAGE,
    DATE,
    PLACE,
    REASON,
    OPINION,
    EVENT;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static AnswerType fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
