package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.AnswerType;
import dev.storybot.knowledge.Entity;
import dev.storybot.retrieval.EntityMatcher;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name never says what kind of answer is asked: a town called "Port Worth" asks no worth, in the question or in the
 * names a follow-up is resolved with; the earlier question a follow-up leans on may say it.
 */
class ContextNamesAskNothingTest {

    private static final EntityMatcher ENTITIES = new EntityMatcher(List.of(
            new Entity("port-worth", "Port Worth", "place", "", List.of(), List.of(), List.of()),
            new Entity("price-hall", "Price Hall", "organization", "", List.of(), List.of(), List.of()),
            new Entity("ann-day", "Ann Day", "person", "", List.of("Day"), List.of(), List.of()),
            new Entity("worth", "Worth", "company", "", List.of(), List.of(), List.of())));

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the question's own names
                "who rescued the girl in Port Worth? | | PERSON ORGANIZATION",
                "谁在Port Worth救了那个女孩？ | | PERSON ORGANIZATION",
                "Port Worth에서 누가 그 여자아이를 구했어? | | PERSON ORGANIZATION",
                "where is Price Hall? | | PLACE EVENT",
                // a question opening with a name keeps its shape: it is no yes/no question, and a word after "how
                // many" is still counted
                "Port Worth is valued at about $1 billion right? | | MONEY",
                "how many Port Worth residents were there? | | NUMBER",
                // a name of one word may be the cue itself
                "what day was Ann Day rescued? | | DATE",
                "how much is Worth worth? | | MONEY",
                // the names set after a follow-up for context
                "what did they say on their radios | what did they say on their radios (Port Worth, Price Hall) |",
                "他们说了什么？ | 他们说了什么？ (Port Worth, Price Hall) |",
                "그들이 뭐라고 했어? | 그들이 뭐라고 했어? (Port Worth, Price Hall) |",
                "what did they say on their radios | what did they say on their radios (Worth) |",
                "他们说了什么？ | 他们说了什么？ (Worth) |",
                "그들이 뭐라고 했어? | 그들이 뭐라고 했어? (Worth) |",
                // the earlier question a follow-up leans on
                "and last year? | how much was the hotel worth and last year? | MONEY",
            })
    void should_read_what_is_asked_without_the_names_the_question_mentions(
            String question, String resolved, String expected) {
        Set<AnswerType> kinds = expected == null
                ? Set.of()
                : Arrays.stream(expected.split(" ")).map(AnswerType::valueOf).collect(Collectors.toSet());

        assertThat(FactSelector.askedKinds(question, resolved == null ? question : resolved, ENTITIES))
                .isEqualTo(kinds);
    }
}
