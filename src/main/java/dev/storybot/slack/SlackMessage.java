package dev.storybot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * One Slack message ready to post: Block Kit blocks and the plain {@code text} fallback used in notifications.
 *
 * @param text   the fallback text, already escaped for Slack
 * @param blocks at most {@link SlackRenderer#MAX_BLOCKS_PER_MESSAGE} blocks
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {

    public SlackMessage {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
    }
}
