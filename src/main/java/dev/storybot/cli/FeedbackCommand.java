package dev.storybot.cli;

import dev.storybot.feedback.FeedbackReport;
import dev.storybot.feedback.JdbcFeedbackStore;
import dev.storybot.feedback.SqliteFeedbackStore;
import dev.storybot.settings.DataSettings;
import dev.storybot.settings.DatabaseSettings;
import dev.storybot.settings.SettingsReader;
import dev.storybot.state.Database;
import dev.storybot.state.StateException;
import java.util.Optional;
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
        SettingsReader reader = config.reader();
        DataSettings data = reader.data();
        Optional<DatabaseSettings> shared = reader.database();
        if (shared.isEmpty()) {
            try (var store = SqliteFeedbackStore.open(data.directory(), data.retention())) {
                System.out.print(FeedbackReport.format(store.summary()));
            }
            return 0;
        }
        DatabaseSettings db = shared.get();
        try (Database database = Database.open(db.url(), db.user(), db.password());
                var store = new JdbcFeedbackStore(
                        database.dataSource(), database.safeUrl(), data.retention(), System::currentTimeMillis)) {
            System.out.print(FeedbackReport.format(store.summary()));
            return 0;
        } catch (StateException e) {
            System.err.println("storybot feedback: " + e.getMessage());
            return 1;
        }
    }
}
