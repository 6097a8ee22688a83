package dev.storybot.cli;

import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.settings.SettingsReader;
import dev.storybot.settings.Variable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top-level {@code storybot} command; with no subcommand it starts the console chat. */
@Command(
        name = "storybot",
        mixinStandardHelpOptions = true,
        version = "storybot 0.1",
        description = StorybotCommand.DESCRIPTION,
        resourceBundle = "dev.storybot.cli.StorybotCommand$Headline",
        subcommands = {
            ChatCommand.class,
            AskCommand.class,
            ServeCommand.class,
            CheckCommand.class,
            FeedbackCommand.class,
            DiscordInviteCommand.class,
            SlackManifestCommand.class,
            BenchCommand.class,
            EvalCommand.class,
            IngestCommand.class,
            KnowledgeCommand.class
        })
public final class StorybotCommand implements Callable<Integer> {

    /** The help's first line; {@link Headline} adds the story's title from the knowledge files. */
    static final String DESCRIPTION = "Answers questions about one news story, citing the article.";

    @Mixin
    ConfigOption config;

    /** With a platform token configured, serve; otherwise the console chat. */
    @Override
    public Integer call() {
        SettingsReader settings = config.reader();
        boolean platformConfigured = settings.isSet(Variable.DISCORD_TOKEN) || settings.isSet(Variable.SLACK_BOT_TOKEN);
        if (platformConfigured) {
            ServeCommand serve = new ServeCommand();
            serve.config = config;
            return serve.call();
        }
        ChatCommand chat = new ChatCommand();
        chat.config = config;
        return chat.call();
    }

    /**
     * The help's headline, naming the story in the knowledge files: the first {@code # } line of the article (the
     * bundled one, or the one in the directory the environment's STORYBOT_KNOWLEDGE_DIR names), read only
     * when the help is shown; a picocli resource bundle, the one way to give an annotated command a computed text.
     */
    public static final class Headline extends ResourceBundle {

        // qualified with the command name, so that the subcommands, which share the bundle, keep their own descriptions
        private static final String DESCRIPTION_KEY = "storybot.usage.description";
        private static final String BUNDLED_ARTICLE = "/knowledge/" + KnowledgeLoader.ARTICLE_FILE;
        private static final String HEADLINE_PREFIX = "# ";

        @Override
        protected Object handleGetObject(String key) {
            if (!DESCRIPTION_KEY.equals(key)) {
                return null;
            }
            String title = storyTitle(System.getenv(Variable.STORYBOT_KNOWLEDGE_DIR.name()));
            // picocli formats the description: %n breaks the line, and a % in the title must stay a %
            return title == null ? DESCRIPTION : DESCRIPTION + "%nStory: " + title.replace("%", "%%");
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(List.of(DESCRIPTION_KEY));
        }

        /** The article's headline, or null when the article cannot be read or does not start with one. */
        static String storyTitle(String knowledgeDir) {
            try (InputStream in = knowledgeDir == null || knowledgeDir.isBlank()
                    ? StorybotCommand.class.getResourceAsStream(BUNDLED_ARTICLE)
                    : Files.newInputStream(Path.of(knowledgeDir, KnowledgeLoader.ARTICLE_FILE))) {
                if (in == null) {
                    return null;
                }
                String first = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
                return first == null || !first.startsWith(HEADLINE_PREFIX)
                        ? null
                        : first.substring(HEADLINE_PREFIX.length()).strip();
            } catch (IOException | InvalidPathException e) {
                return null; // the command that loads the knowledge reports the problem properly
            }
        }
    }
}
