package dev.storybot.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a source (a file, or stdin for {@code -}) and turns it into an article with the extractor its format needs. */
public final class SourceReader {

    /** The source name that means standard input. */
    public static final String STDIN = "-";

    /** A source larger than this is not an article page; refusing it keeps memory bounded. */
    private static final long MAX_SOURCE_BYTES = 50L * 1024 * 1024;

    private SourceReader() {}

    /** The article in {@code source}; {@code stdin} is read when the source is {@code -}. */
    public static ExtractedArticle read(String source, InputStream stdin) {
        String content;
        SourceFormat format;
        if (STDIN.equals(source)) {
            content = readStdin(stdin);
            format = SourceFormat.sniff(content);
        } else {
            format = SourceFormat.byExtension(source)
                    .orElseThrow(() -> new IngestException(
                            source + ": unknown format; the source must be a .txt, .md or .html file, or - for stdin"));
            content = readFile(Path.of(source));
        }
        if (content.isBlank()) {
            throw new IngestException(source + ": is empty");
        }
        ExtractedArticle article = extract(source, content, format);
        if (article.paragraphs().isEmpty()) {
            throw new IngestException(source + ": no article body found");
        }
        return article;
    }

    /** The article in {@code content}, read as {@code format}. */
    public static ExtractedArticle extract(String name, String content, SourceFormat format) {
        return switch (format) {
            case TEXT -> TextExtractor.extract(content, false);
            case MARKDOWN -> TextExtractor.extract(content, true);
            case HTML -> {
                if (!SourceFormat.looksLikeHtml(content)) {
                    throw new IngestException(name + ": not HTML (no HTML elements found)");
                }
                try {
                    yield HtmlExtractor.extract(content, "");
                } catch (RuntimeException e) { // the extractor's own failure on a malformed page: one line, no trace
                    throw new IngestException(name + ": could not extract an article: " + e.getMessage());
                }
            }
        };
    }

    private static String readFile(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new IngestException(file + ": is a directory, not a file");
            }
            if (Files.size(file) > MAX_SOURCE_BYTES) {
                throw new IngestException(file + ": larger than " + MAX_SOURCE_BYTES + " bytes");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IngestException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IngestException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new IngestException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static String readStdin(InputStream stdin) {
        try {
            byte[] bytes = stdin.readNBytes((int) MAX_SOURCE_BYTES + 1);
            if (bytes.length > MAX_SOURCE_BYTES) {
                throw new IngestException("stdin: larger than " + MAX_SOURCE_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IngestException("stdin: cannot read: " + e.getMessage());
        }
    }
}
