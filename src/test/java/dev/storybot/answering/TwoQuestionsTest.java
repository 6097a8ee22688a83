package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Two questions in one message, split at their joint, in three languages; one question stays whole. */
class TwoQuestionsTest {

    private static final TwoQuestions TWO = new TwoQuestions();

    static Stream<Arguments> split() {
        return Stream.of(
                Arguments.of("who runs nvidia and what did he say", "who runs nvidia", "what did he say"),
                Arguments.of("who wrote it and whats LG's capacity", "who wrote it", "whats LG's capacity"),
                Arguments.of(
                        "who is chamath? what did he say about moonshot",
                        "who is chamath",
                        "what did he say about moonshot"),
                Arguments.of("谁创立了Thinking Machines Lab，什么模型启发了它的研究？", "谁创立了Thinking Machines Lab", "什么模型启发了它的研究？"),
                Arguments.of("누가 싱킹 머신즈 랩을 창업했고 무슨 모델을 참고했어?", "누가 싱킹 머신즈 랩을 창업했", "무슨 모델을 참고했어?"),
                Arguments.of("¿cuánto vale cursor? y que modelo usa", "¿cuánto vale cursor", "que modelo usa"),
                Arguments.of(
                        "combien vaut cursor ? et quel modèle utilise-t-il",
                        "combien vaut cursor",
                        "quel modèle utilise-t-il"),
                Arguments.of(
                        "Wer hat Thinking Machines Lab gegründet, und was hat die Firma angekündigt?",
                        "Wer hat Thinking Machines Lab gegründet",
                        "was hat die Firma angekündigt?"),
                Arguments.of("젠슨 황이 누구야? 기사에서 뭐라고 소개돼?", "젠슨 황이 누구야", "기사에서 뭐라고 소개돼?"),
                Arguments.of("英伟达的黄仁勋是谁？文章怎么介绍他？", "英伟达的黄仁勋是谁", "文章怎么介绍他？"),
                Arguments.of("who is mitul mehta? was he on the team?", "who is mitul mehta", "was he on the team?"),
                Arguments.of("Mitul Mehta 是谁啊？他参与这个研究了吗", "Mitul Mehta 是谁啊", "他参与这个研究了吗"),
                Arguments.of("미툴 메타가 누구야? 연구에 참여했어?", "미툴 메타가 누구야", "연구에 참여했어?"),
                Arguments.of(
                        "is qwen open source? and how many downloads?", "is qwen open source", "how many downloads?"),
                // an emoji ends the first question as a question mark would
                Arguments.of("is that like a title 😂 who is he", "is that like a title", "who is he"),
                Arguments.of("这个名字是真的吗😂 谁给他起的这个名字", "这个名字是真的吗", "谁给他起的这个名字"),
                Arguments.of("이게 진짜 이름이야 😂 누구야 그 사람", "이게 진짜 이름이야", "누구야 그 사람"),
                Arguments.of(
                        "qui a fondé thinking machines lab et quel modèle a inspiré ses recherches",
                        "qui a fondé thinking machines lab",
                        "quel modèle a inspiré ses recherches"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("split")
    void should_split_two_questions_at_their_joint(String message, String first, String second) {
        assertThat(TWO.split(message)).contains(List.of(first, second));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "who founded thinking machines lab?",
                "what do qwen and llama have in common?",
                "黄仁勋说了什么？",
                "젠슨 황이 뭐라고 했어?",
                "and why?",
                "who makes it? alibaba right?",
                "谁做的？阿里巴巴对吧？",
                "누가 만들었어? 알리바바 맞지?",
                "il a dit que les modèles chinois sont moins chers et que tout le monde les utilise",
                "was sagt er über China und die USA",
                // a second part asking only which one the first meant continues it
                "there was another coding startup besides cursor right? which one",
                "除了Cursor还有一家初创公司吧？是哪一家？",
                "커서 말고 다른 스타트업도 있지? 그게 어느 거야?"
            })
    void should_keep_one_question_whole(String message) {
        assertThat(TWO.split(message)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"is Jensen Huang his real name? who is he", "黄仁勋是真名吗？他是谁", "젠슨 황이 본명이야? 그는 누구야"})
    void should_read_a_pronoun_of_the_second_part_as_the_person_the_first_names(String message) {
        Answer answer = TestBots.retrieval().answer(ChatRequest.of("test", message));

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).containsIgnoringCase("NVIDIA");
    }

    @Test
    void should_answer_both_parts_with_the_citations_of_each() {
        Answer answer = TestBots.retrieval()
                .answer(ChatRequest.of(
                        "test", "who founded thinking machines lab and what model inspired their research"));

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains("Murati").contains("Qwen3").hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
        assertThat(answer.citations()).isNotEmpty();
    }
}
