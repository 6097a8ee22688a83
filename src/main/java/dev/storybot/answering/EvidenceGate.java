package dev.storybot.answering;

import dev.storybot.core.Language;
import dev.storybot.retrieval.Candidate;

/**
 * Decides whether retrieval is sure enough to answer from a candidate fact; below the bar the bot refuses rather
 * than guess. The thresholds were calibrated on the evaluation set in {@code src/test/resources/eval}.
 */
public final class EvidenceGate {

    private final boolean derivedFacts;

    /** The gate for curated facts, which have paraphrases and keywords to match. */
    public EvidenceGate() {
        this(false);
    }

    private EvidenceGate(boolean derivedFacts) {
        this.derivedFacts = derivedFacts;
    }

    /** The gate for facts derived sentence by sentence from the article, with no paraphrases to match. */
    public static EvidenceGate forDerivedFacts() {
        return new EvidenceGate(true);
    }

    /** Cosine similarity at which the embedding alone is convincing. */
    public static final double SEMANTIC_SURE = 0.62;
    /** Cosine similarity that is convincing when words beyond entity names also match. */
    public static final double SEMANTIC_SUPPORTED = 0.45;
    /** Cosine similarity that is enough when both a named entity and other words match. */
    public static final double SEMANTIC_WEAK = 0.30;
    /** BM25 score of the non-entity words of an English question that counts as support. */
    public static final double CONTENT_MATCH = 1.0;
    /**
     * BM25 score of the non-entity words of an English question at which several rare words match: with a weak
     * embedding match that is support enough (facts derived from an article have no paraphrases to match on).
     */
    public static final double STRONG_CONTENT_MATCH = 5.0;
    /**
     * Cosine similarity that is enough, with some matching words, for a fact derived from the article: a sentence of
     * the article is longer and plainer than a curated fact with paraphrases, so a right match scores lower.
     */
    public static final double DERIVED_SEMANTIC_WEAK = 0.25;
    /**
     * BM25 score of the non-entity words at which a derived fact passes on its words alone: with no paraphrases, a
     * question sharing several of a sentence's rare words is about that sentence even when the embedding is unsure.
     */
    public static final double DERIVED_CONTENT_ALONE = 3.0;
    /** BM25 score of the non-entity words of a Chinese or Korean question that counts as support. */
    public static final double CJK_CONTENT_MATCH = 2.0;

    /**
     * True when the candidate may answer.
     *
     * @param candidate    the fused candidate with its signals
     * @param contentScore BM25 score of the question's words other than entity names, for this fact
     * @param language     the question's language (the embedding model reads English only)
     * @param specific     the fact is about a specific person, company, model or publication the question names
     */
    public boolean passes(Candidate candidate, double contentScore, Language language, boolean specific) {
        return passes(candidate, contentScore, language == Language.EN, specific, false);
    }

    /**
     * As {@link #passes(Candidate, double, Language, boolean)}, for a question read as English ({@code english}) or
     * not (Chinese, Korean, or a language without translated facts, judged by its names and CJK words); {@code
     * asksMore} says the English question has words beyond the names it mentions ("what GPUs does Cursor train on"),
     * so naming the fact's entity is not enough: some of those words must match the fact too, or the embedding must
     * be sure.
     */
    public boolean passes(
            Candidate candidate, double contentScore, boolean english, boolean specific, boolean asksMore) {
        return passes(candidate, contentScore, english, specific, asksMore, false);
    }

    /**
     * As {@link #passes(Candidate, double, boolean, boolean, boolean)}, where {@code quotesNumber} says the question
     * quotes a number the fact gives ("the 15% number"): that points at the fact as naming its entity does.
     */
    public boolean passes(
            Candidate candidate,
            double contentScore,
            boolean english,
            boolean specific,
            boolean asksMore,
            boolean quotesNumber) {
        boolean namesEntity = candidate.entity() > 0 || quotesNumber;
        if (quotesNumber) {
            return true; // a figure quoted from the story ("the 40% thing") points at the facts giving it, in any words
        }
        if (!english) {
            return specific || contentScore >= CJK_CONTENT_MATCH || candidate.semantic() >= SEMANTIC_SURE;
        }
        double s = candidate.semantic();
        if (derivedFacts) {
            return s >= SEMANTIC_SUPPORTED
                    || s >= DERIVED_SEMANTIC_WEAK && (contentScore >= CONTENT_MATCH || specific && !asksMore)
                    || contentScore >= DERIVED_CONTENT_ALONE;
        }
        boolean words = contentScore >= CONTENT_MATCH;
        return s >= SEMANTIC_SURE
                || s >= SEMANTIC_SUPPORTED && (words || specific && !asksMore)
                || s >= SEMANTIC_WEAK && (namesEntity && words || contentScore >= STRONG_CONTENT_MATCH);
    }
}
