package dev.storybot.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a web page's headline, byline, date and address from where publishers put them: Open Graph and article
 * meta tags, schema.org markup (attributes and JSON-LD), the canonical link, and the page's first heading.
 */
public final class HtmlMetadata {

    /** A byline longer than this is a paragraph that happens to carry an author class, not a name. */
    private static final int MAX_BYLINE_CHARS = 120;

    /** The selectors per field (see the resource's header for the format). */
    static final String SELECTORS_RESOURCE = "/ingest/page-metadata.txt";

    private static final Map<String, List<String>> SELECTORS = selectors();

    private static final List<String> HEADLINE_SELECTORS = SELECTORS.get("headline");
    private static final List<String> BYLINE_SELECTORS = SELECTORS.get("byline");
    private static final List<String> DATE_SELECTORS = SELECTORS.get("date");
    private static final List<String> SOURCE_SELECTORS = SELECTORS.get("source");
    private static final List<String> PUBLISHER_SELECTORS = SELECTORS.get("publisher");
    /** A site name longer than this is a slogan or a sentence, not the publication's name. */
    private static final int MAX_PUBLISHER_CHARS = 60;

    private static final Pattern JSON_LD_PUBLISHER =
            Pattern.compile("\"publisher\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern LEADING_WWW = Pattern.compile("(?i)^www\\d?\\.");
    /** schema.org's author: a name, one object or the first of a list ({@code "author":[{"name":"..."}]}). */
    private static final Pattern JSON_LD_AUTHOR =
            Pattern.compile("\"author\"\\s*:\\s*(?:\\[?\\s*\\{[^{}]*?\"name\"\\s*:\\s*)?\"([^\"]+)\"");

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_LD_HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^by\\s+");

    private HtmlMetadata() {}

    /** The page's headline: Open Graph or schema.org title first, then the first {@code h1}, then {@code title}. */
    public static Optional<String> headline(Document page) {
        Optional<String> found = first(page, HEADLINE_SELECTORS);
        return found.isPresent() ? found : jsonLd(page, JSON_LD_HEADLINE);
    }

    /** Who wrote the article, without a leading "By". */
    public static Optional<String> byline(Document page) {
        return first(page, BYLINE_SELECTORS)
                .or(() -> jsonLd(page, JSON_LD_AUTHOR))
                .map(b -> BY_PREFIX.matcher(b).replaceFirst(""))
                .filter(b -> !b.isEmpty() && b.length() <= MAX_BYLINE_CHARS);
    }

    /** When the article was published, as the page writes it. */
    public static Optional<String> date(Document page) {
        Optional<String> found = jsonLd(page, JSON_LD_DATE);
        return found.isPresent() ? found : first(page, DATE_SELECTORS);
    }

    /**
     * The publication: the site name publishers give in Open Graph, app or schema.org markup, else the host of
     * {@code address} without {@code www.}; empty when neither is known.
     */
    public static Optional<String> publisher(Document page, Optional<String> address) {
        Optional<String> named = first(page, PUBLISHER_SELECTORS).or(() -> jsonLd(page, JSON_LD_PUBLISHER));
        Optional<String> fitting = named.filter(name -> name.length() <= MAX_PUBLISHER_CHARS);
        return fitting.isPresent() ? fitting : address.flatMap(HtmlMetadata::host);
    }

    private static Optional<String> host(String address) {
        try {
            String host = java.net.URI.create(address).getHost();
            return host == null
                    ? Optional.empty()
                    : Optional.of(LEADING_WWW.matcher(host).replaceFirst(""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The article's own address: the canonical link, else og:url or a similar meta tag; absolute only. */
    public static Optional<String> source(Document page) {
        for (String selector : SOURCE_SELECTORS) {
            for (Element element : page.select(selector)) {
                String url = element.hasAttr("href") ? element.absUrl("href") : element.attr("content");
                if (url.startsWith("http://") || url.startsWith("https://")) {
                    return Optional.of(url.strip());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(Document page, List<String> selectors) {
        for (String selector : selectors) {
            for (Element element : page.select(selector)) {
                String value = ParagraphSplitter.normalize(valueOf(element));
                if (!value.isEmpty()) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    private static String valueOf(Element element) {
        if (element.hasAttr("content")) {
            return element.attr("content");
        }
        if (element.hasAttr("datetime")) {
            return element.attr("datetime");
        }
        return element.text();
    }

    private static Optional<String> jsonLd(Document page, Pattern field) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = field.matcher(script.data());
            if (m.find()) {
                return Optional.of(ParagraphSplitter.normalize(unescaped(m.group(1))));
            }
        }
        return Optional.empty();
    }

    /** JSON's {@code \\uXXXX} escapes as the characters they stand for ("Jos\\u00e9" is "José"). */
    private static String unescaped(String json) {
        Matcher m = UNICODE_ESCAPE.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, List<String>> selectors() {
        Map<String, List<String>> selectors = new java.util.LinkedHashMap<>();
        for (String line : dev.storybot.core.WordList.lines(SELECTORS_RESOURCE)) {
            int equals = line.indexOf(" = ");
            selectors
                    .computeIfAbsent(line.substring(0, equals).strip(), k -> new java.util.ArrayList<>())
                    .add(line.substring(equals + 3).strip());
        }
        return selectors;
    }
}
