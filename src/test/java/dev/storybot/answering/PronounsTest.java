package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Language;
import dev.storybot.knowledge.Entity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PronounsTest {

    private static final Entity PERSON = new Entity("ana", "Ana Ruiz", "person", null, List.of(), List.of(), List.of());
    private static final Entity LAB = new Entity("lab", "Orbit Lab", "company", null, List.of(), List.of(), List.of());

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EN | what did he say about the library | what did Ana Ruiz say about the library",
                "EN | and what was her job before? | and what was Ana Ruiz's job before?",
                "EN | did anyone interview her? | did anyone interview Ana Ruiz?",
                "EN | where does the theme come from | where does the theme come from",
                "ZH | 她还说了什么？ | Ana Ruiz还说了什么？",
                "KO | 그는 뭐라고 했어? | Ana Ruiz는 뭐라고 했어?",
                "KO | 그녀의 직업은? | Ana Ruiz의 직업은?",
            })
    void should_put_the_person_a_pronoun_stands_for_into_the_question(
            Language language, String question, String resolved) {
        assertThat(new Pronouns().resolve(question, language, Optional.of(PERSON)))
                .isEqualTo(resolved);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"what did he say", "他说了什么", "그는 뭐라고 했어"})
    void should_leave_the_question_alone_without_one_person_to_stand_for(String question) {
        assertThat(new Pronouns().resolve(question, Language.detect(question), Optional.empty()))
                .isEqualTo(question);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EN | which model inspired their research | which model inspired Orbit Lab's research",
                "EN | how much money have they raised | how much money have Orbit Lab raised",
                "ZH | 那他们的研究参考了哪个模型？ | 那Orbit Lab的研究参考了哪个模型？",
                "ZH | 它的估值是多少？ | Orbit Lab的估值是多少？",
                "KO | 그들의 연구는 어떤 모델을 참고했어? | Orbit Lab의 연구는 어떤 모델을 참고했어?",
                "KO | 그 회사는 어디에 있어? | Orbit Lab는 어디에 있어?",
            })
    void should_put_the_company_a_plural_or_neuter_pronoun_stands_for_into_the_question(
            Language language, String question, String resolved) {
        Pronouns pronouns = new Pronouns();

        assertThat(pronouns.hasGroupPronoun(question, language)).isTrue();
        assertThat(pronouns.resolveGroup(question, language, LAB)).isEqualTo(resolved);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {"EN | what did he say", "ZH | 他说了什么", "ZH | 她以前是干啥的", "KO | 그는 뭐라고 했어?"})
    void should_not_read_a_pronoun_for_a_person_as_one_for_a_company(Language language, String question) {
        assertThat(new Pronouns().hasGroupPronoun(question, language)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"他们说了什么, 他们说了什么", "他说了什么, Ana Ruiz说了什么"})
    void should_read_the_chinese_plural_pronoun_as_no_one_person(String question, String resolved) {
        assertThat(new Pronouns().resolve(question, Language.ZH, Optional.of(PERSON)))
                .isEqualTo(resolved);
    }
}
