package dev.storybot.retrieval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spelling stage: a lower-case word of an English question that the story does not use and that is no everyday
 * English word ("maintenence", "quarantened") is read as the story's word it is a slip away from, so that the gate,
 * the embedding and every cue after this stage see the word meant.
 */
public final class Misspellings {

    /**
     * The word-piece vocabulary of the embedding model shipped with the bot: its whole words are some 20,000 everyday
     * English words, which are never taken for slips.
     */
    static final String VOCABULARY = "/all-minilm-l6-v2-q-tokenizer.json";

    /** Words shorter than this have too many neighbours one edit away to guess which was meant. */
    static final int MIN_WORD_LENGTH = 5;

    /** Endings an everyday word may carry and still be that word ("layoffs", "quarantined"): stripped to look it up. */
    private static final String[] ENDINGS = {"s", "es", "ed", "d", "ing", "ly", "er", "ers"};

    private static final Pattern WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Ll}{" + MIN_WORD_LENGTH + ",}(?![\\p{L}\\p{N}'’-])");
    private static final Logger LOG = LoggerFactory.getLogger(Misspellings.class);
    private static CompletableFuture<Set<String>> loading;

    private final LexicalRanker lexical;

    public Misspellings(LexicalRanker lexical) {
        this.lexical = lexical;
    }

    /**
     * Starts reading the vocabulary on a background thread, once per process, so that start-up need not wait for it;
     * the first question waits if it is not read yet.
     */
    public static synchronized CompletableFuture<Set<String>> preload() {
        if (loading == null) {
            loading = CompletableFuture.supplyAsync(Misspellings::load);
        }
        return loading;
    }

    /** {@code text} with each slip spelt as the story spells the word; unchanged when the vocabulary is missing. */
    public String spelledOut(String text) {
        if (preload().join().isEmpty()) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder spelled = new StringBuilder();
        int from = 0;
        while (m.find()) {
            String word = m.group();
            if (everyday(word)) {
                continue;
            }
            java.util.Optional<String> meant = lexical.storySpelling(word);
            if (meant.isPresent()) {
                spelled.append(text, from, m.start()).append(meant.get());
                from = m.end();
            }
        }
        return from == 0 ? text : spelled.append(text.substring(from)).toString();
    }

    /** True for an everyday English word, with or without a common ending. */
    static boolean everyday(String word) {
        Set<String> everyday = preload().join();
        if (everyday.contains(word)) {
            return true;
        }
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && everyday.contains(word.substring(0, word.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The vocabulary's whole words of letters only, read as a stream (the file also holds the model's settings). */
    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Misspellings.class.getResourceAsStream(VOCABULARY)) {
            if (in == null) {
                LOG.warn("No vocabulary {} on the class path: question words are not spell-checked", VOCABULARY);
                return Set.of();
            }
            // thirty thousand names read once: interning them in the parser's symbol table would cost more than the
            // read
            JsonFactory json = JsonFactory.builder()
                    .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                    .build();
            try (JsonParser parser = json.createParser(in)) {
                while (parser.nextToken() != null) {
                    if (parser.currentToken() == JsonToken.FIELD_NAME
                            && "vocab".equals(parser.currentName())
                            && parser.nextToken() == JsonToken.START_OBJECT) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String piece = parser.currentName();
                            parser.nextToken();
                            if (piece.chars().allMatch(Character::isLetter)) {
                                words.add(piece);
                            }
                        }
                        break;
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("The vocabulary {} could not be read: question words are not spell-checked", VOCABULARY, e);
            return Set.of();
        }
        return Set.copyOf(words);
    }
}
