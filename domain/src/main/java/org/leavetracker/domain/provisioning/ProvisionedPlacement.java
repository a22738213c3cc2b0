package org.leavetracker.domain.provisioning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.employee.EmployeeAdministration;
import org.leavetracker.domain.write.organization.Organization;

/**
 * Where, and from when, a provisioned person works (SPEC §8): the location the mapped attribute names, else the
 * default location, else the organization's only one; from the mapped start date, else today there.
 */
final class ProvisionedPlacement {

    /** A new person's place, decided before anything is written about them. */
    record Start(String locationId, LocalDate firstDay) {
    }

    private final Repository repository;
    private final EmployeeAdministration administration;

    ProvisionedPlacement(Repository repository, EmployeeAdministration administration) {
        this.repository = repository;
        this.administration = administration;
    }

    /**
     * A person placed nowhere could not be deactivated (an employment that never began cannot end), so a new person
     * without a place is refused, naming {@code location}.
     */
    Start startOf(Organization organization, ProvisionedPerson person) {
        String locationId = firstLocation(organization, person.location());
        return new Start(locationId, firstDay(person.startDate(), organization.locations().get(locationId)));
    }

    void start(Caller agent, String userId, Start start) {
        administration.moveUserToLocation(PeopleProvisioning.step(agent, "moveUserToLocation"), userId,
                start.locationId(), start.firstDay());
    }

    /** The person works at the named location from today there (nothing changes if they already do). */
    void moveTo(Caller agent, String userId, String locationName, Organization organization) {
        String locationId = locationNamed(organization, locationName);
        Employee user = repository.employee(userId);
        LocalDate today = todayIn(organization.locations().get(locationId));
        if (!locationId.equals(user.employment().locations().on(today).orElse(null))) {
            administration.moveUserToLocation(PeopleProvisioning.step(agent, "moveUserToLocation"), userId,
                    locationId, today);
        }
    }

    private String firstLocation(Organization organization, AttributeChange<String> location) {
        if (location instanceof AttributeChange.Given<String>(String locationName)) {
            return locationNamed(organization, locationName);
        }
        String byDefault = organization.provisioning().settings().defaultLocationId();
        if (byDefault != null) {
            return byDefault;
        }
        List<Location> open = organization.locations().stream().filter(l -> !l.archived()).toList();
        if (open.size() != 1) {
            throw ValidationError.at("location", "no location for a new person: choose a default location in"
                    + " Set-up › Identity provider, or map the location attribute");
        }
        return open.getFirst().id();
    }

    /**
     * The mapped start-date attribute's date (of a date-time, its date as written, the way HR systems send a hire
     * date at midnight), else today where they work.
     */
    private LocalDate firstDay(String startDate, Location location) {
        if (startDate == null || startDate.isBlank()) {
            return todayIn(location);
        }
        String date = startDate.trim();
        try {
            return LocalDate.parse(date.length() > 10 && date.charAt(10) == 'T' ? date.substring(0, 10) : date);
        } catch (DateTimeParseException e) {
            throw ValidationError.at("startDate", "the start-date attribute holds '" + date
                    + "', not a date such as 2026-09-01 or 2026-09-01T00:00:00Z");
        }
    }

    private String locationNamed(Organization organization, String name) {
        return organization.locations().stream().filter(l -> !l.archived() && l.name().equalsIgnoreCase(name.trim()))
                .findFirst().map(Location::id).orElseThrow(() -> ValidationError.at("location",
                        "no location is named '" + name + "'; the location attribute names a location of "
                                + organization.name()));
    }

    private LocalDate todayIn(Location location) {
        return repository.todayIn(location.timeZone());
    }
}
