package dev.storybot.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The kinds of source the ingest step reads, told apart by file extension or, for stdin, by content. */
public enum SourceFormat {
    /** Plain text: paragraphs separated by blank lines. */
    TEXT,
    /** Markdown: like text, with a {@code #} headline and inline markup removed. */
    MARKDOWN,
    /** A web page: the article is extracted from it. */
    HTML;

    /** How many leading characters of stdin are looked at to guess its format. */
    private static final int SNIFF_CHARS = 4096;

    /** A page opens with a doctype, a comment or an element tag ("<html>", "<head>", "<div class=...>"). */
    private static final Pattern HTML_START =
            Pattern.compile("(?is)^\\s*(<!doctype\\s+html|<!--|<[a-z][a-z0-9]*[\\s>/])");

    private static final Pattern ELEMENT_TAG =
            Pattern.compile("(?is)<\\s*(html|head|body|p|div|article|main|section|span|h[1-6])[\\s>/]");
    private static final Pattern MARKDOWN_MARK = Pattern.compile("(?m)^(#{1,6} \\S|\\* \\S|- \\S|> \\S)|\\]\\(");

    /** The format a file name's extension names, if it is one of {@code .txt}, {@code .md}, {@code .html}. */
    public static Optional<SourceFormat> byExtension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }

    /** The format a text's beginning suggests: HTML when it opens with markup, Markdown with its marks, else text. */
    public static SourceFormat sniff(String content) {
        String head =
                content.substring(0, Math.min(content.length(), SNIFF_CHARS)).replace("\uFEFF", "");
        if (HTML_START.matcher(head).find()) {
            return HTML;
        }
        return MARKDOWN_MARK.matcher(head).find() ? MARKDOWN : TEXT;
    }

    /** True when the text looks like an HTML document at all (it has at least one element tag). */
    static boolean looksLikeHtml(String content) {
        return ELEMENT_TAG.matcher(content).find();
    }
}
