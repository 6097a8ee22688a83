package dev.storybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KnowledgeLoaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String bundled(String file) throws IOException {
        try (InputStream in = KnowledgeLoaderTest.class.getResourceAsStream("/knowledge/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void should_load_the_bundled_story_with_every_quote_verbatim() {
        KnowledgeBase kb = KnowledgeLoader.loadBundled();

        assertThat(kb.paragraphs()).hasSize(4);
        assertThat(kb.facts()).hasSizeGreaterThanOrEqualTo(20);
        for (Fact fact : kb.facts()) {
            assertThat(kb.paragraphs().get(fact.paragraph() - 1).text()).contains(fact.quote());
            assertThat(fact.answer().length()).isLessThanOrEqualTo(300);
            assertThat(fact.zh().answer()).isNotBlank();
            assertThat(fact.ko().answer()).isNotBlank();
        }
        Set<String> ids = new HashSet<>();
        kb.facts()
                .forEach(f ->
                        assertThat(ids.add(f.id())).as("unique id %s", f.id()).isTrue());
    }

    @Test
    void should_number_the_article_paragraphs_as_written() {
        var paragraphs = KnowledgeLoader.parseArticle("a.txt", "# title\n\n[1] First.\n\n[2] Second.\n");

        assertThat(paragraphs).extracting(p -> p.number() + ":" + p.text()).containsExactly("1:First.", "2:Second.");
    }

    @Test
    void should_reject_paragraphs_out_of_order() {
        assertThatThrownBy(() -> KnowledgeLoader.parseArticle("a.txt", "[1] One.\n[3] Three.\n"))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("a.txt: paragraph [3] is out of order; expected [2]");
    }

    @Test
    void should_reject_an_article_without_numbered_paragraphs() {
        assertThatThrownBy(() -> KnowledgeLoader.parseArticle("a.txt", "just text\n"))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("a.txt: no numbered paragraphs found");
    }

    static Stream<Arguments> brokenFacts() {
        return Stream.of(
                broken(
                        "a quote that is not in its paragraph",
                        f -> f.put("quote", "Llama reached 999 million"),
                        "field 'quote': does not occur verbatim in paragraph"),
                broken(
                        "a paragraph that does not exist",
                        f -> f.put("paragraph", 9),
                        "field 'paragraph': paragraph 9 does not exist; the article has paragraphs 1 to 4"),
                broken("a missing answer", f -> f.remove("answer"), "field 'answer': is required"),
                broken("a blank attribution", f -> f.put("attribution", " "), "field 'attribution': is required"),
                broken(
                        "an answer over 300 characters",
                        f -> f.put("answer", "x".repeat(301)),
                        "field 'answer': is 301 characters; the limit is 300"),
                broken("an unknown certainty", f -> f.put("certainty", "rumoured"), "field 'certainty': has the wrong"),
                broken(
                        "a paragraph that is not a number",
                        f -> f.put("paragraph", "four"),
                        "field 'paragraph': has the wrong"),
                broken(
                        "an unknown entity",
                        f -> f.putArray("entities").add("nobody"),
                        "field 'entities': unknown entity id 'nobody'"),
                broken("a misspelt field", f -> f.put("qoute", "x"), "field 'qoute': is not a known field"),
                broken(
                        "a missing Chinese answer",
                        f -> ((ObjectNode) f.get("zh")).remove("answer"),
                        "field 'zh.answer': is missing (leave out \"zh\" for no translation)"));
    }

    private static Arguments broken(String what, Consumer<ObjectNode> edit, String expected) {
        return Arguments.of(what, edit, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFacts")
    @DisplayName("a broken fact stops loading with a message naming the file, the entry and the field")
    void should_name_file_entry_and_field(String what, Consumer<ObjectNode> edit, String expected) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(bundled("facts.json"));
        ObjectNode fact = (ObjectNode) root.withArray("facts").get(2);
        String id = fact.get("id").asText();
        edit.accept(fact);

        assertThatThrownBy(() ->
                        KnowledgeLoader.load("article.txt", bundled("article.txt"), "facts.json", root.toString()))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("facts.json: fact '" + id + "' (facts[2]), ")
                .hasMessageContaining(expected);
    }

    @Test
    void should_reject_duplicate_fact_ids() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(bundled("facts.json"));
        ArrayNode facts = root.withArray("facts");
        ((ObjectNode) facts.get(1)).put("id", facts.get(0).get("id").asText());

        assertThatThrownBy(() ->
                        KnowledgeLoader.load("article.txt", bundled("article.txt"), "facts.json", root.toString()))
                .hasMessageContaining("(facts[1]), field 'id': duplicate id");
    }

    @Test
    void should_report_invalid_json_with_its_position() throws IOException {
        assertThatThrownBy(() ->
                        KnowledgeLoader.load("article.txt", bundled("article.txt"), "facts.json", "{\"story\": {,}"))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("facts.json: not valid JSON (line 1, column");
    }

    @Test
    void should_report_a_missing_section() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(bundled("facts.json"));
        root.remove("entities");

        assertThatThrownBy(() ->
                        KnowledgeLoader.load("article.txt", bundled("article.txt"), "facts.json", root.toString()))
                .hasMessage("facts.json: required section \"entities\" is missing");
    }

    @Test
    void should_report_a_missing_article_by_its_path(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("facts.json"), bundled("facts.json"));

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("article.txt: cannot be read");
    }

    @Test
    void should_load_a_fact_without_translations() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(bundled("facts.json"));
        ObjectNode fact = (ObjectNode) root.get("facts").get(0);
        fact.remove("zh");
        fact.remove("ko");

        KnowledgeBase knowledge =
                KnowledgeLoader.load("article.txt", bundled("article.txt"), "facts.json", root.toString());

        assertThat(knowledge.facts().get(0).translated(dev.storybot.core.Language.ZH))
                .isFalse();
        assertThat(knowledge.facts().get(1).translated(dev.storybot.core.Language.ZH))
                .isTrue();
    }
}
