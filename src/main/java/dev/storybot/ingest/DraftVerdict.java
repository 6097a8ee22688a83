package dev.storybot.ingest;

import dev.storybot.knowledge.Fact;
import java.util.Optional;

/**
 * What the validator decided about one drafted fact.
 *
 * @param id     the draft's id as given (or a placeholder when it had none)
 * @param fact   the fact to write, when accepted
 * @param reason why the draft was dropped, or "" when accepted
 */
public record DraftVerdict(String id, Optional<Fact> fact, String reason) {

    static DraftVerdict accepted(Fact fact) {
        return new DraftVerdict(fact.id(), Optional.of(fact), "");
    }

    static DraftVerdict dropped(String id, String reason) {
        return new DraftVerdict(id, Optional.empty(), reason);
    }

    /** True when the fact may be written. */
    public boolean isAccepted() {
        return fact.isPresent();
    }
}
