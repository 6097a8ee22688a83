package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelationCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // question | a fact sentence | does the sentence state the relation asked
                "who wrote the bloomberg op-ed | Bloomberg published an opinion article titled X. | false",
                "who wrote the paper | The researchers wrote in the paper that it works. | true",
                "那篇文章是谁写的？ | 彭博社发表了一篇评论文章。 | false",
                "그 칼럼은 누가 썼어? | 블룸버그는 칼럼을 게재했다. | false",
                "which company makes qwen | Thinking Machines Lab was inspired by Qwen3. | false",
                "哪家公司开发的 Qwen？ | 阿里巴巴开发了通义千问。 | true",
                "who makes that model | Its research was built on the model. | false",
                "哪家公司开发的这个模型？ | 该研究建立在这个模型之上。 | false",
                "누가 만들었어? | 그 연구는 이 모델을 바탕으로 했다. | false",
                "did the us ban deepseek | Cursor is suspected of using DeepSeek. | false",
                "미국이 딥시크를 금지했어? | 커서는 딥시크를 쓴 것으로 의심된다. | false",
                "who is the ceo of nvidia | NVIDIA CEO Jensen Huang said China is winning. | true",
                "what gpus does cursor train on | Cursor is suspected of using DeepSeek. | false",
                "wait who actually did this study | The result is new, said study co-author Ann Lee. | true",
                "who did the study | It is lovely, said Bo Kim, a researcher at X, who was not involved in it. | false",
                "who did the study | The findings could help scientists who are studying sleep. | false",
                "who did the study | His doctor asked one of the study authors, Bo Kim, for advice. | true",
                "这个研究是谁做的？ | 该研究的作者李安说，结果很新。 | true",
                "这个研究是谁做的？ | 未参与该研究的研究人员金博说，结果很好。 | false",
                "이 연구는 누가 했어? | 연구진은 논문에서 결과가 새롭다고 썼다. | true",
                "이 연구는 누가 했어? | 연구에 참여하지 않은 연구자 김보는 결과가 좋다고 말했다. | false",
                "did they admit it? | Orbix is suspected of using the Lumo model. | false",
                "did orbix ever respond to that | Orbix declined to comment. | true",
                "has the agency confirmed the cases | The first two cases were confirmed on May 2. | true",
                "他们承认了吗？ | 奥比克斯被怀疑使用了Lumo模型。 | false",
                "奥比克斯回应了吗？ | 奥比克斯拒绝置评。 | true",
                "오르빅스는 인정했어? | 오르빅스는 루모 모델을 쓴 것으로 의심된다. | false",
                "오르빅스는 해명했어? | 오르빅스는 입장을 해명했다. | true",
                "who founded orbix | People found that its answers turned into Korean. | false",
                "who founded orbix | Orbix was founded by Ann Lee in 2019. | true",
                "who founded orbix | Orbix co-founder Ann Lee said so. | true",
                "谁创办了奥比克斯？ | 人们发现它的回答变成了韩语。 | false",
                "谁创办了奥比克斯？ | 奥比克斯由李安于2019年创办。 | true",
                "오르빅스는 누가 창업했어? | 사람들은 그 답이 한국어로 바뀐 것을 발견했다. | false",
                "오르빅스는 누가 창업했어? | 오르빅스는 2019년 이안이 창업했다. | true",
                "which journal was the study in | The study, published in Field Notes, found it. | true",
                "which journal was the study in | The study found that ferries cut traffic. | false",
                "这项研究发表在哪个期刊？ | 这项研究发表在《田野笔记》上。 | true",
                "这项研究发表在哪个期刊？ | 这项研究发现渡轮减少了交通。 | false",
                "그 연구는 어느 학술지에 실렸어? | 그 연구는 학술지 필드노트에 게재됐다. | true",
                "그 연구는 어느 학술지에 실렸어? | 그 연구는 페리가 교통을 줄였다고 밝혔다. | false",
                // where someone is from: a place before the word for them, or "from" a place after them
                "and where's he from | A Norvale man's decision to change his bedding made him ill. | true",
                "where is the man from | The man had a rare form of the illness. | false",
                "where are the patients from | The patients, a husband and wife, are from Alder Valley. | true",
                "where are the patients from | The patients were taken to a hospital in Alder. | false",
                "那对夫妻是哪里人？ | 这对夫妇来自阿尔德谷。 | true",
                "那对夫妻是哪里人？ | 这对夫妇在医院接受治疗。 | false",
                "그 남자는 어디 출신이야? | 그 남자는 노르베일 출신이다. | true",
                "그 남자는 어디 출신이야? | 그 남자는 병원에 입원했다. | false",
            })
    void should_require_a_fact_that_states_the_relation_asked(String question, String sentence, boolean states) {
        Optional<Pattern> relation = QuestionCues.requiredRole(question);

        assertThat(relation).isPresent();
        assertThat(relation.get().matcher(sentence).find()).isEqualTo(states);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "how many downloads did qwen get",
        "黄仁勋说了什么",
        "기사 요약해줘",
        "which lab was inspired by Qwen3 research?",
        "who did the study scan?",
        "what school is Mitul Mehta from?",
        "how did investors react to the news",
        "他说了什么？",
        "그는 뭐라고 했어?",
        "what did people find about orbix",
        "他们发现了什么？",
        "사람들이 뭘 발견했어?"
    })
    void should_ask_no_relation_for_other_questions(String question) {
        assertThat(QuestionCues.requiredRole(question)).isEmpty();
    }
}
