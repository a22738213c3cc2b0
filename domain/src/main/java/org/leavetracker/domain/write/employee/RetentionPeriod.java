package org.leavetracker.domain.write.employee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.leavetracker.domain.port.PersonalDataKeys;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.read.model.UserRecord;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.organization.Organization;

/**
 * The daily run of each organization's retention period (SPEC §3.10): leavers whose last day is more than
 * {@code retentionYears} years ago are erased, and the run's erasures are logged on the organization's trail.
 * It also destroys again the keys of everyone erased before, which matters only after a restore of the key table.
 */
public final class RetentionPeriod {

    private final Repository repository;
    private final ReadModel readModel;
    private final PersonalDataErasure erasure;
    private final PersonalDataKeys keys;
    private final CommandRetry retry;

    public RetentionPeriod(Repository repository, ReadModel readModel, PersonalDataErasure erasure,
                           PersonalDataKeys keys, CommandRetry retry) {
        this.repository = repository;
        this.readModel = readModel;
        this.erasure = erasure;
        this.keys = keys;
        this.retry = retry;
    }

    /** Every organization in turn; one that fails does not stop the others (its error is thrown after them). */
    public int runAll() {
        int erased = 0;
        RuntimeException first = null;
        for (String orgId : readModel.organizationIds()) {
            try {
                erased += run(orgId).size();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
        return erased;
    }

    /** The ids of the leavers erased today. */
    public List<String> run(String orgId) {
        Organization organization = repository.organization(orgId);
        Optional<Integer> years = organization.retentionYears();
        LocalDate today = repository.todayUtc();
        List<String> erased = new ArrayList<>();
        for (UserRecord user : readModel.usersOf(orgId)) {
            if (user.erased()) {
                keys.destroy(user.id());
            } else if (years.isPresent() && user.employmentEndsOn() != null
                    && user.employmentEndsOn().plusYears(years.get()).isBefore(today)) {
                Employee person = repository.employee(user.id());
                if (person.employment().leftBefore(today) && !person.personalData().erased()) {
                    erasure.erase(null, person, true);
                    erased.add(user.id());
                }
            }
        }
        if (!erased.isEmpty()) {
            retry.run(() -> {
                Organization current = repository.organization(orgId);
                return repository.save(orgId, orgId, current.version(),
                        current.recordRetentionRun(erased, years.orElseThrow()), null);
            });
        }
        return erased;
    }
}
