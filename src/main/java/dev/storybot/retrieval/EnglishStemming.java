package dev.storybot.retrieval;

import dev.storybot.core.WordList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's English analysis (possessives, lower case, stop words, Porter stems) with the stems of a few words fixed
 * by a language resource, so that words the stemmer would merge ("founded" and "found") stay apart.
 */
final class EnglishStemming extends Analyzer {

    /** The fixed stems (see its header for the format). */
    static final String OVERRIDES_RESOURCE = "/language/en/stem-overrides.txt";

    private final StemmerOverrideFilter.StemmerOverrideMap overrides = overrides();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        result = new StemmerOverrideFilter(result, overrides); // marks its words so that Porter leaves them alone
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap overrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        for (String line : WordList.lines(OVERRIDES_RESOURCE)) {
            String[] stemAndForms = line.split(":", 2);
            if (stemAndForms.length < 2) {
                throw new IllegalStateException(OVERRIDES_RESOURCE + ": no colon in \"" + line + "\"");
            }
            String stem = stemAndForms[0].strip().toLowerCase(Locale.ROOT);
            for (String form : stemAndForms[1].strip().split("\\s+")) {
                builder.add(form.toLowerCase(Locale.ROOT), stem);
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building the stem overrides failed", e);
        }
    }
}
