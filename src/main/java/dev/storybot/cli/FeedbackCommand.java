package dev.storybot.cli;

import dev.storybot.feedback.FeedbackReport;
import dev.storybot.feedback.SqliteFeedbackStore;
import dev.storybot.settings.DataSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints the 👍/👎 totals and the down-voted questions. */
@Command(
        name = "feedback",
        mixinStandardHelpOptions = true,
        description = "Summarise the 👍/👎 votes and list the down-voted questions.")
public final class FeedbackCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        DataSettings data = config.reader().data();
        try (var store = SqliteFeedbackStore.open(data.directory(), data.retention())) {
            System.out.print(FeedbackReport.format(store.summary()));
        }
        return 0;
    }
}
