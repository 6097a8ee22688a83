package dev.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.KnowledgeLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StorybotCommandTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("--help names the story of the bundled knowledge files, and the subcommands keep their own headlines")
    void should_name_the_bundled_story_in_the_help() {
        String title = KnowledgeLoader.loadBundled().brief().title();
        CommandLine cli = new CommandLine(new StorybotCommand());

        assertThat(cli.getUsageMessage().replaceAll("\\s+", " "))
                .contains(StorybotCommand.DESCRIPTION, "Story: " + title);
        assertThat(cli.getSubcommands().get("ask").getUsageMessage())
                .contains("Answer one question and exit.")
                .doesNotContain(StorybotCommand.DESCRIPTION);
    }

    @Test
    @DisplayName("the title is the first headline line of the article in a knowledge directory")
    void should_read_the_title_from_the_article_in_a_knowledge_directory() throws Exception {
        Files.writeString(
                dir.resolve(KnowledgeLoader.ARTICLE_FILE),
                "# A 100% different headline\n# Source: somewhere\n\n[1] First paragraph.\n",
                StandardCharsets.UTF_8);

        assertThat(StorybotCommand.Headline.storyTitle(dir.toString())).isEqualTo("A 100% different headline");
    }

    @Test
    @DisplayName("without a readable headline the help keeps its generic first line")
    void should_have_no_title_without_a_headline() throws Exception {
        Files.writeString(dir.resolve(KnowledgeLoader.ARTICLE_FILE), "[1] First paragraph.\n", StandardCharsets.UTF_8);

        assertThat(StorybotCommand.Headline.storyTitle(dir.toString())).isNull();
        assertThat(StorybotCommand.Headline.storyTitle(dir.resolve("missing").toString()))
                .isNull();
    }
}
