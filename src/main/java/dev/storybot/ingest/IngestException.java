package dev.storybot.ingest;

/** A source that cannot become an article (missing, empty, not the format it claims); its message is one line. */
public final class IngestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** An ingest failure described by {@code message}. */
    public IngestException(String message) {
        super(message);
    }
}
