package dev.storybot.llm;

import dev.storybot.core.Language;
import dev.storybot.core.Paragraph;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Figure;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a model's answer may be shown: it must be non-empty and short, cite only supplied facts and the
 * article's paragraphs, quote only the article's own words, name in English only people, places and organisations that
 * the article, the facts, the question or the conversation name, link only to addresses the story gives, use only numbers (in digits or words) that the facts or the article give (or simple
 * arithmetic on the facts' figures), not reverse a comparison that the facts' figures settle, and not put anyone in
 * a role the article does not give them. Pure and thread-safe; never throws.
 */
public final class GroundingCheck {

    /** Longest answer accepted, in characters; the prompt asks for at most 300. */
    public static final int MAX_ANSWER_CHARS = 600;

    /** A number the sources support: its value, its digits as written, and whether it is a percentage. */
    private record Known(double value, double digits, boolean percent) {}

    private final List<Known> articleNumbers;
    private final ComparisonCheck comparisons;
    private final RoleCheck roles;
    private final Links links;
    private final StoryText story;
    private final Quotes quotes;
    private final ProperNames names;

    /**
     * @param article  the article's paragraphs; any number in them is supported
     * @param entities the story's entities, used to tell whose figure is whose; may be empty
     */
    public GroundingCheck(List<Paragraph> article, List<Entity> entities) {
        this(article, entities, List.of());
    }

    /**
     * @param article     the article's paragraphs; any number in them is supported
     * @param entities    the story's entities, used to tell whose figure is whose and who is in which role
     * @param sourceLinks addresses the story gives for itself besides its paragraphs (e.g. the original's URL)
     */
    public GroundingCheck(List<Paragraph> article, List<Entity> entities, List<String> sourceLinks) {
        this(new StoryText("", article, Map.of()), entities, sourceLinks);
    }

    private GroundingCheck(StoryText story, List<Entity> entities, List<String> sourceLinks) {
        List<Paragraph> article = story.paragraphs();
        List<Known> numbers = new ArrayList<>();
        List<String> linkSources = new ArrayList<>(sourceLinks);
        for (Paragraph p : article) {
            addNumbers(p.text(), numbers);
            linkSources.add(p.text());
        }
        this.articleNumbers = List.copyOf(numbers);
        this.comparisons = new ComparisonCheck(entities);
        this.roles = new RoleCheck(article, entities);
        this.links = new Links(linkSources);
        this.story = story;
        List<String> articleTexts = new ArrayList<>();
        articleTexts.add(story.headline());
        article.forEach(p -> articleTexts.add(p.text()));
        this.quotes = new Quotes(articleTexts);
        List<String> named = new ArrayList<>(articleTexts);
        for (Entity e : entities) {
            named.add(e.name());
            named.addAll(e.aliases());
        }
        this.names = new ProperNames(named);
    }

    /** A check that knows the article but no entity list (entity names are then taken from figure labels). */
    public static GroundingCheck forArticle(List<Paragraph> article) {
        return new GroundingCheck(article, List.of());
    }

    /** A check over the whole story: paragraphs, entities, and the original's address. */
    public static GroundingCheck forKnowledge(KnowledgeBase knowledge) {
        String url = knowledge.story().url();
        Map<Language, List<String>> examples = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            examples.put(language, knowledge.exampleQuestions(language));
        }
        StoryText story = new StoryText(knowledge.story().title(), knowledge.paragraphs(), examples);
        return new GroundingCheck(story, knowledge.entities(), url == null || url.isBlank() ? List.of() : List.of(url));
    }

    /** The article this check knows, which is also what the model is given to read. */
    StoryText story() {
        return story;
    }

    /**
     * Checks {@code answer} against the facts it was written from.
     *
     * @param answer the model's text, with citation markers [1]..[k] referring to {@code facts} in order
     * @param facts  the facts supplied to the model, [1] first
     */
    public GroundingResult check(String answer, List<Fact> facts) {
        return check(answer, facts, List.of());
    }

    /**
     * Checks {@code answer} against the facts it was written from and the conversation it answers.
     *
     * @param answer  the model's text, with markers [1]..[k] referring to {@code facts} and [¶n] to paragraphs
     * @param facts   the facts supplied to the model, [1] first
     * @param context the question and the conversation's earlier turns: names in them may be repeated
     */
    public GroundingResult check(String answer, List<Fact> facts, List<String> context) {
        try {
            return checkUnsafe(
                    answer == null ? "" : answer,
                    facts == null ? List.of() : facts,
                    context == null ? List.of() : context);
        } catch (RuntimeException e) {
            return GroundingResult.fail(GroundingResult.Reason.CHECK_ERROR, "check failed: " + e);
        }
    }

    private GroundingResult checkUnsafe(String rawAnswer, List<Fact> facts, List<String> context) {
        String answer = Markers.normalize(rawAnswer.strip());
        if (answer.isBlank() || Markers.strip(answer).isBlank()) {
            return GroundingResult.fail(GroundingResult.Reason.EMPTY, "the answer is empty");
        }
        if (answer.length() > MAX_ANSWER_CHARS) {
            return GroundingResult.fail(
                    GroundingResult.Reason.TOO_LONG,
                    "the answer has " + answer.length() + " characters, more than " + MAX_ANSWER_CHARS);
        }
        for (int n : Markers.numbers(answer)) {
            if (n < 1 || n > facts.size()) {
                return GroundingResult.fail(
                        GroundingResult.Reason.UNKNOWN_CITATION,
                        "[" + n + "] cites no fact; there are " + facts.size());
            }
        }
        for (int n : Markers.paragraphs(answer)) {
            if (!story.hasParagraph(n)) {
                return GroundingResult.fail(
                        GroundingResult.Reason.UNKNOWN_CITATION,
                        "[¶" + n + "] cites no paragraph; there are "
                                + story.paragraphs().size());
            }
        }
        String text = Markers.strip(answer);
        Optional<String> link = links.findForeign(text);
        if (link.isPresent()) {
            return GroundingResult.fail(GroundingResult.Reason.UNSUPPORTED_LINK, link.get());
        }
        // numbers in words are checked as digits; the digits of an allowed address are no claim
        String numeric = NumberWords.rewrite(Links.blankAddresses(text));
        List<Known> supported = supportedNumbers(facts);
        for (Quantity q : Quantity.findAll(numeric)) {
            if (!isSupported(q, supported)) {
                return GroundingResult.fail(
                        GroundingResult.Reason.UNSUPPORTED_NUMBER,
                        "\"" + numeric.substring(q.start(), q.end()).strip() + "\" is not in the facts or the article");
            }
        }
        Optional<String> contradiction = comparisons.findContradiction(numeric, facts);
        if (contradiction.isPresent()) {
            return GroundingResult.fail(GroundingResult.Reason.CONTRADICTS_FACTS, contradiction.get());
        }
        Optional<String> misplaced = roles.findMisplaced(text);
        if (misplaced.isPresent()) {
            return GroundingResult.fail(GroundingResult.Reason.WRONG_ROLE, misplaced.get());
        }
        Optional<String> quote = quotes.findForeign(text);
        if (quote.isPresent()) {
            return GroundingResult.fail(
                    GroundingResult.Reason.UNSUPPORTED_QUOTE, "\"" + quote.get() + "\" is not in the article");
        }
        if (Language.detect(text) == Language.EN) {
            Optional<String> stranger = names.findUnknown(text, factTexts(facts), context);
            if (stranger.isPresent()) {
                return GroundingResult.fail(
                        GroundingResult.Reason.UNKNOWN_NAME,
                        "\"" + stranger.get() + "\" is named by neither the article nor the conversation");
            }
        }
        return GroundingResult.pass();
    }

    private static List<String> factTexts(List<Fact> facts) {
        List<String> texts = new ArrayList<>();
        for (Fact f : facts) {
            texts.add(f.answer());
            texts.add(f.quote());
            texts.add(f.attribution());
        }
        return texts;
    }

    private static boolean isSupported(Quantity q, List<Known> supported) {
        for (Known k : supported) {
            if (q.percent() == k.percent() && q.writtenFor(k.value())) {
                return true;
            }
            if (!q.scaled() && !q.percent() && !Double.isNaN(k.digits()) && q.writtenFor(k.digits())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article's numbers, the facts' numbers and figures, and sums, differences, ratios and percentage changes of
     * any two figures with the same unit.
     */
    private List<Known> supportedNumbers(List<Fact> facts) {
        List<Known> all = new ArrayList<>(articleNumbers);
        List<Figure> figures = new ArrayList<>();
        for (Fact f : facts) {
            addNumbers(f.answer(), all);
            addNumbers(f.quote(), all);
            addNumbers(f.attribution(), all);
            if (f.zh() != null) {
                addNumbers(f.zh().answer(), all);
            }
            if (f.ko() != null) {
                addNumbers(f.ko().answer(), all);
            }
            for (Figure figure : f.figures()) {
                all.add(known(figure));
                figures.add(figure);
            }
        }
        for (Figure fa : figures) {
            for (Figure fb : figures) {
                if (fa == fb || !unitOf(fa).equals(unitOf(fb))) {
                    continue;
                }
                Known a = known(fa);
                Known b = known(fb);
                if (a.value() == b.value()) {
                    continue;
                }
                all.add(new Known(a.value() + b.value(), a.digits() + b.digits(), a.percent()));
                if (a.value() > b.value()) {
                    all.add(new Known(a.value() - b.value(), a.digits() - b.digits(), a.percent()));
                }
                if (b.value() != 0) {
                    double ratio = a.value() / b.value();
                    all.add(new Known(ratio, ratio, false));
                    double change = Math.abs(a.value() - b.value()) / b.value() * 100;
                    all.add(new Known(change, change, true));
                }
            }
        }
        return all;
    }

    private static Known known(Figure figure) {
        return new Known(
                figure.value() * Quantity.scaleOfUnit(figure.unit()),
                figure.value(),
                Quantity.isPercentUnit(figure.unit()));
    }

    private static String unitOf(Figure figure) {
        return figure.unit() == null ? "" : figure.unit().strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static void addNumbers(String text, List<Known> into) {
        if (text == null) {
            return;
        }
        for (Quantity q : Quantity.findAll(text)) {
            into.add(new Known(q.value(), q.mantissa(), q.percent()));
        }
    }
}
