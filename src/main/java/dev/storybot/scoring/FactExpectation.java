package dev.storybot.scoring;

import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Optional;

/**
 * A turn judged by the facts it must cite (the curated set's format): the right {@code answered}, at most 300
 * characters, cited, in the expected language, citing all (or, with {@code any}, one) of the named facts.
 *
 * @param answered whether a correct reply answers
 * @param facts    the ids of the facts it must cite
 * @param any      true when one of {@code facts} is enough
 * @param language the expected answer language code, or null for any
 */
public record FactExpectation(boolean answered, List<String> facts, boolean any, String language)
        implements Expectation {

    public FactExpectation {
        facts = List.copyOf(facts);
    }

    @Override
    public Optional<String> problem(Answer answer, KnowledgeBase knowledge) {
        if (answered != answer.answered()) {
            return Optional.of("expected answered=" + answered + " but was " + answer.answered());
        }
        if (!answered) {
            return Optional.empty();
        }
        Optional<String> shape = Expectation.answerShape(answer, true);
        if (shape.isPresent()) {
            return shape;
        }
        if (language != null && !language.equals(answer.language().code())) {
            return Optional.of("answered in " + answer.language().code() + " instead of " + language);
        }
        List<Boolean> cited = facts.stream()
                .map(id -> knowledge.fact(id).map(fact -> cites(answer, fact)).orElse(false))
                .toList();
        boolean ok = any ? cited.contains(true) : !cited.contains(false);
        return ok
                ? Optional.empty()
                : Optional.of("expected " + (any ? "any of " : "all of ") + facts + " but cited "
                        + answer.citations().stream()
                                .map(c -> idOf(c, knowledge))
                                .toList());
    }

    private static boolean cites(Answer answer, Fact fact) {
        return answer.citations().contains(new Citation(fact.paragraph(), fact.quote()));
    }

    private static String idOf(Citation citation, KnowledgeBase knowledge) {
        return knowledge.facts().stream()
                .filter(f -> f.quote().equals(citation.quote()))
                .map(Fact::id)
                .findFirst()
                .orElse("¶" + citation.paragraph());
    }
}
