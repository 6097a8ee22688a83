package dev.storybot.cli;

import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeException;
import dev.storybot.ops.ConfigCheck;
import dev.storybot.settings.DatabaseSettings;
import dev.storybot.settings.SettingsReader;
import dev.storybot.settings.Variable;
import dev.storybot.state.Database;
import dev.storybot.state.Migrations;
import dev.storybot.state.StateException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Validates the configuration and tries every configured credential, printing what works; exit 0 when all do. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Validate the configuration and try the credentials of every configured platform and the model.",
            "Prints a table (what | status | detail); exits 0 when everything configured works, 1 otherwise."
        })
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config = new ConfigOption();

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<ConfigCheck.Row> local = new ArrayList<>();
        SettingsReader settings;
        try {
            settings = config.reader();
            if (config.file != null) {
                local.add(new ConfigCheck.Row(
                        "config file",
                        ConfigCheck.Status.OK,
                        "read " + config.file + " (environment variables override it)"));
            }
        } catch (IllegalArgumentException e) {
            local.add(new ConfigCheck.Row("config file", ConfigCheck.Status.FAILED, e.getMessage()));
            out.print(ConfigCheck.table(local));
            return 1;
        }
        local.add(knowledge(settings));
        local.add(dataDir(settings));
        local.add(rateLimit(settings));
        local.add(database(settings));
        List<ConfigCheck.Row> rows = ConfigCheck.run(settings, local);
        out.print(ConfigCheck.table(rows));
        boolean ok = ConfigCheck.allOk(rows);
        out.println(ok ? "Everything configured works." : "Fix the failed lines above, then run storybot check again.");
        return ok ? 0 : 1;
    }

    private static ConfigCheck.Row knowledge(SettingsReader settings) {
        try {
            KnowledgeBase knowledge = Storybot.loadKnowledge(settings.knowledge());
            return new ConfigCheck.Row(
                    "knowledge",
                    ConfigCheck.Status.OK,
                    knowledge.paragraphs().size()
                            + " paragraphs, " + knowledge.facts().size() + " facts, "
                            + knowledge.entities().size()
                            + " entities");
        } catch (KnowledgeException | IllegalArgumentException e) {
            return new ConfigCheck.Row("knowledge", ConfigCheck.Status.FAILED, e.getMessage());
        }
    }

    private static ConfigCheck.Row dataDir(SettingsReader settings) {
        Path dir = settings.data().directory().toAbsolutePath();
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && Files.isDirectory(existing) && Files.isWritable(existing)) {
            return new ConfigCheck.Row(
                    "data directory", ConfigCheck.Status.OK, dir + (Files.exists(dir) ? "" : " (will be created)"));
        }
        return new ConfigCheck.Row(
                "data directory",
                ConfigCheck.Status.FAILED,
                dir + " is not writable: set " + Variable.STORYBOT_DATA_DIR + " to a writable directory");
    }

    /** Connects to the shared database, if one is configured, and says whether its migrations are all applied. */
    static ConfigCheck.Row database(SettingsReader settings) {
        Optional<DatabaseSettings> configured;
        try {
            configured = settings.database();
        } catch (IllegalArgumentException e) {
            return new ConfigCheck.Row("database", ConfigCheck.Status.FAILED, e.getMessage());
        }
        if (configured.isEmpty()) {
            return new ConfigCheck.Row(
                    "database",
                    ConfigCheck.Status.SKIPPED,
                    "not configured: state stays in this process and its feedback.db (one replica only)");
        }
        DatabaseSettings db = configured.get();
        try (Database database = Database.connect(db.url(), db.user(), db.password())) {
            List<String> pending = Migrations.pending(database.dataSource(), database.vendor());
            String version = Migrations.currentVersion(database.dataSource(), database.vendor());
            String at = database.safeUrl() + ", schema version " + (version.isEmpty() ? "none" : version);
            if (!pending.isEmpty()) {
                return new ConfigCheck.Row(
                        "database",
                        ConfigCheck.Status.FAILED,
                        at + "; " + pending.size() + " migration(s) not applied (" + String.join(", ", pending)
                                + "): storybot serve applies them at start-up");
            }
            return new ConfigCheck.Row(
                    "database", ConfigCheck.Status.OK, "connected to " + at + ", migrations applied");
        } catch (StateException e) {
            return new ConfigCheck.Row("database", ConfigCheck.Status.FAILED, e.getMessage());
        }
    }

    private static ConfigCheck.Row rateLimit(SettingsReader settings) {
        try {
            int perMinute = settings.rateLimit().questionsPerUserPerMinute();
            return new ConfigCheck.Row(
                    "rate limit", ConfigCheck.Status.OK, perMinute + " questions per user per minute");
        } catch (IllegalArgumentException e) {
            return new ConfigCheck.Row("rate limit", ConfigCheck.Status.FAILED, e.getMessage());
        }
    }
}
