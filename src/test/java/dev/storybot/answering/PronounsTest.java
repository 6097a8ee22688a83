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
}
