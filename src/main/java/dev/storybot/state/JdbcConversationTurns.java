package dev.storybot.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ConversationTurns} in the {@code conversation_turns} table, so that a follow-up answered by another replica
 * sees the earlier turns. Each conversation keeps its last few turns; a conversation idle for longer than its time to
 * live reads as empty, and such turns are purged now and then.
 */
public final class JdbcConversationTurns implements ConversationTurns {

    /** How often this process deletes the turns of idle conversations. */
    static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(JdbcConversationTurns.class);
    /** Separates ids in one column; ids are single-line. */
    private static final String ID_SEPARATOR = "\n";

    private static final String RECENT = "SELECT question, resolved_question, answer, fact_ids, entity_ids, created_at "
            + "FROM conversation_turns WHERE conversation_id = ? ORDER BY id DESC LIMIT ?";
    private static final String APPEND = "INSERT INTO conversation_turns "
            + "(conversation_id, question, resolved_question, answer, fact_ids, entity_ids, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String TRIM = "DELETE FROM conversation_turns WHERE conversation_id = ? AND id NOT IN "
            + "(SELECT id FROM conversation_turns WHERE conversation_id = ? ORDER BY id DESC LIMIT ?)";

    private final DataSource dataSource;
    private final Clock clock;
    private final int turnsKept;
    private final Duration idleTtl;
    private final PurgeSchedule purges = new PurgeSchedule(PURGE_INTERVAL);

    /**
     * @param turnsKept turns kept per conversation
     * @param idleTtl   how long after its last turn a conversation is forgotten
     */
    public JdbcConversationTurns(DataSource dataSource, Clock clock, int turnsKept, Duration idleTtl) {
        if (turnsKept < 1) {
            throw new IllegalArgumentException("turnsKept must be at least 1, was " + turnsKept);
        }
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.turnsKept = turnsKept;
        this.idleTtl = Objects.requireNonNull(idleTtl, "idleTtl");
    }

    /** {@inheritDoc} Empty when the database cannot be reached (logged): the question is then answered on its own. */
    @Override
    public List<StoredTurn> recent(String conversationId) {
        long oldest = clock.millis() - idleTtl.toMillis();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(RECENT)) {
            select.setString(1, conversationId);
            select.setInt(2, turnsKept);
            List<StoredTurn> newestFirst = new ArrayList<>();
            long newestAt = Long.MIN_VALUE;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    newestAt = Math.max(newestAt, rows.getLong(6));
                    newestFirst.add(new StoredTurn(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            ids(rows.getString(4)),
                            ids(rows.getString(5))));
                }
            }
            if (newestFirst.isEmpty() || newestAt <= oldest) {
                return List.of();
            }
            Collections.reverse(newestFirst);
            return List.copyOf(newestFirst);
        } catch (SQLException e) {
            LOG.warn("Conversation {} read without its earlier turns: {}", conversationId, e.getMessage());
            return List.of();
        }
    }

    @Override
    public void append(String conversationId, StoredTurn turn) {
        long now = clock.millis();
        purgeIfDue(now);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement append = connection.prepareStatement(APPEND);
                PreparedStatement trim = connection.prepareStatement(TRIM)) {
            connection.setAutoCommit(false);
            append.setString(1, conversationId);
            append.setString(2, turn.question());
            append.setString(3, turn.resolvedQuestion());
            append.setString(4, turn.answer());
            append.setString(5, String.join(ID_SEPARATOR, turn.factIds()));
            append.setString(6, String.join(ID_SEPARATOR, turn.entityIds()));
            append.setLong(7, now);
            append.executeUpdate();
            trim.setString(1, conversationId);
            trim.setString(2, conversationId);
            trim.setInt(3, turnsKept);
            trim.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            LOG.warn("Turn of conversation {} not remembered: {}", conversationId, e.getMessage());
        }
    }

    private void purgeIfDue(long now) {
        if (!purges.due(now)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge =
                        connection.prepareStatement("DELETE FROM conversation_turns WHERE created_at <= ?")) {
            purge.setLong(1, now - idleTtl.toMillis());
            purge.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Idle conversations not purged: {}", e.getMessage());
        }
    }

    private static List<String> ids(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(ID_SEPARATOR));
    }
}
