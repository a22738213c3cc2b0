package org.leavetracker.domain.write.employee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.leavetracker.domain.port.EventStore.StreamAppend;
import org.leavetracker.domain.port.EventStore.UniqueKey;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.port.PersonalDataKeys;
import org.leavetracker.domain.port.PersonalDataStore;
import org.leavetracker.domain.read.PersonalDataExports;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.upload.Uploads;
import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Decision;
import org.leavetracker.domain.write.PersonContext;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.organization.Organization;

/**
 * erasePersonalData (SPEC §3.10, GDPR Art. 17) by crypto-shredding: the person's data key is destroyed, so their
 * personal fields read as erased in every event, snapshot, read item and backup; their exports and uploads are
 * deleted; their e-mail and sign-in are freed. Every figure stays: it never depended on those fields. The erasure is an event of
 * their trail, naming who erased them (or the retention period) and nothing erased.
 */
public final class PersonalDataErasure {

    private final Repository repository;
    private final HolidayCalendar calendars;
    private final PersonalDataKeys keys;
    private final Optional<PersonalDataStore> exports;
    private final CommandRetry retry;

    public PersonalDataErasure(Repository repository, HolidayCalendar calendars, PersonalDataKeys keys,
                               Optional<PersonalDataStore> exports, CommandRetry retry) {
        this.repository = repository;
        this.calendars = calendars;
        this.keys = keys;
        this.exports = exports;
        this.retry = retry;
    }

    /** Admin: erases a person of their organization whose employment has ended, or never began. */
    public UserProfile erase(Caller caller, String userId) {
        Employee admin = repository.actor(caller);
        AccessPolicy.requireAdmin(admin);
        return erase(caller, repository.employeeOf(admin, userId), false);
    }

    /**
     * The key goes first: once the erasure is recorded, no reader may find the key still there. Erasing an erased
     * person again destroys their key again (harmless; it matters after a restore of the key table) and records
     * nothing.
     *
     * @param caller null: the retention period, on no one's behalf
     */
    UserProfile erase(Caller caller, Employee person, boolean byRetention) {
        LocalDate today = repository.todayUtc();
        person.personalData().erase(today, byRetention); // refused while employed, before anything is destroyed
        List<UniqueKey> freed = new ArrayList<>();
        if (!person.personalData().erased()) {
            freed.add(UniqueKey.email(person.email().value(), person.id()).released());
            if (person.subject() != null) {
                freed.add(UniqueKey.subject(person.subject(), person.id()).released());
            }
        }
        keys.destroy(person.id());
        exports.ifPresent(store -> {
            store.deleteAll(PersonalDataExports.prefixOf(person.orgId(), person.id()));
            store.deleteAll(Uploads.prefixOf(person.orgId(), person.id()));
        });
        retry.run(() -> {
            Employee current = repository.employee(person.id());
            Decision decision = current.personalData().erase(today, byRetention);
            return repository.append(current.orgId(), caller, List.of(new StreamAppend(current.id(),
                    current.version(), decision.events())), decision.events().isEmpty() ? List.of() : freed);
        });
        Employee erased = repository.employee(person.id());
        Organization organization = repository.organization(erased.orgId());
        return UserProfile.of(erased, PersonContext.of(erased, organization, calendars).timeline(),
                repository.todayFor(erased, organization));
    }
}
