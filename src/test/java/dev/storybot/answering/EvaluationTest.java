package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The quality bar: the evaluation set in {@code src/test/resources/eval/questions.jsonl} is answered at least 95%
 * correctly, where correct means the right fact cited, at most 300 characters, and {@code answered} right.
 */
class EvaluationTest {

    private static final double REQUIRED_ACCURACY = 0.95;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Case(String id, String category, String question, String conversation, boolean answered,
                List<String> facts, boolean any, String language) {
    }

    @Test
    @DisplayName("answers at least 95% of the evaluation set correctly")
    void should_answer_the_evaluation_set() throws IOException {
        KnowledgeBase knowledge = TestBots.knowledge();
        RetrievalAnswerer bot = TestBots.retrieval();
        List<Case> cases = load();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(80);

        List<String> failures = new ArrayList<>();
        String run = UUID.randomUUID().toString();
        for (Case c : cases) {
            String conversation = c.conversation() == null ? "eval-" + c.id() + "-" + run : c.conversation() + "-" + run;
            Answer answer = bot.answer(new ChatRequest("eval", conversation, "tester", c.question()));
            String problem = judge(c, answer, knowledge);
            if (problem != null) {
                failures.add(c.id() + " [" + c.category() + "] " + c.question() + "\n    -> " + problem
                        + "\n    got: " + answer.text().replace("\n", " | "));
            }
        }
        double accuracy = 1.0 - (double) failures.size() / cases.size();
        System.out.printf("evaluation: %d/%d correct (%.1f%%)%n", cases.size() - failures.size(), cases.size(),
                accuracy * 100);
        failures.forEach(f -> System.out.println("  miss " + f));
        assertThat(accuracy).as("accuracy; failures:%n%s", String.join("\n", failures))
                .isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
    }

    static String judge(Case c, Answer answer, KnowledgeBase knowledge) {
        if (c.answered() != answer.answered()) {
            return "expected answered=" + c.answered() + " but was " + answer.answered();
        }
        if (!c.answered()) {
            return null;
        }
        if (answer.text().length() > Answer.MAX_TEXT_CHARS) {
            return "answer is " + answer.text().length() + " characters";
        }
        if (answer.citations().isEmpty()) {
            return "no citation";
        }
        if (c.language() != null && !c.language().equals(answer.language().code())) {
            return "answered in " + answer.language().code() + " instead of " + c.language();
        }
        List<Boolean> cited = c.facts().stream().map(id -> cites(answer, knowledge.fact(id).orElseThrow())).toList();
        boolean ok = c.any() ? cited.contains(true) : !cited.contains(false);
        return ok ? null : "expected " + (c.any() ? "any of " : "all of ") + c.facts() + " but cited "
                + answer.citations().stream().map(Citation::quote).map(q -> idOf(q, knowledge)).toList();
    }

    private static boolean cites(Answer answer, Fact fact) {
        return answer.citations().contains(new Citation(fact.paragraph(), fact.quote()));
    }

    private static String idOf(String quote, KnowledgeBase knowledge) {
        return knowledge.facts().stream().filter(f -> f.quote().equals(quote)).map(Fact::id).findFirst()
                .orElse("?");
    }

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                EvaluationTest.class.getResourceAsStream("/eval/questions.jsonl")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                List<String> facts = new ArrayList<>();
                n.path("facts").forEach(f -> facts.add(f.asText()));
                cases.add(new Case(n.path("id").asText(), n.path("category").asText(), n.path("question").asText(),
                        n.hasNonNull("conversation") ? n.get("conversation").asText() : null,
                        n.path("answered").asBoolean(), facts, n.path("any").asBoolean(false),
                        n.hasNonNull("language") ? n.get("language").asText() : null));
            }
        }
        return cases;
    }
}
