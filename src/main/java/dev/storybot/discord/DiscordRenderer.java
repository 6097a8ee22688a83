package dev.storybot.discord;

import dev.storybot.chat.ChatService;
import dev.storybot.chat.ChatTexts;
import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.Paragraph;
import dev.storybot.core.StoryBrief;
import dev.storybot.core.TextSplitter;
import java.util.List;
import java.util.regex.Pattern;

/** Turns answers and story texts into Discord messages of at most {@link #MAX_MESSAGE_CHARS} characters each. */
public final class DiscordRenderer {

    /** Discord's limit on the content of one message. */
    public static final int MAX_MESSAGE_CHARS = 2_000;

    private static final String ZERO_WIDTH_SPACE = "\u200B";
    private static final Pattern MASS_MENTION = Pattern.compile("@(everyone|here)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private DiscordRenderer() {}

    /**
     * An answer as messages: the text, then one {@code > quote (¶N)} line per citation, then the note in italics.
     *
     * <p>Example: {@code "It sold 3 million units.\n\n> sold 3 million units (¶2)"}.
     */
    public static List<String> answer(Answer answer) {
        StringBuilder text = new StringBuilder(answer.text().strip());
        if (!answer.citations().isEmpty()) {
            text.append("\n");
            for (int i = 0; i < answer.citations().size(); i++) {
                Citation citation = answer.citations().get(i);
                text.append("\n> ")
                        .append(answer.citationLabel(i))
                        .append(LINE_BREAKS.matcher(citation.quote().strip()).replaceAll(" "))
                        .append(" (¶")
                        .append(citation.paragraph())
                        .append(')');
            }
        }
        answer.optionalNote()
                .filter(note -> !note.isBlank())
                .ifPresent(note -> text.append("\n\n_").append(note.strip()).append('_'));
        return split(text.toString());
    }

    /** Text streamed so far, cut to fit one message. */
    public static String partial(String text) {
        String safe = neutralise(text.strip());
        if (safe.length() <= MAX_MESSAGE_CHARS) {
            return safe.isEmpty() ? "…" : safe;
        }
        int cut = MAX_MESSAGE_CHARS - 1;
        if (Character.isHighSurrogate(safe.charAt(cut - 1))) {
            cut--;
        }
        return safe.substring(0, cut) + "…";
    }

    /** {@code /story}: the headline, the summary with its key numbers and where the article comes from. */
    public static List<String> story(StoryBrief story) {
        return split("**" + story.title().strip() + "**\n\n" + story.summary().strip() + "\n\n" + sourceLine(story));
    }

    /** {@code /sources}: the source line, the article's address and its numbered paragraphs. */
    public static List<String> sources(StoryBrief story) {
        StringBuilder text = new StringBuilder(sourceLine(story));
        for (Paragraph paragraph : story.paragraphs()) {
            text.append("\n\n**[")
                    .append(paragraph.number())
                    .append("]** ")
                    .append(paragraph.text().strip());
        }
        return split(text.toString());
    }

    /** {@code /help}: what the bot does, how to ask and some example questions. */
    public static List<String> help(StoryBrief story) {
        StringBuilder text = new StringBuilder()
                .append("I answer questions about one news story: **")
                .append(story.title().strip())
                .append("**.\n")
                .append("Every answer quotes the article, with paragraph numbers (¶). ")
                .append("If the story does not say, I tell you so.\n\n")
                .append("**How to ask**\n")
                .append("• `/ask question:` (add `private:True` to see the answer alone)\n")
                .append("• mention me in a channel; in a thread where I answered, just keep asking\n")
                .append("• send me a direct message\n\n")
                .append("**Commands**\n")
                .append("• `/story` a short summary with the key numbers\n")
                .append("• `/sources` the article's source and paragraphs\n")
                .append("• `/help` this text\n");
        if (!story.exampleQuestions().isEmpty()) {
            text.append("\n**Try**\n");
            for (String question : story.exampleQuestions()) {
                text.append("• ").append(question.strip()).append('\n');
            }
        }
        text.append("\nRate answers with 👍 or 👎 so they can be improved.");
        return split(text.toString());
    }

    /** A reply as messages: the answer with its vote buttons' id, or the failure notice. */
    static DiscordMessages.Reply reply(ChatService.Reply reply) {
        return reply.failed()
                ? new DiscordMessages.Reply(List.of(ChatTexts.FAILURE), null)
                : new DiscordMessages.Reply(answer(reply.answer()), reply.answerId());
    }

    /**
     * Breaks {@code @everyone} and {@code @here} with a zero-width space so they cannot ping even if the allowed
     * mentions were ever lost.
     */
    public static String neutralise(String text) {
        return MASS_MENTION.matcher(text).replaceAll("@" + ZERO_WIDTH_SPACE + "$1");
    }

    private static String sourceLine(StoryBrief story) {
        String source = "Source: " + story.sourceLine().strip();
        return story.url() == null || story.url().isBlank()
                ? source
                : source + "\n<" + story.url().strip() + ">";
    }

    private static List<String> split(String text) {
        List<String> chunks = TextSplitter.split(neutralise(text), MAX_MESSAGE_CHARS);
        return chunks.isEmpty() ? List.of("…") : chunks;
    }
}
