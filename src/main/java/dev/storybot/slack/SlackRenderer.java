package dev.storybot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.TextSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders answers as Slack Block Kit messages: the answer in sections, citations and the note in context blocks,
 * then 👍/👎 buttons; every piece of user or answer text is escaped, and Slack's size limits are kept by splitting.
 */
public final class SlackRenderer {

    /** Slack's limit on a section block's text, in characters. */
    public static final int MAX_SECTION_CHARS = 3_000;
    /** Slack's limit on blocks in one message. */
    public static final int MAX_BLOCKS_PER_MESSAGE = 50;
    /** Slack's limit on the text of one context block element, in characters. */
    public static final int MAX_CONTEXT_ELEMENT_CHARS = 2_000;
    /** Slack's limit on elements in one context block. */
    public static final int MAX_CONTEXT_ELEMENTS = 10;
    /** Longest question, in characters, quoted above an answer; longer ones are shortened with an ellipsis. */
    public static final int MAX_QUOTED_QUESTION_CHARS = 500;
    /** Action id of the 👍 button. */
    public static final String ACTION_FEEDBACK_UP = "feedback_up";
    /** Action id of the 👎 button. */
    public static final String ACTION_FEEDBACK_DOWN = "feedback_down";

    private static final String ELLIPSIS = "…";
    private static final String FEEDBACK_FALLBACK = "Was this answer helpful?";
    private static final String EMPTY_ANSWER = "(no answer)";

    private SlackRenderer() {}

    /**
     * Renders an answer as one or more messages (more than one only when it needs over
     * {@link #MAX_BLOCKS_PER_MESSAGE} blocks; the buttons are then in the last one).
     *
     * @param quotedQuestion the question to quote above the answer, or null to quote nothing
     * @param answer         the answer to show
     * @param answerId       the feedback id for the 👍/👎 buttons, or null to show no buttons
     */
    public static List<SlackMessage> answer(String quotedQuestion, Answer answer, String answerId) {
        List<Piece> pieces = new ArrayList<>();
        if (quotedQuestion != null && !quotedQuestion.isBlank()) {
            pieces.add(new Piece(section(quote(quotedQuestion)), null));
        }
        List<String> answerChunks = splitEscaped(answer.text(), MAX_SECTION_CHARS);
        if (answerChunks.isEmpty()) {
            answerChunks = List.of(EMPTY_ANSWER);
        }
        for (String chunk : answerChunks) {
            pieces.add(new Piece(section(chunk), chunk));
        }
        pieces.addAll(contextPieces(citationTexts(answer)));
        answer.optionalNote()
                .filter(note -> !note.isBlank())
                .ifPresent(note -> pieces.addAll(contextPieces(splitEscaped(note, MAX_CONTEXT_ELEMENT_CHARS))));
        if (answerId != null) {
            pieces.add(new Piece(feedbackButtons(answerId), null));
        }
        return paginate(pieces);
    }

    /** A message showing text still being generated, with an ellipsis to say more is coming. */
    public static SlackMessage partial(String partialText) {
        List<String> chunks = splitEscaped(partialText, MAX_SECTION_CHARS - ELLIPSIS.length() - 1);
        String shown = (chunks.isEmpty() ? "" : chunks.get(0) + " ") + ELLIPSIS;
        return new SlackMessage(shown, List.of(section(shown)));
    }

    /** A short message from the bot, e.g. a rate-limit notice; escaped like any other text. */
    public static SlackMessage notice(String text) {
        List<String> chunks = splitEscaped(text, MAX_SECTION_CHARS);
        String shown = chunks.isEmpty() ? ELLIPSIS : chunks.get(0);
        return new SlackMessage(shown, List.of(section(shown)));
    }

    /**
     * Escapes {@code raw} and splits it into chunks of at most {@code maxChars} characters after escaping, at the
     * boundaries {@link TextSplitter} prefers; an escape sequence is never cut in half.
     */
    static List<String> splitEscaped(String raw, int maxChars) {
        return splitEscaped(raw, maxChars, maxChars);
    }

