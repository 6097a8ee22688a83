package dev.storybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {

    private static final int LIMIT = 60;

    static Stream<Arguments> paragraphs() {
        return Stream.of(
                Arguments.of("It ended Dec. 28. Shares rose.", List.of("It ended Dec. 28.", "Shares rose.")),
                Arguments.of(
                        "The U.S. Treasury agreed. J. Smith did not.",
                        List.of("The U.S. Treasury agreed.", "J. Smith did not.")),
                Arguments.of(
                        "\"We won,\" she said. Then she left.", List.of("\"We won,\" she said.", "Then she left.")),
                // a quotation ending in "!" or "?" goes on when the next word is lower case: the speaker follows
                Arguments.of(
                        "\"We got her!\" officers said. \"Why?\" he asked.",
                        List.of("\"We got her!\" officers said.", "\"Why?\" he asked.")),
                Arguments.of("Who won? Nobody knows.", List.of("Who won?", "Nobody knows.")),
                // only a quotation's speaker goes on: a question answered in lower case is two sentences
                Arguments.of("Who won the bid? eBay did.", List.of("Who won the bid?", "eBay did.")),
                Arguments.of(
                        "The first clause runs on for quite a while here; the second clause also runs on for a while.",
                        List.of(
                                "The first clause runs on for quite a while here",
                                "the second clause also runs on for a while.")));
    }

    @ParameterizedTest
    @MethodSource("paragraphs")
    void should_split_at_sentence_ends_but_not_after_abbreviations_and_cut_long_sentences_at_clauses(
            String paragraph, List<String> expected) {
        assertThat(new SentenceSplitter(LIMIT).split(paragraph)).containsExactlyElementsOf(expected);
    }
}
