package org.leavetracker.domain.write.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.error.Unauthenticated;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.PersonEvent.IdentityBound;
import org.leavetracker.domain.event.PersonEvent.UserAdded;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.EventStore.StreamAppend;
import org.leavetracker.domain.port.EventStore.UniqueKey;
import org.leavetracker.domain.port.UniqueKeyTaken;
import org.leavetracker.domain.read.OrganizationView;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.employee.Identity;
import org.leavetracker.domain.write.organization.Organization;

/**
 * A signed-in identity founds an organization and becomes its first ADMIN, in one atomic append of both streams
 * and the founder's unique e-mail (and sign-in) keys; a retry answers the organization already founded.
 */
final class OrganizationFounding {

    private final Repository repository;
    private final CommandRetry retry;

    OrganizationFounding(Repository repository, CommandRetry retry) {
        this.repository = repository;
        this.retry = retry;
    }

    OrganizationView found(Identity identity, String name, String commandId) {
        if (identity.verifiedEmail() == null) {
            throw new Unauthenticated("creating an organization needs a verified e-mail address (sign in with the"
                    + " ID token once your e-mail is verified)");
        }
        UserAdded admin = Employee.add(identity.email(), displayName(identity), Role.ADMIN);
        String orgName = Organization.create(name).name();
        return retry.run(() -> {
            var existing = identity.subject() == null ? Optional.<String>empty()
                    : repository.ownerOf(UniqueKey.subject(identity.subject(), null).key());
            if (existing.isEmpty()) {
                existing = repository.ownerOf(emailKey(identity.email()));
            }
            if (existing.isPresent()) {
                return alreadyCreated(existing.get(), orgName);
            }
            String orgId = repository.newId();
            String userId = repository.newId();
            try {
                List<DomainEvent> founder = new ArrayList<>(List.of(admin));
                List<UniqueKey> keys = new ArrayList<>(List.of(UniqueKey.email(identity.email().value(), userId)));
                if (identity.subject() != null) { // bound at once, as a first sign-in would bind them
                    founder.add(new IdentityBound(identity.subject()));
                    keys.add(UniqueKey.subject(identity.subject(), userId));
                }
                repository.append(orgId, new Caller(userId, commandId),
                        List.of(new StreamAppend(orgId, 0, List.of(Organization.create(orgName))),
                                new StreamAppend(userId, 0, founder)), keys);
            } catch (UniqueKeyTaken raced) {
                return alreadyCreated(raced.ownerId(), orgName);
            }
            return OrganizationView.of(repository.organization(orgId));
        });
    }

    private OrganizationView alreadyCreated(String userId, String orgName) {
        Employee user = repository.employee(userId);
        Organization organization = repository.organization(user.orgId());
        if (user.role() == Role.ADMIN && organization.name().equals(orgName)) {
            return OrganizationView.of(organization);
        }
        throw new Conflict("you already belong to organization '" + organization.name() + "'");
    }

    private static String displayName(Identity identity) {
        if (identity.name() != null && !identity.name().isBlank()) {
            return identity.name();
        }
        return identity.email().value().substring(0, identity.email().value().indexOf('@'));
    }

    private static String emailKey(Email email) {
        return UniqueKey.email(email.value(), null).key();
    }
}
