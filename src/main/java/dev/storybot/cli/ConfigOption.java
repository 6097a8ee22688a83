package dev.storybot.cli;

import dev.storybot.settings.SettingsReader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option shared by the commands that read configuration. */
public final class ConfigOption {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "A storybot.properties file; environment variables override it.")
    Path file;

    private SettingsReader reader;

    /**
     * The configuration: the file, overridden by the environment, read on first use and kept. This is the one place
     * the commands read the environment; what they read from it is passed down as settings records.
     */
    public SettingsReader reader() {
        if (reader == null) {
            reader = SettingsReader.of(file, System.getenv());
        }
        return reader;
    }
}
