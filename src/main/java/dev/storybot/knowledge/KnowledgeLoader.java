package dev.storybot.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.storybot.core.Paragraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads {@code article.txt} and {@code facts.json} and validates them, so that a broken knowledge file stops
 * start-up with one clear message naming the file, the entry and the field.
 */
public final class KnowledgeLoader {

    /** The article file's name inside a knowledge directory. */
    public static final String ARTICLE_FILE = "article.txt";
    /** The fact file's name inside a knowledge directory. */
    public static final String FACTS_FILE = "facts.json";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KnowledgeLoader.class);
    private static final String BUNDLED_DIR = "knowledge/";
    private static final Pattern PARAGRAPH = Pattern.compile("^\\[(\\d+)]\\s+(.+)$");
    /** A header line before the paragraphs, e.g. {@code # Statement: This article represents ...}. */
    private static final Pattern HEADER = Pattern.compile("^#\\s*(\\p{L}[\\p{L} ]{0,30}?)\\s*:\\s*(.+)$");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final List<String> REQUIRED_STORY = List.of("title", "sourceLine", "summary");
    private static final List<String> REQUIRED_ENTITY = List.of("id", "name", "type");
    private static final List<String> REQUIRED_FACT =
            List.of("id", "paragraph", "quote", "answer", "attribution", "certainty");

    private KnowledgeLoader() {}

    /** Loads the knowledge shipped inside the jar. */
    public static KnowledgeBase loadBundled() {
        return load(
                BUNDLED_DIR + ARTICLE_FILE,
                readResource(ARTICLE_FILE),
                BUNDLED_DIR + FACTS_FILE,
                readResource(FACTS_FILE));
    }

    /**
     * Loads {@code article.txt} and {@code facts.json} from a directory; without {@code facts.json} the facts are
     * derived from the article (see {@link #derive(String, String)}).
     */
    public static KnowledgeBase load(Path directory) {
        Path article = directory.resolve(ARTICLE_FILE);
        Path facts = directory.resolve(FACTS_FILE);
        if (!Files.exists(facts)) {
            KnowledgeBase derived = derive(article.toString(), readFile(article));
            LOG.info(
                    "{} not found: {} facts and {} names derived from {}",
                    FACTS_FILE,
                    derived.facts().size(),
                    derived.entities().size(),
                    ARTICLE_FILE);
            return derived;
        }
        return load(article.toString(), readFile(article), facts.toString(), readFile(facts));
    }

    /** The knowledge of an article alone: its facts derived sentence by sentence, with no model. */
    public static KnowledgeBase derive(String articleName, String articleText) {
        List<Paragraph> paragraphs = parseArticle(articleName, articleText);
        return new FactDeriver().derive(paragraphs, articleText, parseHeader(articleText));
    }

    /**
     * Parses and validates the two files' contents; the names are used in error messages only.
     *
     * @throws KnowledgeException naming the file, entry and field at the first problem found
     */
    public static KnowledgeBase load(String articleName, String articleText, String factsName, String factsJson) {
        List<Paragraph> paragraphs = parseArticle(articleName, articleText);
        JsonNode root = parseJson(factsName, factsJson);
        StoryMeta story = readStory(factsName, root);
        List<Entity> entities = readEntities(factsName, root);
        List<Fact> facts = readFacts(factsName, root, paragraphs, entities);
        return new KnowledgeBase(story, paragraphs, entities, facts, parseHeader(articleText));
    }

    /** The article's {@code # Key: value} lines before its first paragraph, keys in lower case, in order. */
    static Map<String, String> parseHeader(String text) {
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (PARAGRAPH.matcher(stripped).matches()) {
                break;
            }
            Matcher m = HEADER.matcher(stripped);
            if (m.matches()) {
                header.putIfAbsent(
                        m.group(1).toLowerCase(java.util.Locale.ROOT),
                        m.group(2).strip());
            }
        }
        return header;
    }

    static List<Paragraph> parseArticle(String name, String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m = PARAGRAPH.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            int number = Integer.parseInt(m.group(1));
            if (number != paragraphs.size() + 1) {
                throw new KnowledgeException(name + ": paragraph [" + number + "] is out of order; expected ["
                        + (paragraphs.size() + 1) + "]");
            }
            paragraphs.add(new Paragraph(number, m.group(2).strip()));
        }
        if (paragraphs.isEmpty()) {
            throw new KnowledgeException(
                    name + ": no numbered paragraphs found; each paragraph must start with [1], [2], ...");
        }
        return paragraphs;
    }

    private static JsonNode parseJson(String name, String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject()) {
                throw new KnowledgeException(
                        name + ": must contain one JSON object with \"story\", \"entities\" and \"facts\"");
            }
            return root;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new KnowledgeException(name + ": not valid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private static StoryMeta readStory(String name, JsonNode root) {
        JsonNode story = requireSection(name, root, "story", false);
        String entry = "story";
        requireText(name, entry, story, REQUIRED_STORY);
        return convert(name, entry, story, StoryMeta.class);
    }

    private static List<Entity> readEntities(String name, JsonNode root) {
        JsonNode array = requireSection(name, root, "entities", true);
        List<Entity> entities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String entry = entryName("entity", node, "entities", i);
            requireText(name, entry, node, REQUIRED_ENTITY);
            Entity entity = convert(name, entry, node, Entity.class);
            if (!ids.add(entity.id())) {
                throw fieldError(name, entry, "id", "duplicate id '" + entity.id() + "'");
            }
            entities.add(entity);
        }
        return entities;
    }

    private static List<Fact> readFacts(String name, JsonNode root, List<Paragraph> paragraphs, List<Entity> entities) {
        JsonNode array = requireSection(name, root, "facts", true);
        Set<String> entityIds = new HashSet<>();
        entities.forEach(e -> entityIds.add(e.id()));
        List<Fact> facts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String entry = entryName("fact", node, "facts", i);
            requireText(name, entry, node, REQUIRED_FACT);
            Fact fact = convert(name, entry, node, Fact.class);
            if (!ids.add(fact.id())) {
                throw fieldError(name, entry, "id", "duplicate id '" + fact.id() + "'");
            }
            validateFact(name, entry, fact, paragraphs, entityIds);
            facts.add(fact);
        }
        if (facts.isEmpty()) {
            throw new KnowledgeException(name + ": \"facts\" is empty; the bot needs at least one fact");
        }
        return facts;
    }

    private static void validateFact(
            String name, String entry, Fact fact, List<Paragraph> paragraphs, Set<String> entityIds) {
        if (fact.paragraph() < 1 || fact.paragraph() > paragraphs.size()) {
            throw fieldError(
                    name,
                    entry,
                    "paragraph",
                    "paragraph " + fact.paragraph() + " does not exist; the article has paragraphs 1 to "
                            + paragraphs.size());
        }
        String paragraphText = paragraphs.get(fact.paragraph() - 1).text();
        if (!paragraphText.contains(fact.quote())) {
            throw fieldError(name, entry, "quote", "does not occur verbatim in paragraph " + fact.paragraph());
        }
        if (fact.answer().length() > dev.storybot.core.Answer.MAX_TEXT_CHARS) {
            throw fieldError(
                    name,
                    entry,
                    "answer",
                    "is " + fact.answer().length() + " characters; the limit is "
                            + dev.storybot.core.Answer.MAX_TEXT_CHARS);
        }
        for (String id : fact.entities()) {
            if (!entityIds.contains(id)) {
                throw fieldError(name, entry, "entities", "unknown entity id '" + id + "'");
            }
        }
        if (fact.zh() != Translation.NONE
                && (fact.zh().answer() == null || fact.zh().answer().isBlank())) {
            throw fieldError(name, entry, "zh.answer", "is missing (leave out \"zh\" for no translation)");
        }
        if (fact.ko() != Translation.NONE
                && (fact.ko().answer() == null || fact.ko().answer().isBlank())) {
            throw fieldError(name, entry, "ko.answer", "is missing (leave out \"ko\" for no translation)");
        }
    }

    private static JsonNode requireSection(String name, JsonNode root, String field, boolean array) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new KnowledgeException(name + ": required section \"" + field + "\" is missing");
        }
        if (array ? !node.isArray() : !node.isObject()) {
            throw new KnowledgeException(
                    name + ": section \"" + field + "\" must be " + (array ? "an array" : "an object"));
        }
        return node;
    }

    private static void requireText(String name, String entry, JsonNode node, List<String> fields) {
        if (!node.isObject()) {
            throw new KnowledgeException(name + ": " + entry + " must be a JSON object");
        }
        for (String field : fields) {
            JsonNode value = node.get(field);
            boolean missing = value == null
                    || value.isNull()
                    || (value.isTextual() && value.asText().isBlank());
            if (missing) {
                throw fieldError(name, entry, field, "is required");
            }
        }
    }

    private static <T> T convert(String name, String entry, JsonNode node, Class<T> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw fieldError(name, entry, e.getPropertyName(), "is not a known field (typo?)");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                            && !mapping.getPath().isEmpty()
                    ? pathOf(mapping)
                    : "?";
            String reason = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            throw fieldError(name, entry, field, "has the wrong type or value (" + firstLine(reason) + ")");
        }
    }

    private static String pathOf(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "invalid";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String entryName(String kind, JsonNode node, String array, int index) {
        JsonNode id = node == null ? null : node.get("id");
        String label = id != null && id.isTextual() ? " '" + id.asText() + "'" : "";
        return kind + label + " (" + array + "[" + index + "])";
    }

    private static KnowledgeException fieldError(String name, String entry, String field, String problem) {
        return new KnowledgeException(name + ": " + entry + ", field '" + field + "': " + problem);
    }

    private static String readResource(String file) {
        try (InputStream in = KnowledgeLoader.class.getClassLoader().getResourceAsStream(BUNDLED_DIR + file)) {
            if (in == null) {
                throw new KnowledgeException(BUNDLED_DIR + file + ": not found inside the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KnowledgeException(BUNDLED_DIR + file + ": cannot be read: " + e.getMessage());
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KnowledgeException(
                    file + ": cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }
}
