package dev.storybot.knowledge;

/** A knowledge file is missing or broken; the message names the file, the entry and the field. */
public final class KnowledgeException extends RuntimeException {

    public KnowledgeException(String message) {
        super(message);
    }
}
