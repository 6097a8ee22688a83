package dev.storybot.ingest;

import dev.storybot.core.Language;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.KnowledgeBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The short report {@code storybot ingest} prints: what was written, what was found and what was not. */
public final class IngestReport {

    /** How reports name each language (a language resource). */
    static final String LABELS_RESOURCE = "/language/language-labels.properties";

    private static final java.util.Properties LABELS = dev.storybot.core.WordList.properties(LABELS_RESOURCE);

    /** The entity type of a name that is neither a person nor an organisation by what the article says. */
    private static final String UNCLASSIFIED_TYPE = "name";

    private IngestReport() {}

    /** The report for {@code article} written to {@code file}, one item a line. */
    public static String of(ExtractedArticle article, Path file) {
        List<String> missing = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        out.append("wrote ").append(file).append('\n');
        out.append("paragraphs: ").append(article.paragraphs().size()).append('\n');
        out.append("words: ").append(article.words()).append('\n');
        line(out, missing, "headline", article.headline());
        line(out, missing, "byline", article.byline());
        line(out, missing, "date", article.date());
        line(out, missing, "source", article.source());
        if (!missing.isEmpty()) {
            out.append("not found: ").append(String.join(", ", missing)).append(" (add them to the header by hand)\n");
        }
        return out.toString();
    }

    /** The report on the facts derived from the article and written to {@code file}. */
    public static String facts(KnowledgeBase knowledge, Path file) {
        return facts(knowledge, file, "derived from the article");
    }

    /** The report on the facts written to {@code file}, saying where they came from ({@code origin}). */
    public static String facts(KnowledgeBase knowledge, Path file, String origin) {
        Map<String, Long> types = knowledge.entities().stream()
                .collect(Collectors.groupingBy(Entity::type, TreeMap::new, Collectors.counting()));
        long figures =
                knowledge.facts().stream().mapToLong(f -> f.figures().size()).sum();
        List<String> unclassified = knowledge.entities().stream()
                .filter(e -> UNCLASSIFIED_TYPE.equals(e.type()))
                .map(Entity::name)
                .toList();
        StringBuilder out = new StringBuilder();
        out.append("wrote ").append(file).append(" (").append(origin).append("; edit it to refine answers)\n");
        out.append("facts: ").append(knowledge.facts().size()).append('\n');
        out.append("names: ")
                .append(knowledge.entities().size())
                .append(' ')
                .append(types)
                .append('\n');
        out.append("figures: ").append(figures).append('\n');
        if (!unclassified.isEmpty()) {
            out.append("names not classified as a person or organisation: ")
                    .append(String.join(", ", unclassified))
                    .append('\n');
        }
        return out.toString();
    }

    /** The report on a model's draft: requests that failed, facts kept, each dropped draft with its reason. */
    public static String draft(String model, FactDraft draft, DraftMerger.Result result) {
        StringBuilder out = new StringBuilder();
        out.append("model ")
                .append(model)
                .append(": ")
                .append(draft.requests())
                .append(" request(s), ")
                .append(draft.facts().size())
                .append(" facts drafted, ")
                .append(result.kept().size())
                .append(" kept, ")
                .append(result.dropped().size())
                .append(" dropped\n");
        for (String failure : draft.failures()) {
            out.append("model draft not used for ").append(failure).append('\n');
        }
        for (DraftVerdict d : result.dropped()) {
            out.append("dropped ")
                    .append(d.id())
                    .append(": ")
                    .append(d.reason())
                    .append('\n');
        }
        if (result.kept().isEmpty()) {
            out.append("no model fact passed the checks: writing the derived facts instead\n");
        } else if (!result.derivedParagraphs().isEmpty()) {
            out.append("derived facts kept for paragraphs without a model fact: ")
                    .append(result.derivedParagraphs().stream()
                            .map(String::valueOf)
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        return out.toString();
    }

    /** The report on translations: how many facts have both, and each one dropped or not received, with why. */
    public static String translations(AnswerTranslator.Result result) {
        long both = result.facts().stream()
                .filter(f -> f.translated(Language.ZH) && f.translated(Language.KO))
                .count();
        StringBuilder out = new StringBuilder();
        out.append("translated: ")
                .append(both)
                .append(" of ")
                .append(result.facts().size())
                .append(" answers into ")
                .append(LABELS.getProperty(Language.ZH.code()))
                .append(" and ")
                .append(LABELS.getProperty(Language.KO.code()))
                .append('\n');
        result.problems().forEach(p -> out.append(p).append('\n'));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> missing, String name, Optional<String> value) {
        if (value.isPresent()) {
            out.append(name).append(": ").append(value.get()).append('\n');
        } else {
            missing.add(name);
        }
    }
}
