package org.leavetracker.domain.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EventMetadata;
import org.leavetracker.domain.event.RecordedEvent;

/**
 * The append-only events table. Nothing else writes there, and nothing ever changes or deletes an event.
 */
public interface EventStore {

    /** All events of one aggregate in version order; empty if it does not exist. */
    List<RecordedEvent> load(String aggregateId);

    /**
     * Appends the events of one command atomically: every stream at its expected version (else
     * {@link ConcurrencyConflict}), every unique key held free or already the owner's, every key released the
     * releaser's (else {@link UniqueKeyTaken}), the command id never seen before (else {@link DuplicateCommand}); on
     * any of these, nothing is written.
     *
     * @return the events as recorded, with their versions
     */
    List<RecordedEvent> append(EventMetadata metadata, List<StreamAppend> streams, List<UniqueKey> uniqueKeys);

    /**
     * What the actor's latest command appended: each aggregate at its new version (empty when the actor wrote
     * nothing lately). Recorded in the same atomic write as the events, so a query can wait until the read side
     * shows the caller's own writes (SPEC §4 "Freshness").
     */
    Map<String, Long> lastWrittenBy(String actorId);

    /** The aggregate holding a unique key, if any. */
    Optional<String> ownerOf(String uniqueKey);

    /** New events for one aggregate, which must be at {@code expectedVersion} (0 for a new aggregate). */
    record StreamAppend(String aggregateId, long expectedVersion, List<DomainEvent> events) {
        public StreamAppend {
            events = List.copyOf(events);
        }
    }

    /**
     * A value that only one aggregate of the whole installation may hold (an e-mail address), and its owner. {@code held}: claimed by this append (free, or the owner's already); not held: the
     * owner gives it up in this append (it must be the owner's), so that someone may claim it again.
     */
    record UniqueKey(String key, String ownerId, boolean held) {
        public UniqueKey(String key, String ownerId) {
            this(key, ownerId, true);
        }

        /** The owner gives this key up: a sign-in identity released by an admin. */
        public UniqueKey released() {
            return new UniqueKey(key, ownerId, false);
        }

        public static UniqueKey email(String normalisedEmail, String userId) {
            return new UniqueKey("email#" + normalisedEmail, userId);
        }

        /** A sign-in identity ({@code sub}) belongs to one user. */
        public static UniqueKey subject(String subject, String userId) {
            return new UniqueKey("sub#" + subject, userId);
        }
    }
}
