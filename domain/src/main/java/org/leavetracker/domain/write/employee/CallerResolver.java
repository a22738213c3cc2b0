package org.leavetracker.domain.write.employee;

import java.util.List;
import java.util.Optional;

import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.port.EventStore.StreamAppend;
import org.leavetracker.domain.port.EventStore.UniqueKey;
import org.leavetracker.domain.port.UniqueKeyTaken;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;

/**
 * Finds the user of a signed-in identity (SPEC §3.5: Cognito {@code sub} and verified e-mail). An identity bound
 * before is found by its {@code sub}, whatever its e-mail claim says now. Otherwise its verified e-mail finds the
 * user an admin added, and the first sign-in binds the {@code sub} to that user for good: a user already bound to
 * another identity is not this caller's, and neither is an unverified e-mail nor one an admin has since changed.
 * The keys are written in the same transaction as the events, so a user can act the moment an admin has added them.
 */
public final class CallerResolver {

    private final Repository repository;
    private final CommandRetry retry;

    public CallerResolver(Repository repository, CommandRetry retry) {
        this.repository = repository;
        this.retry = retry;
    }

    /** The caller's user, or empty when the identity belongs to no organization (yet). */
    public Optional<Caller> resolve(Identity identity, String commandId) {
        if (identity.subject() != null) {
            Optional<String> bound = repository.ownerOf(UniqueKey.subject(identity.subject(), null).key());
            if (bound.isPresent()) {
                return bound.map(userId -> new Caller(userId, commandId));
            }
        }
        Email email = identity.verifiedEmail();
        if (email == null) {
            return Optional.empty();
        }
        Optional<String> added = repository.ownerOf(UniqueKey.email(email.value(), null).key());
        if (added.isEmpty()) {
            return Optional.empty();
        }
        if (identity.subject() == null) {
            return added.filter(userId -> stillHas(userId, email)).map(userId -> new Caller(userId, commandId));
        }
        return bind(identity.subject(), added.get(), email).map(userId -> new Caller(userId, commandId));
    }

    /**
     * The user found by a verified e-mail outside Cognito (Slack's), never bound: Slack's identities are not the
     * user pool's.
     */
    public Optional<Caller> resolveVerifiedEmail(Email email, String commandId) {
        return repository.ownerOf(UniqueKey.email(email.value(), null).key()).filter(userId -> stillHas(userId, email))
                .map(userId -> new Caller(userId, commandId));
    }

    /** An e-mail key outlives a correction of the address (keys are never released): only the current one counts. */
    private boolean stillHas(String userId, Email email) {
        return repository.employee(userId).email().equals(email);
    }

    /** Binds the sub to the user, reloading and retrying as every command does when the user changed meanwhile. */
    private Optional<String> bind(String subject, String userId, Email email) {
        return retry.run(() -> {
            Employee user = repository.employee(userId);
            if (subject.equals(user.subject())) {
                return Optional.of(userId);
            }
            if (user.subject() != null || !user.email().equals(email)) {
                return Optional.<String>empty(); // the e-mail's user signs in with another identity: not this caller
            }
            try {
                repository.append(user.orgId(), new Caller(userId, null), List.of(new StreamAppend(userId,
                        user.version(), user.bindIdentity(subject).events())),
                        List.of(UniqueKey.subject(subject, userId)));
                return Optional.of(userId);
            } catch (UniqueKeyTaken taken) {
                return Optional.of(taken.ownerId()).filter(userId::equals);
            }
        });
    }
}
