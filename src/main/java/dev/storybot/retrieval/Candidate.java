package dev.storybot.retrieval;

import dev.storybot.knowledge.Fact;

/**
 * A fact after fusion, with each signal kept so that the evidence gate can judge how sure retrieval is.
 *
 * @param fact       the fact
 * @param fusedScore reciprocal-rank-fusion score (higher is better)
 * @param lexical    BM25 score, 0 when the words did not match
 * @param semantic   cosine similarity of the question to the fact's closest text, 0 when unknown
 * @param entity     weighted overlap of the entities named, 0 when none
 */
public record Candidate(Fact fact, double fusedScore, double lexical, double semantic, double entity) {}
