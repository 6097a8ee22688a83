package dev.storybot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English words are stemmed as Porter does, except the few the stemmer would merge with words of other meaning. */
class EnglishStemmingTest {

    private final EnglishStemming analyzer = new EnglishStemming();

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        // one word | another | do they share a stem
        "founded, found, false",
        "founding, founded, true",
        "news, new, false",
        "policy, police, false",
        "experiment, experience, false",
        "generation, general, false",
        "layoffs, layoff, true",
        "downloads, downloaded, true",
        "companies, company, true",
        "Orbix's, Orbix, true",
    })
    void should_merge_only_forms_of_one_word(String one, String another, boolean same) throws IOException {
        assertThat(stems(one).equals(stems(another))).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"the, ''", "It is the, ''", "The news of it, news"})
    void should_leave_out_stop_words(String text, String expected) throws IOException {
        assertThat(String.join(" ", stems(text))).isEqualTo(expected);
    }

    private List<String> stems(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("en", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
