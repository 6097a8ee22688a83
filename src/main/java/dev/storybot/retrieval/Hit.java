package dev.storybot.retrieval;

import dev.storybot.knowledge.Fact;

/**
 * A fact found for a query, with the ranker's own score (BM25, cosine similarity or entity overlap).
 *
 * @param fact  the fact
 * @param score higher is better; comparable only within one ranker
 */
public record Hit(Fact fact, double score) {}
