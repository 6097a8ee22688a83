package dev.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code storybot knowledge check DIR} through the real command line. */
class KnowledgeCheckCommandTest {

    static final String ARTICLE = "# Harbour bridge reopens\n# Source: https://news.example.org/bridge\n\n"
            + "[1] The harbour bridge reopened on Friday after a repair that cost $40 million.\n\n"
            + "[2] Harbourline, the operator, said traffic would return to normal within a week.\n";

    /** Valid, with a money figure typed as a number and an entity without aliases. */
    static final String FACTS = """
            {"story": {"title": "Harbour bridge reopens", "sourceLine": "The Ledger",
                       "url": "https://news.example.org/bridge", "summary": "The bridge reopened."},
             "entities": [{"id": "harbourline", "name": "Harbourline", "type": "company"}],
             "facts": [
               {"id": "repair-cost", "paragraph": 1, "quote": "a repair that cost $40 million",
                "answer": "The repair cost $40 million.", "attribution": "the article", "certainty": "stated",
                "answers": ["number"], "keywords": ["cost", "repair"],
                "figures": [{"label": "repair cost", "value": 40, "unit": "million dollars"}],
                "zh": {"answer": "维修花费4000万美元。"}, "ko": {"answer": "수리비는 4천만 달러였다."}},
               {"id": "traffic-normal", "paragraph": 2, "quote": "traffic would return to normal within a week",
                "answer": "Harbourline said traffic would return to normal within a week.",
                "attribution": "Harbourline", "certainty": "said", "entities": ["harbourline"],
                "answers": ["event"], "keywords": ["traffic"], "paraphrases": ["When will traffic be normal?"],
                "zh": {"answer": "Harbourline表示交通将在一周内恢复正常。"},
                "ko": {"answer": "Harbourline은 교통이 일주일 안에 정상화된다고 말했다."}}
             ]}
            """;

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void should_load_and_print_one_warning_line_per_finding_and_exit_0() throws Exception {
        Files.writeString(dir.resolve("article.txt"), ARTICLE);
        Files.writeString(dir.resolve("facts.json"), FACTS);

        int exit = Main.run("knowledge", "check", dir.toString());

        assertThat(exit).as(console.stderr()).isZero();
        assertThat(console.stdout().lines())
                .contains(
                        "loaded " + dir + ": 2 paragraphs, 2 facts, 1 entities",
                        "warning: facts.json: fact 'repair-cost' has the money figure 'repair cost' (million dollars)"
                                + " but its answers do not include money or price, so \"how much\" questions miss it",
                        "warning: facts.json: entity 'harbourline' has no aliases; add the other spellings and short"
                                + " forms people type (surname, acronym, the article's own spelling)",
                        "2 warning(s); the bot runs with them, but fix what you can")
                .anyMatch(line -> line.startsWith("translations (optional): 0 of 2 facts have no zh answer"));
        assertThat(console.stderr()).isEmpty();
    }

    @Test
    void should_exit_1_with_the_loaders_one_line_error_when_a_file_is_broken() throws Exception {
        Files.writeString(dir.resolve("article.txt"), ARTICLE);
        Files.writeString(dir.resolve("facts.json"), FACTS.replace("\"paragraph\": 2", "\"paragraph\": 7"));

        int exit = Main.run("knowledge", "check", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(console.stderr().lines())
                .containsExactly("error: " + dir.resolve("facts.json")
                        + ": fact 'traffic-normal' (facts[1]), field 'paragraph': paragraph 7 does not exist; the"
                        + " article has paragraphs 1 to 2");
        assertThat(console.stdout()).isEmpty();
    }

    @Test
    void should_find_no_warning_that_stops_the_bundled_story() {
        int exit = Main.run("knowledge", "check", Path.of("knowledge").toString());

        assertThat(exit).as(console.stderr()).isZero();
        assertThat(console.stdout()).contains("translations (optional): 0 of ");
    }
}
