package org.leavetracker.domain.write.organization;

import java.util.function.Function;

import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Decision;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/** How every admin change of an organization's settings runs: decided, appended, and answered with what it made. */
final class SettingsChange {

    private SettingsChange() {
    }

    /** An admin's change to the organization's settings, retried on a concurrent change; returns what it made. */
    static <T> T apply(Repository repository, CommandRetry retry, Caller caller, Function<Organization,
            Decision> decide,
                       Lookup<T> result) {
        return retry.run(() -> {
            Employee admin = repository.actor(caller);
            AccessPolicy.requireAdmin(admin);
            Organization organization = repository.organization(admin.orgId());
            Decision decision = decide.apply(organization);
            organization = organization.after(repository.save(organization.id(), organization.id(),
                    organization.version(),
                    decision, caller));
            return result.find(organization, decision.subjectId());
        });
    }

    /** What the change made, found in the organization after it. */
    @FunctionalInterface
    interface Lookup<T> {
        T find(Organization organization, String id);
    }
}
