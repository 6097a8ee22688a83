package dev.storybot.discord;

import dev.storybot.core.Paragraph;
import dev.storybot.core.StoryBrief;
import java.util.List;

/** A small story brief for adapter tests. */
final class TestStory {

    static final StoryBrief BRIEF = new StoryBrief(
            "Harbour bridge reopens after repairs",
            "City Desk, translated from the Harbour Gazette",
            "https://example.com/bridge",
            "The bridge reopened on 3 May after 14 months and 210 million dollars of repairs.",
            List.of(
                    new Paragraph(1, "The harbour bridge reopened on 3 May."),
                    new Paragraph(2, "Repairs took 14 months."),
                    new Paragraph(3, "They cost 210 million dollars."),
                    new Paragraph(4, "Traffic is expected to reach 40,000 cars a day.")),
            List.of("When did the bridge reopen?", "How much did the repairs cost?"));

    private TestStory() {}
}
