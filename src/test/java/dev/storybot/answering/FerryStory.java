package dev.storybot.answering;

import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;

/** A made-up story of three bidders, two of them described as ferry companies, for the stages that narrow a kind. */
final class FerryStory {

    private FerryStory() {}

    /** The story, its facts derived from the article as for a newcomer's story. */
    static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.derive("article.txt", """
            # City picks a ferry operator

            [1] Harbor Lines Corp., the oldest ferry company in town, offered $2 million for the contract on Monday.

            [2] Coastline Boats Inc., another ferry operator, bid against the shipyard Bay Yards Ltd. on Tuesday.

            [3] Bay Yards Ltd. said on a radio program that it would bid again.

            [4] The mayor's office said the vote would come in May.

            [5] The council will meet on the first Thursday of the month.

            [6] Tickets cost $3 for adults and $1 for children.

            [7] Residents asked for earlier morning departures.

            [8] The old pier closed in 2019 after a storm.

            [9] A new pier is planned for next spring.

            [10] Parking near the terminal will double.
            """);
}
