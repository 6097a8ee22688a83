package dev.storybot.answering;

import dev.storybot.core.Language;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that finds the time a question pins what it asks to ("last year", "去年", "작년"):
 * only a fact naming the same time answers it. The cues are a language resource.
 */
final class TimeQualifiers {

    /** The cue file (see its header for the format). */
    static final String RESOURCE = "/language/time-qualifiers.txt";

    /** Cue names starting so list the ways of naming one time. */
    private static final String SAME_TIME = "same-";

    private static final Map<String, Pattern> CUES = CueFile.load(RESOURCE);

    /** The time the question names, as written (lower case), if it names one. */
    Optional<String> in(String question, Language language) {
        Pattern cue = CUES.get(language.name().toLowerCase(Locale.ROOT));
        if (cue == null) {
            return Optional.empty();
        }
        Matcher m = cue.matcher(question);
        return m.find() ? Optional.of(m.group().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Cue name of the ways a question pins what it asks to now ("this time around", "这次", "이번에"). */
    private static final String PRESENT = "present";
    /** Cue names of the words tying a time to its question, before it ("in 2023") and after it ("작년에"). */
    private static final String JOINED_BEFORE = "joined-before";

    private static final String JOINED_AFTER = "joined-after";

    /** Every way a question names a time, now included: the cues that are no tying words. */
    private static final List<Pattern> TIMES = CUES.entrySet().stream()
            .filter(cue -> !cue.getKey().equals(JOINED_BEFORE) && !cue.getKey().equals(JOINED_AFTER))
            .map(Map.Entry::getValue)
            .toList();

    /** Cue name of the times an English sentence may name, the story's facts being English. */
    private static final String ENGLISH_TIMES = "en";

    /**
     * {@code earlier} without the times it names, when {@code followUp} names one ("and last year?" after "how many so
     * far this year"): the follow-up asks the earlier question of its own time.
     */
    static String withTimeOf(String earlier, String followUp) {
        if (TIMES.stream().noneMatch(time -> time.matcher(followUp).find())) {
            return earlier;
        }
        String without = earlier;
        for (Pattern time : TIMES) {
            Matcher m = time.matcher(without);
            StringBuilder kept = new StringBuilder();
            int end = 0;
            while (m.find()) {
                // "sold in 2023" loses "in" too, "작년에" its "에"
                String before = without.substring(end, m.start());
                Matcher tie = CUES.get(JOINED_BEFORE).matcher(before);
                kept.append(tie.find() ? before.substring(0, tie.start()) : before);
                Matcher after = CUES.get(JOINED_AFTER).matcher(without.substring(m.end()));
                end = m.end() + (after.find() ? after.end() : 0);
            }
            kept.append(without.substring(end));
            without = kept.toString();
        }
        return without.replaceAll("\\s{2,}", " ")
                .replaceAll("\\s+([?？!.,])", "$1")
                .strip();
    }

    /** True when the question asks about now ("how many lose power this time around") and names no other time. */
    boolean asksPresent(String question, Language language) {
        return in(question, language).isEmpty()
                && CUES.get(PRESENT).matcher(question).find();
    }

    /** True when an English fact names a time other than now ("one last month", "in 2018", "a year ago"). */
    static boolean namesAnotherTime(String factText) {
        return CUES.get(ENGLISH_TIMES).matcher(factText).find();
    }

    /** True when {@code factText} names the time {@code time}. */
    static boolean names(String factText, String time) {
        String text = factText.toLowerCase(Locale.ROOT);
        if (text.contains(time)) {
            return true;
        }
        // "last year" is named by "a year ago" too
        return CUES.entrySet().stream()
                .filter(cue -> cue.getKey().startsWith(SAME_TIME))
                .map(Map.Entry::getValue)
                .anyMatch(same ->
                        same.matcher(time).matches() && same.matcher(text).find());
    }
}
