package org.leavetracker.domain.usecase;

import java.util.Optional;

import org.leavetracker.domain.port.EventStore.UniqueKey;

/**
 * Matches a signed-in identity to its user by verified e-mail (case-insensitive). It reads the e-mail claim written
 * in the same transaction as the user, so a user can act the moment an admin has added them.
 */
public final class CallerResolver {

    private final Repository repository;

    public CallerResolver(Repository repository) {
        this.repository = repository;
    }

    /** The caller's user, or empty when the identity belongs to no organization yet. */
    public Optional<Caller> resolve(Identity identity, String commandId) {
        return repository.ownerOf(UniqueKey.email(identity.email().value(), null).key())
                .map(userId -> new Caller(userId, commandId));
    }
}
