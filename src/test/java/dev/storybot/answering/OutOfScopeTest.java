package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Advice, opinions and predictions are out of any story's scope; questions about what the story says are not. */
class OutOfScopeTest {

    private static final OutOfScope OUT_OF_SCOPE = new OutOfScope();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "should i use qwen or llama for my side project",
                "what do you think about deepseek?",
                "predict who wins the ai race",
                "我应该用Qwen还是Llama？",
                "你觉得中国会赢吗？",
                "큐웬이랑 라마 중에 뭘 써야 할까?",
                "이 문제에 대해 어떻게 생각해?"
            })
    void should_recognise_advice_opinions_and_predictions(String question) {
        assertThat(OUT_OF_SCOPE.matches(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "who does huang think will win the ai race?",
                "why do developers use chinese models?",
                "黄仁勋认为谁会赢？",
                "젠슨 황은 누가 이긴다고 했어?"
            })
    void should_leave_questions_about_the_story_alone(String question) {
        assertThat(OUT_OF_SCOPE.matches(question)).isFalse();
    }
}
