package dev.storybot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in a web page: Readability's scoring picks the body, captions, share and related-story boxes are
 * dropped, and the remaining block elements become paragraphs; metadata comes from {@link HtmlMetadata}.
 */
public final class HtmlExtractor {

    /** Block elements: each one starts a new paragraph. */
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "blockquote",
            "pre",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "tr",
            "td",
            "th",
            "figure",
            "br",
            "hr",
            "form",
            "nav",
            "address",
            "details",
            "summary");

    /** Boilerplate inside an article body: captions, credits, share bars, related stories, newsletter boxes. */
    private static final String BOILERPLATE = String.join(
            ",",
            "figcaption",
            "figure",
            "nav",
            "aside",
            "form",
            "button",
            "script",
            "style",
            "noscript",
            "iframe",
            "[class~=(?i)caption|credit]",
            "[class~=(?i)(^|[-_ ])(share|sharing|social|related|newsletter|promo|advert|ad|ads|subscribe)([-_ ]|$)]",
            "[id~=(?i)(^|[-_ ])(share|social|related|newsletter|promo|advert|ad|ads)([-_ ]|$)]",
            "[aria-hidden=true]");

    /**
     * Boilerplate taken out of the page before Readability scores it, so an ad box never joins the body; captions and
     * photo credits too, since Readability drops the class names that mark them.
     */
    private static final String PAGE_BOILERPLATE =
            "figcaption,[class~=(?i)(^|\\s)(ad|ads|advert|advertisement)(\\s|$)],[class~=(?i)caption|credit]";

    /** Paragraphs that are page furniture wherever they appear (a language resource). */
    static final String BOILERPLATE_LINES_RESOURCE = "/language/en/boilerplate-lines.txt";

    private static final List<Pattern> BOILERPLATE_LINES = boilerplateLines();
    /** Furniture lines are short; a longer paragraph that mentions an address or "related" is prose. */
    private static final int BOILERPLATE_MAX_WORDS = 30;
    /** A block whose text is at least this share link text is a link, not prose. */
    private static final double LINK_ONLY_SHARE = 0.9;
    /** ... when it is this short: a headline of another story; a long linked paragraph is still prose. */
    private static final int LINK_ONLY_MAX_WORDS = 15;

    /** A linked block that shows an address or a price is content (a list of sources or offers), not a teaser. */
    private static final Pattern OFFER_OR_ADDRESS = Pattern.compile("https?://|www\\.|[$€£¥]\\s?\\d");

    /** A Readability body with fewer words than this is a miss (a title or a teaser); the densest block is tried. */
    private static final int MIN_BODY_WORDS = 50;

    /** Page furniture that never holds the article, dropped before looking for the densest block. */
    private static final String FURNITURE = "script,style,noscript,nav,header,footer,aside,iframe,figcaption";

    /** The base address used when neither the caller nor the page gives one (Readability needs an absolute one). */
    private static final String FALLBACK_BASE_URI = "file:///";

    private HtmlExtractor() {}

    /** The article in {@code html}; {@code baseUri} resolves relative links and may be empty. */
    public static ExtractedArticle extract(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri);
        Optional<String> headline = HtmlMetadata.headline(page);
        Optional<String> byline = HtmlMetadata.byline(page);
        Optional<String> date = HtmlMetadata.date(page);
        Optional<String> source = HtmlMetadata.source(page);
        Optional<String> publisher = HtmlMetadata.publisher(page, source);
        String base = baseUri.isEmpty() ? source.orElse(FALLBACK_BASE_URI) : baseUri;
        if (!PAGE_BOILERPLATE.isEmpty()) {
            page.select(PAGE_BOILERPLATE).remove();
        }
        Article article = new Readability4J(base, page).parse();
        Element body = article.getArticleContent();
        List<String> paragraphs = body == null ? List.of() : paragraphs(body);
        if (wordCount(paragraphs) < MIN_BODY_WORDS) {
            List<String> densest = densestBlock(Jsoup.parse(html, base));
            if (wordCount(densest) > wordCount(paragraphs)) {
                paragraphs = densest;
            }
        }
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (headline.filter(paragraph::equalsIgnoreCase).isPresent()
                    || byline.filter(b -> paragraph.equalsIgnoreCase(b) || paragraph.equalsIgnoreCase("By " + b))
                            .isPresent()) {
                continue;
            }
            kept.add(paragraph);
        }
        return new ExtractedArticle(
                headline.or(() -> Optional.ofNullable(article.getTitle()).map(ParagraphSplitter::normalize)),
                byline.or(() -> Optional.ofNullable(article.getByline()).map(ParagraphSplitter::normalize)),
                date,
                sourceLine(publisher, source),
                kept);
    }

    /** "Publication (address)", as the knowledge format's {@code # Source:} line has it, or whichever is known. */
    static Optional<String> sourceLine(Optional<String> publisher, Optional<String> address) {
        if (publisher.isPresent() && address.isPresent()) {
            return Optional.of(publisher.get() + " (" + address.get() + ")");
        }
        return publisher.or(() -> address);
    }

    /** The paragraphs of the element whose own {@code p} children hold the most text: the body when Readability misses. */
    static List<String> densestBlock(Document page) {
        page.select(FURNITURE).remove();
        Element best = null;
        int bestChars = 0;
        for (Element element :
                page.body() == null ? List.<Element>of() : page.body().getAllElements()) {
            int chars = 0;
            for (Element child : element.children()) {
                if (child.normalName().equals("p")) {
                    chars += child.text().length();
                }
            }
            if (chars > bestChars) {
                best = element;
                bestChars = chars;
            }
        }
        return best == null ? List.of() : paragraphs(best);
    }

    private static int wordCount(List<String> paragraphs) {
        return new ExtractedArticle(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), paragraphs)
                .words();
    }

    /** The text of each block in {@code body}, boilerplate removed. */
    static List<String> paragraphs(Element body) {
        body.select(BOILERPLATE).remove();
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        StringBuilder linked = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            current.append(text.getWholeText());
                            if (insideLink(text)) {
                                linked.append(text.getWholeText());
                            }
                        } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            flush(current, linked, paragraphs);
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            flush(current, linked, paragraphs);
                        }
                    }
                },
                body);
        flush(current, linked, paragraphs);
        return paragraphs;
    }

    private static boolean insideLink(TextNode text) {
        for (Element parent = text.parent(); parent != null; parent = parent.parent()) {
            if ("a".equals(parent.normalName())) {
                return true;
            }
            if (BLOCKS.contains(parent.normalName())) {
                return false;
            }
        }
        return false;
    }

    /** Adds the block's text unless it is furniture: a short block that is all link, or a boilerplate line. */
    private static void flush(StringBuilder current, StringBuilder linked, List<String> paragraphs) {
        String paragraph = ParagraphSplitter.normalize(current.toString());
        String link = ParagraphSplitter.normalize(linked.toString());
        boolean linkOnly = !paragraph.isEmpty()
                && link.length() >= paragraph.length() * LINK_ONLY_SHARE
                && paragraph.split("\\s+").length <= LINK_ONLY_MAX_WORDS
                && !OFFER_OR_ADDRESS.matcher(paragraph).find();
        if (!paragraph.isEmpty() && !linkOnly && !boilerplateLine(paragraph)) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
        linked.setLength(0);
    }

    private static boolean boilerplateLine(String paragraph) {
        return paragraph.split("\\s+").length <= BOILERPLATE_MAX_WORDS
                && BOILERPLATE_LINES.stream().anyMatch(p -> p.matcher(paragraph).matches());
    }

    private static List<Pattern> boilerplateLines() {
        return dev.storybot.core.WordList.lines(BOILERPLATE_LINES_RESOURCE).stream()
                .map(l -> Pattern.compile(l, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }
}
