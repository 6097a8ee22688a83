package dev.storybot.answering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that recognises small talk: a message made only of greetings, thanks,
 * acknowledgements, requests for help or questions about the bot itself, in any language the cue resource lists.
 */
final class SmallTalk {

    /** What kind of small talk a message is. */
    enum Kind {
        /** "hi", "你好". */
        GREETING,
        /** "thanks!", "고마워". */
        THANKS,
        /** "ok", "got it". */
        ACK,
        /** "what can you do?". */
        HELP,
        /** "are you a bot?". */
        IDENTITY;

        /** True for the kinds answered with a short "you're welcome" rather than the introduction. */
        boolean welcome() {
            return this == THANKS || this == ACK;
        }
    }

    /** The cue file (see its header for the format). */
    static final String CUES_RESOURCE = "/language/small-talk.txt";
    /** The cue name of words that may surround small talk without making it a question. */
    static final String FILLER = "filler";

    /**
     * Small talk is short; longer messages are questions (and a bound keeps matching the patterns cheap, since
     * their phrases may overlap).
     */
    static final int MAX_WORDS = 12;

    /** Emoji, symbols and punctuation carry no words; apostrophes are kept for "what's". */
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}\\s'’]+");

    private static final Pattern SPACE = Pattern.compile("\\s+");
    /**
     * Between two phrases: spaces, or nothing after Chinese, Japanese or Korean, which join words without spaces
     * ("好的谢谢").
     */
    private static final String BETWEEN = "(?:\\s+|(?<=[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}]))";

    private static final List<Map.Entry<Kind, Pattern>> WHOLE = wholeMessagePatterns();

    /** The kind of small talk {@code text} is, or empty when it says anything else. */
    Optional<Kind> classify(String text) {
        String words = SPACE.matcher(
                        NOT_WORDS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" "))
                .replaceAll(" ")
                .strip()
                .replace('’', '\'');
        if (words.isEmpty() || words.split(" ").length > MAX_WORDS) {
            return Optional.empty();
        }
        return WHOLE.stream()
                .filter(entry -> entry.getValue().matcher(words).matches())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * For each kind, a pattern matching a whole message made of that kind's phrases, any other small talk and
     * filler words; kinds asking for the introduction are tried first, so "hi, what can you do" gets it.
     */
    private static List<Map.Entry<Kind, Pattern>> wholeMessagePatterns() {
        Map<String, Pattern> cues = CueFile.load(CUES_RESOURCE);
        List<String> all = new ArrayList<>();
        cues.values().forEach(p -> all.add(p.pattern()));
        String any = "(?:" + String.join("|", all) + ")";
        List<Map.Entry<Kind, Pattern>> whole = new ArrayList<>();
        for (Kind kind : List.of(Kind.HELP, Kind.IDENTITY, Kind.GREETING, Kind.THANKS, Kind.ACK)) {
            Pattern own = cues.get(kind.name().toLowerCase(Locale.ROOT));
            if (own == null) {
                continue;
            }
            String phrase = "(?:" + own.pattern() + ")";
            whole.add(Map.entry(
                    kind,
                    Pattern.compile(
                            "(?:" + any + BETWEEN + ")*" + phrase + "(?:" + BETWEEN + any + ")*", own.flags())));
        }
        return List.copyOf(whole);
    }
}
