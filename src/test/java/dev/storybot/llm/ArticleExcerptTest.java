package dev.storybot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.ChatRequest;
import dev.storybot.core.Paragraph;
import dev.storybot.settings.LlmSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What of the article a prompt carries, and how its tokens are estimated. */
class ArticleExcerptTest {

    @Test
    @DisplayName("estimates one token per CJK character and one per four other characters")
    void should_estimate_tokens_by_script() {
        assertThat(ArticleExcerpt.estimateTokens("")).isZero();
        assertThat(ArticleExcerpt.estimateTokens("abcdefgh")).isEqualTo(2);
        assertThat(ArticleExcerpt.estimateTokens("abcdefghi")).isEqualTo(3);
        assertThat(ArticleExcerpt.estimateTokens("下载量")).isEqualTo(3);
        assertThat(ArticleExcerpt.estimateTokens("다운로드 abcd")).isEqualTo(4 + 2);
    }

    @Test
    @DisplayName("the bundled story fits the default budget whole")
    void should_carry_the_whole_bundled_story() {
        StoryText story = new StoryText("Headline", TestStory.article(), Map.of());

        ArticleExcerpt excerpt = ArticleExcerpt.select(
                story, TestStory.downloadsEvidence(ask("tl;dr?")), LlmSettings.DEFAULT_CONTEXT_TOKENS);

        assertThat(excerpt.complete()).isTrue();
        assertThat(excerpt.paragraphs()).isEqualTo(TestStory.article());
        assertThat(excerpt.headline()).isEqualTo("Headline");
    }

    @Test
    @DisplayName("a long article keeps the headline, the lead and the retrieved facts' paragraphs within the budget")
    void should_cut_a_long_article_to_the_budget() {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            paragraphs.add(new Paragraph(n, ("Sentence " + n + " of filler about the market. ").repeat(10)));
        }
        StoryText story = new StoryText("A long headline", paragraphs, Map.of());

        ArticleExcerpt excerpt =
                ArticleExcerpt.select(story, TestStory.downloadsEvidence(ask("How many downloads?")), 800);

        assertThat(excerpt.complete()).isFalse();
        assertThat(excerpt.tokens()).isLessThanOrEqualTo(800);
        assertThat(excerpt.headline()).isEqualTo("A long headline");
        assertThat(excerpt.paragraphs())
                .extracting(Paragraph::number)
                .contains(1, 4)
                .isSorted();
    }

    private static ChatRequest ask(String text) {
        return new ChatRequest("test", "conversation-1", "user-1", text);
    }
}