    private static List<String> splitEscaped(String raw, int rawLimit, int maxChars) {
        List<String> out = new ArrayList<>();
        for (String chunk : TextSplitter.split(raw, rawLimit)) {
            String escaped = SlackMarkup.escape(chunk);
            if (escaped.length() <= maxChars) {
                out.add(escaped);
            } else {
                // escaping made it longer: split this chunk again, proportionally smaller
                int smaller = (int) ((long) chunk.length() * maxChars / escaped.length()) - 1;
                out.addAll(splitEscaped(chunk, smaller, maxChars));
            }
        }
        return out;
    }

    private static String quote(String question) {
        String oneLine = question.strip().replaceAll("\\s+", " ");
        if (oneLine.length() > MAX_QUOTED_QUESTION_CHARS) {
            int cut = MAX_QUOTED_QUESTION_CHARS;
            if (Character.isHighSurrogate(oneLine.charAt(cut - 1))) {
                cut--;
            }
            oneLine = oneLine.substring(0, cut) + ELLIPSIS;
        }
        return "> " + SlackMarkup.escape(oneLine);
    }

    private static List<String> citationTexts(Answer answer) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < answer.citations().size(); c++) {
            Citation citation = answer.citations().get(c);
            String prefix = answer.citationLabel(c) + "¶" + citation.paragraph() + " ";
            List<String> parts =
                    splitEscaped("“" + citation.quote().strip() + "”", MAX_CONTEXT_ELEMENT_CHARS - prefix.length());
            for (int i = 0; i < parts.size(); i++) {
                texts.add(i == 0 ? prefix + parts.get(i) : parts.get(i));
            }
        }
        return texts;
    }

    private static List<Piece> contextPieces(List<String> elementTexts) {
        List<Piece> pieces = new ArrayList<>();
        for (int from = 0; from < elementTexts.size(); from += MAX_CONTEXT_ELEMENTS) {
            List<String> group = elementTexts.subList(from, Math.min(elementTexts.size(), from + MAX_CONTEXT_ELEMENTS));
            List<ContextBlockElement> elements = new ArrayList<>();
            for (String text : group) {
                elements.add(mrkdwn(text));
            }
            pieces.add(new Piece(ContextBlock.builder().elements(elements).build(), group.get(0)));
        }
        return pieces;
    }

    private static LayoutBlock feedbackButtons(String answerId) {
        return ActionsBlock.builder()
                .elements(List.of(
                        button(ACTION_FEEDBACK_UP, "👍", answerId), button(ACTION_FEEDBACK_DOWN, "👎", answerId)))
                .build();
    }

    private static ButtonElement button(String actionId, String label, String value) {
        return ButtonElement.builder()
                .actionId(actionId)
                .text(PlainTextObject.builder().text(label).emoji(true).build())
                .value(value)
                .build();
    }

    private static SectionBlock section(String escapedText) {
        return SectionBlock.builder().text(mrkdwn(escapedText)).build();
    }

    /** Verbatim, so Slack does not auto-link names or parse mentions in the (already escaped) text. */
    private static MarkdownTextObject mrkdwn(String escapedText) {
        return MarkdownTextObject.builder().text(escapedText).verbatim(true).build();
    }

    private static List<SlackMessage> paginate(List<Piece> pieces) {
        List<SlackMessage> messages = new ArrayList<>();
        for (int from = 0; from < pieces.size(); from += MAX_BLOCKS_PER_MESSAGE) {
            List<Piece> page = pieces.subList(from, Math.min(pieces.size(), from + MAX_BLOCKS_PER_MESSAGE));
            String fallback = page.stream()
                    .map(Piece::fallback)
                    .filter(text -> text != null)
                    .findFirst()
                    .orElse(FEEDBACK_FALLBACK);
            messages.add(
                    new SlackMessage(fallback, page.stream().map(Piece::block).toList()));
        }
        return messages;
    }

    /**
     * A block plus the text to use as the message fallback if it is the first such block in its message, or null
     * (the fallback is therefore never longer than a section or context element).
     */
    private record Piece(LayoutBlock block, String fallback) {}
}
