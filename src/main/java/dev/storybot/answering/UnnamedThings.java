package dev.storybot.answering;

import dev.storybot.core.Language;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that tells when a question asks which one of something ("what podcast was he on")
 * that a fact only mentions without naming it ("said on a podcast"): such a fact does not answer it. The cues are a
 * language resource.
 */
final class UnnamedThings {

    /** The cue file (see its header for the format). */
    static final String RESOURCE = "/language/unnamed.txt";
    /** Where the unnamed form puts the asked noun. */
    private static final String NOUN = "NOUN";
    /** The cue for a name given right after the mention ("an opinion article titled ..."). */
    private static final String NAMED_AFTER = "named-after";
    /** The cue for a copula right before the mention, which names the thing as the sentence's subject. */
    private static final String NAMED_BEFORE = "named-before";

    private static final Map<String, Pattern> CUES = CueFile.load(RESOURCE);
    /** Words that are no noun a question can ask which one of ("that", "those"). */
    private static final java.util.Set<String> FUNCTION_WORDS =
            dev.storybot.core.WordList.load(QuestionCues.FUNCTION_WORDS_RESOURCE);
    /** A name right after the mention ("one of his investments, Harbour Labs"): the thing is named after all. */
    private static final Pattern NAME_AFTER = Pattern.compile(",?\\s+(?:called\\s+|named\\s+)?\\p{Lu}");

    private static final Map<String, String> UNNAMED = CueFile.sources(RESOURCE);

    /** The noun a question asks "which one" of, if it asks so. */
    Optional<String> askedNoun(String question, Language language) {
        Pattern asked = CUES.get(code(language) + ".asked");
        if (asked == null) {
            return Optional.empty();
        }
        Matcher m = asked.matcher(question.toLowerCase(Locale.ROOT));
        while (m.find()) {
            // "what that is worth" (a question read word by word through a glossary) asks no noun
            if (!FUNCTION_WORDS.contains(m.group("noun"))) {
                return Optional.of(m.group("noun"));
            }
        }
        return Optional.empty();
    }

    /** True when the question asks which one of someone's several things ("which of his companies"). */
    boolean asksOneOfSeveral(String question, Language language) {
        Pattern asked = CUES.get(code(language) + ".asked-one-of");
        return asked != null && asked.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /** True when {@code factText} mentions one of someone's several things without naming it ("one of his investments"). */
    boolean mentionsOneOfSeveral(String factText, Language language) {
        Pattern oneOf = CUES.get(code(language) + ".one-of");
        if (oneOf == null) {
            return false;
        }
        Matcher m = oneOf.matcher(factText);
        while (m.find()) {
            if (!NAME_AFTER.matcher(factText).region(m.end(), factText.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code factText} mentions {@code noun} only without naming it ("a podcast", "一档播客"). */
    boolean onlyUnnamed(String factText, String noun, Language language) {
        String form = UNNAMED.get(code(language) + ".unnamed");
        if (form == null) {
            return false;
        }
        String lower = factText.toLowerCase(Locale.ROOT);
        Pattern unnamed = Pattern.compile(
                "(?<!" + UNNAMED.get(NAMED_BEFORE) + ")(?:" + form.replace(NOUN, Pattern.quote(noun)) + ")(?!"
                        + UNNAMED.get(NAMED_AFTER) + ")",
                Pattern.UNICODE_CASE);
        int without = 0;
        Matcher m = unnamed.matcher(lower);
        while (m.find()) {
            // "a European Space Agency research fellow": a capital on the noun makes it part of a name
            int at = m.end() - noun.length();
            boolean capital = lower.length() == factText.length() && Character.isUpperCase(factText.charAt(at));
            without += capital ? 0 : 1;
        }
        // mentioned once without a name, and never otherwise ("the podcast", "Podcast X")
        int all = count(Pattern.compile(Pattern.quote(noun)), lower);
        return without > 0 && without >= all;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String code(Language language) {
        return language.name().toLowerCase(Locale.ROOT);
    }
}
