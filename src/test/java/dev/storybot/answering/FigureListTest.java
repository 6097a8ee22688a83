package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A list of the story's figures writes a count as the story does ("17 nights"), a measure with its unit, and then the
 * story's dates and decades as written.
 */
class FigureListTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Astronomers spot vapor over the moon Vela

                        [1] Astronomers watched the moon Vela for 17 nights in 2016.

                        [2] They measured about 2,300 tons of water vapor over its south pole on April 26.

                        [3] A probe is to fly past Vela in the mid-2030s.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"list every number in the article pls", "文章里所有的数字都列出来", "기사에 나오는 모든 숫자"})
    void should_list_a_count_before_what_it_counts(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("17 nights").contains("2300 tons").doesNotContain("nights: 17");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"list every number in the article pls", "文章里所有的数字都列出来", "기사에 나오는 모든 숫자"})
    void should_list_the_dates_and_decades_after_the_figures(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("17 nights", "2300 tons", "2016", "April 26", "mid-2030s");
        assertThat(answer.text().indexOf("April 26"))
                .isGreaterThan(answer.text().indexOf("2300 tons"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"list every number in the article pls", "文章里所有的数字都列出来", "기사에 나오는 모든 숫자"})
    void should_list_only_the_dates_that_fit_and_keep_the_figures_labels(String question) {
        StringBuilder article = new StringBuilder("# A long season of launches\n\n[1] The agency spent $4.5 billion on"
                + " its heavy rocket and flew 12 crewed missions.\n");
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September"};
        for (int i = 0; i < months.length; i++) {
            article.append("\n[")
                    .append(i + 2)
                    .append("] A supply flight left on ")
                    .append(months[i])
                    .append(" ")
                    .append(i + 10)
                    .append(", 2019, and returned on ")
                    .append(months[i])
                    .append(" ")
                    .append(i + 20)
                    .append(", 2019.\n");
        }
        RetrievalAnswerer many = RetrievalAnswerer.create(
                KnowledgeLoader.derive("article.txt", article.toString()), TestBots.embeddings());

        Answer answer = many.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
        assertThat(answer.text())
                .contains("12 crewed missions", "January 10, 2019")
                .doesNotContain("September 28");
    }
}
