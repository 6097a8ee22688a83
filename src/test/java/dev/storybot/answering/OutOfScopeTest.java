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
                "이 문제에 대해 어떻게 생각해?",
                "unrelated but whats a good recipe for risotto",
                "题外话，你知道哪里有好吃的火锅吗",
                "기사랑 상관없는데 오늘 날씨 어때?",
                "can you predict the stock price next year",
                "write me a python script that downloads qwen from hugging face",
                "给我写一个下载模型的脚本",
                "모델 다운로드하는 코드 짜줘",
                "where's the best place to buy magic mushrooms in amsterdam 👀",
                "哪里可以买到迷幻蘑菇？",
                "마법 버섯은 어디서 살 수 있어?",
                "need to buy tix for my brother, when do they play next",
                "what's orbix's stock doing today",
                "Orbix今天的股价是多少？",
                "오르빅스 오늘 주가는?"
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
                "젠슨 황은 누가 이긴다고 했어?",
                "what did the company forecast for next quarter",
                "公司对下个季度的预测是多少？",
                "회사는 다음 분기 전망을 어떻게 밝혔어?",
                "were the brain regions unrelated before the drug?",
                "what did the company write in its statement?",
                "where did the researchers get the psilocybin?",
                "研究人员从哪里买的设备？",
                "who did Emirates buy the jets from?",
                "why did shares rise after the report?",
                "股价为什么上涨？",
                "주가는 왜 올랐어?"
            })
    void should_leave_questions_about_the_story_alone(String question) {
        assertThat(OUT_OF_SCOPE.matches(question)).isFalse();
    }
}
