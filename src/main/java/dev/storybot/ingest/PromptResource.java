package dev.storybot.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads a prompt shipped in the jar. */
final class PromptResource {

    private PromptResource() {}

    /** The text of the resource {@code name}, stripped; a missing resource is a broken build. */
    static String read(String name) {
        try (InputStream in = PromptResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
