package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole conversations through the answering stages: the last turn's answer (or refusal) is what is checked. */
class ConversationAnswersTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = TestBots.retrieval();
    }

    /** Asks every turn of {@code turns} (separated by " >> ") in one fresh conversation; returns the last answer. */
    private static Answer last(String turns) {
        String conversation = UUID.randomUUID().toString();
        Answer answer = null;
        for (String turn : turns.split(" >> ")) {
            answer = bot.answer(new ChatRequest("test", conversation, "user", turn.strip()));
        }
        return answer;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // conversation | a word the last answer must contain
                "thinking machines lab is the mira murati company right? >> which chinese model inspired their research"
                        + " | Qwen",
                "Thinking Machines Lab是谁创办的？ >> 她以前是干啥的 >> 那他们的研究是参考了哪个模型？ | Qwen",
                "싱킹 머신즈 랩은 누가 세웠어? >> 그들의 연구는 어떤 모델에서 영감을 받았어? | Qwen",
                "is qwen bigger than llama on huggingface now or nah | 385.3",
                "the ex-openai cto's startup... whats it called again lol | Thinking Machines",
                // arithmetic on the figures the latest answers gave
                "what share of new hugging face models comes from qwen >> and meta's? >> gap in percentage points? | 25",
                "Qwen的累计下载量是多少？ >> 那Llama呢？ >> 加起来一共多少？ | 731.5",
                "큐웬의 누적 다운로드 수는? >> 그럼 라마는? >> 합치면 얼마야? | 731.5",
                // the gap between the figures just given
                "qwen vs llama downloads? >> so how big is the gap | 39.1",
                "Qwen和Llama的下载量分别是多少？ >> 差距有多大？ | 3910万",
                "큐웬과 라마 다운로드 수는? >> 차이가 얼마나 돼? | 3910만",
                "what percent of new models on hugging face come from qwen >> and meta? >> so whats the difference in points"
                        + " | 25",
                // other languages: an elliptical follow-up, and a second question about the first one's subject
                "¿cuántas descargas acumuladas tiene Qwen en Hugging Face? >> ¿y Llama de Meta? | 346.2",
                "¿cuánto vale cursor según el artículo? y que modelo chino usa supuestamente | DeepSeek",
                "how much is cursor worth and which chinese model does it supposedly use | DeepSeek",
                // the same question about a new subject: every statement it made
                "what did jensen huang say >> and the vc guy? | cheaper",
                "黄仁勋说了什么？ >> 那查马斯呢？ | 便宜",
                "젠슨 황이 뭐라고 했어? >> 그럼 차마스는? | 저렴",
                // a description stands for the one entity it fits in a first question too
                "who's the vc dude in this | Palihapitiya",
                "那个投资人说了什么？ | 查马斯",
                "그 투자자는 뭐라고 했어? | 차마스",
                // a comparison with a new subject asks about the same thing
                "how many downloads did qwen get >> is that more than llama's? | 346.2",
                "Qwen的下载量是多少？ >> 这比Llama的多吗？ | 346.2",
                "큐웬의 다운로드 수는? >> 그게 라마보다 많아? | 346.2",
                // "it" as a whole right after a question about another outlet's piece is that piece
                "there's a bloomberg piece mentioned, what was the title >> whats the gist of it | code",
                "who wrote the bloomberg opinion piece it talks about >> ok what's it called then | Depend",
                "彭博社的评论文章标题是什么？ >> 它讲了什么？ | 代码",
                "블룸버그 칼럼 제목이 뭐야? >> 그거 요약해줘 | 코드",
                "there's a bloomberg piece mentioned, what was the title >> tl;dr of the whole story? | JoongAng",
                // a sentence about each of the things the last answer named
                "list all the people in the article >> who is each of them? | venture capitalist",
                "文章里提到了哪些人？ >> 他们分别是谁？ | 风险投资人",
                "기사에 나오는 사람들 전부 알려줘 >> 각각 어떤 사람이야? | 벤처캐피털리스트",
                "この記事に出てくる人物を全員教えて >> それぞれどういう人？ | venture capitalist",
            })
    void should_answer_the_last_turn_from_what_the_conversation_is_about(String turns, String expected) {
        Answer answer = last(turns);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).containsIgnoringCase(expected);
        assertThat(answer.citations()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "thinking machines lab is the mira murati company right? >> which chinese model inspired their research"
                        + " >> who makes that model",
                "which company makes qwen again? alibaba right?",
                "哪家公司开发的Qwen？",
                "큐웬은 어느 회사가 만들었어?",
                // which one of something the story mentions without naming it
                "what podcast was chamath on when he said that",
                "查马斯是在哪个播客上说的？",
                "차마스는 어느 팟캐스트에서 말했어?",
                // a time the story gives no figure for
                "what share of new hugging face models are based on meta >> what was meta's share like last year",
                "基于Meta的模型占比是多少？ >> 去年呢？Meta去年的占比是多少？",
                "메타 기반 모델 비중은? >> 메타의 작년 비중은 얼마였어?",
                // a comparison with a subject the story gives no such figure for
                "cursor valuation? >> is that more than cognition's?",
                "Cursor的估值是多少？ >> 这比Cognition AI的高吗？",
                "커서의 기업가치는? >> 그게 코그니션 AI보다 높아?",
            })
    void should_refuse_what_the_story_does_not_say_about_what_the_conversation_is_about(String turns) {
        Answer answer = last(turns);

        assertThat(answer.answered()).as(answer.text()).isFalse();
    }
}
