package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Language;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.retrieval.EntityMatcher;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** "The other one" and "the first one" are replaced by the entity of the conversation they point at. */
class WhichOfSeveralTest {

    private static final KnowledgeBase STORY = KnowledgeLoader.derive("article.txt", """
            # City picks a ferry operator

            [1] Harbor Ferries Corp. and Coastline Boats Inc. bid for the city contract on Monday, officials said.

            [2] Harbor Ferries Corp. offered $2 million, said its chief executive Ann Lee.

            [3] Coastline Boats Inc. offered $3 million, said its founder Tom Reed.
            """);
    private static final WhichOfSeveral STAGE = new WhichOfSeveral(STORY, new EntityMatcher(STORY.entities()));

    private static final ConversationMemory.Remembered BIDDERS = turn(
            "who bid for the contract",
            "Harbor Ferries Corp. and Coastline Boats Inc. bid for the city contract on Monday, officials said.");
    private static final ConversationMemory.Remembered HARBOR_OFFER = turn(
            "what did Harbor Ferries offer",
            "Harbor Ferries Corp. offered $2 million, said its chief executive Ann Lee.");

    private static ConversationMemory.Remembered turn(String question, String answer) {
        return new ConversationMemory.Remembered(question, question, answer, List.of(), List.of());
    }

    static Stream<Arguments> references() {
        List<ConversationMemory.Remembered> listed = List.of(BIDDERS);
        List<ConversationMemory.Remembered> oneOfTwo = List.of(BIDDERS, HARBOR_OFFER);
        return Stream.of(
                // turns | question | language | resolved question
                Arguments.of(
                        listed, "what did the first company offer", Language.EN, "what did Harbor Ferries Corp offer"),
                Arguments.of(listed, "and the second one?", Language.EN, "and Coastline Boats Inc?"),
                Arguments.of(listed, "第二家公司出价多少？", Language.ZH, "Coastline Boats Inc出价多少？"),
                Arguments.of(listed, "두 번째 회사는 얼마를 제시했어?", Language.KO, "Coastline Boats Inc는 얼마를 제시했어?"),
                Arguments.of(oneOfTwo, "ok and the other company?", Language.EN, "ok and Coastline Boats Inc?"),
                Arguments.of(oneOfTwo, "那另一家公司呢？", Language.ZH, "那Coastline Boats Inc呢？"),
                Arguments.of(oneOfTwo, "나머지 회사는?", Language.KO, "Coastline Boats Inc는?"),
                // a story of two people: the other one is the one not yet meant
                Arguments.of(oneOfTwo, "what did the other guy say", Language.EN, "what did Tom Reed say"),
                Arguments.of(oneOfTwo, "另一位说了什么？", Language.ZH, "Tom Reed说了什么？"),
                Arguments.of(oneOfTwo, "다른 사람은 뭐라고 했어?", Language.KO, "Tom Reed은 뭐라고 했어?"),
                // words of no kind point at nothing; nor does a first question
                Arguments.of(
                        oneOfTwo,
                        "what is on the other side of the deal",
                        Language.EN,
                        "what is on the other side of the deal"),
                Arguments.of(
                        listed,
                        "what happened in the first quarter",
                        Language.EN,
                        "what happened in the first quarter"),
                Arguments.of(List.of(), "and the other company?", Language.EN, "and the other company?"),
                // a superlative, a plural or a turn of phrase points at no one entity
                Arguments.of(
                        listed, "what was the first company to bid", Language.EN, "what was the first company to bid"),
                Arguments.of(
                        oneOfTwo,
                        "the other people, what did they say?",
                        Language.EN,
                        "the other people, what did they say?"),
                Arguments.of(listed, "最后一个问题：哪家公司赢了？", Language.ZH, "最后一个问题：哪家公司赢了？"),
                Arguments.of(listed, "第一家出价的公司是哪家？", Language.ZH, "第一家出价的公司是哪家？"),
                Arguments.of(
                        oneOfTwo,
                        "what did the former chief executive say",
                        Language.EN,
                        "what did the former chief executive say"),
                Arguments.of(List.of(), "那另一家公司呢？", Language.ZH, "那另一家公司呢？"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("references")
    void should_name_the_entity_the_words_point_at(
            List<ConversationMemory.Remembered> turns, String question, Language language, String resolved) {
        assertThat(STAGE.resolve(question, language, turns)).isEqualTo(resolved);
    }

    @org.junit.jupiter.api.Test
    void should_count_only_the_people_the_facts_name_as_the_other_one() {
        // a byline's author is an entity no fact is about: still only two people to choose from
        java.util.List<dev.storybot.knowledge.Entity> withAuthor = new java.util.ArrayList<>(STORY.entities());
        withAuthor.add(new dev.storybot.knowledge.Entity("jo-writer", "Jo Writer", "person", null, null, null, null));
        KnowledgeBase story = new KnowledgeBase(STORY.story(), STORY.paragraphs(), withAuthor, STORY.facts());
        WhichOfSeveral stage = new WhichOfSeveral(story, new EntityMatcher(withAuthor));

        assertThat(stage.resolve("what did the other guy say", Language.EN, List.of(BIDDERS, HARBOR_OFFER)))
                .isEqualTo("what did Tom Reed say");
    }

    private static final KnowledgeBase FERRIES = FerryStory.KNOWLEDGE;

    static Stream<Arguments> described() {
        List<ConversationMemory.Remembered> aboutCoastline = List.of(turn(
                "what did coastline boats do",
                "Coastline Boats Inc., another ferry operator, bid against the shipyard Bay Yards Ltd. on Tuesday."));
        return Stream.of(
                // turns | question | language | resolved question
                // of the companies the story calls ferry companies, the one not yet meant
                Arguments.of(aboutCoastline, "and the other ferry company?", Language.EN, "and Harbor Lines Corp?"),
                // "another ... besides" points past the name it sets aside, in a first question too
                Arguments.of(
                        List.of(),
                        "was there another ferry company besides Harbor Lines Corp?",
                        Language.EN,
                        "was there Coastline Boats Inc besides Harbor Lines Corp?"),
                // without words saying which, three companies leave it open
                Arguments.of(
                        List.of(),
                        "was there another company besides Harbor Lines Corp?",
                        Language.EN,
                        "was there another company besides Harbor Lines Corp?"),
                // the other-language cues point within a conversation only
                Arguments.of(List.of(), "另一家渡轮公司呢？", Language.ZH, "另一家渡轮公司呢？"),
                Arguments.of(List.of(), "다른 회사는?", Language.KO, "다른 회사는?"),
                // ... where, with no words saying which, "the other company" is the one of the pair not yet meant
                Arguments.of(aboutCoastline, "另一家公司呢？", Language.ZH, "Harbor Lines Corp呢？"),
                Arguments.of(aboutCoastline, "나머지 회사는?", Language.KO, "Harbor Lines Corp는?"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void described(List<ConversationMemory.Remembered> turns, String question, Language language, String expected) {
        WhichOfSeveral stage = new WhichOfSeveral(
                FERRIES, new EntityMatcher(FERRIES.entities()), java.util.Optional.of(new DescribedKinds(FERRIES)));

        assertThat(stage.resolve(question, language, turns)).isEqualTo(expected);
    }
}
