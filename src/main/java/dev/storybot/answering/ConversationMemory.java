package dev.storybot.answering;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.storybot.state.ConversationTurns;
import dev.storybot.state.StoredTurn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The last few turns of each conversation (in this process, or in a store replicas share), so that follow-ups ("What was her job before that?") can be resolved.
 * Bounded every way: per conversation by turns, per turn by characters, in total by the characters kept (so that
 * long CJK turns cannot fill the heap), and in time by how long a conversation has been idle.
 */
public final class ConversationMemory {

    /** Turns kept per conversation. */
    public static final int TURNS_KEPT = 6;
    /** Longest question, resolved question or answer kept of a turn: no question accepted is longer. */
    public static final int MAX_TEXT_CHARS = RetrievalAnswerer.MAX_QUESTION_CHARS;
    /**
     * Characters kept over all conversations before the least recently used ones are dropped: at most about 16 MB as
     * Java strings (2 bytes per CJK character), a small share of the 256 MB heap the bot is measured in.
     */
    public static final long MAX_KEPT_CHARS = 8_000_000;
    /** Idle time after which a conversation is forgotten: a follow-up comes within minutes, not an hour later. */
    public static final long MAX_IDLE_MINUTES = 60;

    /**
     * One remembered turn.
     *
     * @param question         as asked
     * @param resolvedQuestion with references resolved
     * @param answer           the answer text
     * @param factIds          the facts the answer cited, empty for refusals
     * @param entityIds        the entities those facts (or the question) are about
     */
    public record Remembered(
            String question, String resolvedQuestion, String answer, List<String> factIds, List<String> entityIds) {

        /** This turn with each text cut to {@link #MAX_TEXT_CHARS}. */
        Remembered capped() {
            return new Remembered(
                    cap(question), cap(resolvedQuestion), cap(answer), List.copyOf(factIds), List.copyOf(entityIds));
        }

        /** The characters this turn keeps, its ids included. */
        int chars() {
            int chars = length(question) + length(resolvedQuestion) + length(answer);
            for (String id : factIds) {
                chars += id.length();
            }
            for (String id : entityIds) {
                chars += id.length();
            }
            return chars;
        }

        private static String cap(String text) {
            return text == null || text.length() <= MAX_TEXT_CHARS ? text : text.substring(0, MAX_TEXT_CHARS);
        }

        private static int length(String text) {
            return text == null ? 0 : text.length();
        }
    }

    /** Conversation id to its turns, oldest first; each value is an immutable list, replaced on every new turn. */
    private final Cache<String, List<Remembered>> conversations;
    /** Where the turns are kept instead when replicas share them; null keeps them in {@link #conversations}. */
    private final ConversationTurns shared;

    /** A memory on the system clock. */
    public ConversationMemory() {
        this(Ticker.systemTicker());
    }

    /**
     * A memory whose turns are kept in {@code shared} (e.g. a database every replica reads), so that a follow-up
     * answered by another process keeps its context. Texts are still cut to {@link #MAX_TEXT_CHARS}; the store keeps
     * {@link #TURNS_KEPT} turns and forgets conversations idle for {@link #MAX_IDLE_MINUTES}.
     */
    public ConversationMemory(ConversationTurns shared) {
        this(Ticker.systemTicker(), Objects.requireNonNull(shared, "shared"));
    }

    /** A memory whose idle time is measured by {@code ticker} (tests drive it). */
    ConversationMemory(Ticker ticker) {
        this(ticker, null);
    }

    private ConversationMemory(Ticker ticker, ConversationTurns shared) {
        this.shared = shared;
        this.conversations = Caffeine.newBuilder()
                .maximumWeight(MAX_KEPT_CHARS)
                .weigher((String id, List<Remembered> turns) -> weight(id, turns))
                .expireAfterAccess(Duration.ofMinutes(MAX_IDLE_MINUTES))
                .ticker(ticker)
                .executor(Runnable::run) // evict on the calling thread: cheap, and the bounds hold when a call returns
                .build();
    }

    /** The conversation's turns, oldest first. */
    public List<Remembered> turns(String conversationId) {
        if (shared != null) {
            return shared.recent(conversationId).stream()
                    .map(ConversationMemory::remembered)
                    .toList();
        }
        List<Remembered> turns = conversations.getIfPresent(conversationId);
        return turns == null ? List.of() : turns;
    }

    /** The most recent turn that was answered from the story, if any. */
    public Optional<Remembered> lastAnswered(String conversationId) {
        List<Remembered> turns = turns(conversationId);
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (!turns.get(i).factIds().isEmpty()) {
                return Optional.of(turns.get(i));
            }
        }
        return Optional.empty();
    }

    /** Appends a turn (its texts cut to {@link #MAX_TEXT_CHARS}), forgetting the oldest beyond {@link #TURNS_KEPT}. */
    public void remember(String conversationId, Remembered turn) {
        Remembered kept = turn.capped();
        if (shared != null) {
            shared.append(
                    conversationId,
                    new StoredTurn(
                            kept.question(), kept.resolvedQuestion(), kept.answer(), kept.factIds(), kept.entityIds()));
            return;
        }
        conversations.asMap().compute(conversationId, (id, earlier) -> {
            List<Remembered> turns = new ArrayList<>(earlier == null ? List.of() : earlier);
            turns.add(kept);
            return List.copyOf(turns.subList(Math.max(0, turns.size() - TURNS_KEPT), turns.size()));
        });
    }

    /** Characters kept over all conversations, ids included. */
    public long keptChars() {
        conversations.cleanUp();
        return conversations.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    private static Remembered remembered(StoredTurn turn) {
        return new Remembered(
                turn.question(), turn.resolvedQuestion(), turn.answer(), turn.factIds(), turn.entityIds());
    }

    private static int weight(String conversationId, List<Remembered> turns) {
        int chars = conversationId.length();
        for (Remembered turn : turns) {
            chars += turn.chars();
        }
        return chars;
    }
}
