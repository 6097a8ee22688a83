package dev.storybot.slack;

import java.util.Locale;
import java.util.Set;

/**
 * The text after {@code /ask}, split into the question and the privacy switch.
 *
 * <p>A leading {@code -p} or {@code --private} makes the answer visible only to the asker; otherwise it is posted in
 * the channel with the question quoted. Example: {@code "-p who won?"} is the private question {@code "who won?"}.
 *
 * @param question the question as typed, without the switch; may be blank
 * @param privately true when only the asker should see the answer
 */
record AskCommand(String question, boolean privately) {

    private static final Set<String> PRIVATE_SWITCHES = Set.of("-p", "--private");

    /** Parses the slash command text (already decoded to plain text). */
    static AskCommand parse(String text) {
        String rest = text == null ? "" : text.strip();
        int space = indexOfWhitespace(rest);
        String first = space < 0 ? rest : rest.substring(0, space);
        if (PRIVATE_SWITCHES.contains(first.toLowerCase(Locale.ROOT))) {
            return new AskCommand(space < 0 ? "" : rest.substring(space).strip(), true);
        }
        return new AskCommand(rest, false);
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
