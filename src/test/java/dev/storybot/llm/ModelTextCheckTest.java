package dev.storybot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.llm.GroundingResult.Reason;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a model may not slip past the grounding check, over the bundled story: links the story does not give,
 * numbers written in words, and people or organisations in roles the article does not give them.
 */
class ModelTextCheckTest {

    private static GroundingCheck check;
    private static List<Fact> facts;

    @BeforeAll
    static void load() {
        KnowledgeBase knowledge = KnowledgeLoader.loadBundled();
        check = GroundingCheck.forKnowledge(knowledge);
        facts = knowledge.facts();
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("See the [official statement](https://evil.example/login) [1].", Reason.UNSUPPORTED_LINK),
                Arguments.of("详情见 [官方声明](https://evil.example/login) [1]。", Reason.UNSUPPORTED_LINK),
                Arguments.of("자세한 내용은 [공식 발표](http://evil.example) [1].", Reason.UNSUPPORTED_LINK),
                Arguments.of("Read more at https://evil.example/login [1].", Reason.UNSUPPORTED_LINK),
                Arguments.of("Read more at <https://evil.example/login> [1].", Reason.UNSUPPORTED_LINK),
                Arguments.of("Read more at www.evil.example [1].", Reason.UNSUPPORTED_LINK),
                Arguments.of("Sign in at evil.example/login to read it [1].", Reason.UNSUPPORTED_LINK),
                Arguments.of("Qwen was downloaded seven billion times [1].", Reason.UNSUPPORTED_NUMBER),
                Arguments.of("Cursor is valued at five billion dollars [1].", Reason.UNSUPPORTED_NUMBER),
                Arguments.of("About fifty percent of new models came from Qwen [1].", Reason.UNSUPPORTED_NUMBER),
                Arguments.of(
                        "Qwen reached three hundred ninety-nine million downloads [1].", Reason.UNSUPPORTED_NUMBER),
                Arguments.of("Thinking Machines Lab was founded by Jensen Huang [1].", Reason.WRONG_ROLE),
                Arguments.of("Jensen Huang is the CEO of OpenAI [1].", Reason.WRONG_ROLE),
                Arguments.of("Mira Murati is the former CTO of Nvidia [1].", Reason.WRONG_ROLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void should_reject_what_the_story_does_not_give(String answer, Reason reason) {
        GroundingResult result = check.check(answer, facts);

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).isEqualTo(reason);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("The story first appeared at toutiao.com/article/1850633238073351/ [1]."),
                Arguments.of("原文链接：https://www.toutiao.com/article/1850633238073351/ [1]。"),
                Arguments.of("Cursor has a one billion dollar valuation [1]."),
                Arguments.of("More than forty percent of new models came from Qwen [1]."),
                Arguments.of("Huang said two things about China [1]."),
                Arguments.of("One of Chamath Palihapitiya's investments uses Moonshot [1]."),
                Arguments.of("Thinking Machines Lab was founded by former OpenAI CTO Mira Murati [1]."),
                Arguments.of("NVIDIA CEO Jensen Huang said China will win the AI race [1]."),
                Arguments.of("Jensen Huang, the chief executive of NVIDIA, said China is only nanoseconds behind [1]."),
                Arguments.of("엔비디아 CEO 젠슨 황은 중국이 이긴다고 말했다 [1]."),
                Arguments.of("英伟达首席执行官黄仁勋表示，中国将赢得人工智能竞赛 [1]。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void should_accept_what_the_story_gives(String answer) {
        assertThat(check.check(answer, facts)).isEqualTo(GroundingResult.pass());
    }
}
