package org.leavetracker.local;

/** What the local-only {@code /dev/…} routes show and do: the mail outbox and the dead letters with their redrive. */
record DevEndpoints(Outbox outbox, DeadLetterStore deadLetters, LocalEventBus bus) {
}
