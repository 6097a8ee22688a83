package dev.storybot.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option shared by the commands that read configuration. */
public final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "A storybot.properties file; environment variables override it.")
    Path file;

    /** The merged configuration: the file, overridden by the environment. */
    public Map<String, String> settings() {
        return Settings.load(file, System.getenv());
    }
}
