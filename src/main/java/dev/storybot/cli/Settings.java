package dev.storybot.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The bot's configuration: an optional {@code storybot.properties} file overridden by environment variables, which
 * stay the place for secrets. Keys are the environment variable names in both.
 */
public final class Settings {

    private Settings() {
    }

    /**
     * Merges the properties file (if given) with the environment; the environment wins.
     *
     * @throws IllegalArgumentException with a one-line message when the file cannot be read
     */
    public static Map<String, String> load(Path propertiesFile, Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>();
        if (propertiesFile != null) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot read the configuration file " + propertiesFile + " ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
            properties.stringPropertyNames().forEach(key -> merged.put(key, properties.getProperty(key).strip()));
        }
        merged.putAll(environment);
        return Map.copyOf(merged);
    }
}
