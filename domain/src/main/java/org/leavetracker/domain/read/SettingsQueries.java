package org.leavetracker.domain.read;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.ApproverGroup;
import org.leavetracker.domain.model.BlackoutPeriod;
import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;

/** What everyone may read of the organization's settings, and the holiday calendars a location may use. */
public final class SettingsQueries {

    private final Repository repository;
    private final HolidayCalendar calendars;

    public SettingsQueries(Repository repository, HolidayCalendar calendars) {
        this.repository = repository;
        this.calendars = calendars;
    }

    /**
     * The public holidays a holiday calendar gives in a year, by date: what a location with that calendar will not
     * count (an admin choosing a calendar sees them first). Any signed-in user may ask; the calendars are public.
     */
    public SortedMap<LocalDate, String> publicHolidays(Caller caller, String holidayCalendar, int year) {
        return publicHolidays(caller, holidayCalendar, year, null);
    }

    /** @param language the names' language (BCP 47); null: the caller's own, else the organization's */
    public SortedMap<LocalDate, String> publicHolidays(Caller caller, String holidayCalendar, int year,
                                                       String language) {
        Employee actor = repository.actor(caller);
        if (holidayCalendar == null || !calendars.supports(holidayCalendar)) {
            throw new ValidationError("unknown holiday calendar '" + holidayCalendar + "': use an ISO 3166 country"
                    + " code with an optional subdivision (DE, DE-BY, FR, GB-ENG, US-NY) or NONE");
        }
        Employee.requireYear(year);
        return new TreeMap<>(calendars.holidays(holidayCalendar, year, languageOf(actor, language)));
    }

    /**
     * The holiday calendars offered, code → name (the calendars are public).
     *
     * @param language the names' language (BCP 47); null: the caller's own, else the organization's
     */
    public SortedMap<String, String> holidayCalendars(Caller caller, String language) {
        return calendars.names(languageOf(repository.actor(caller), language));
    }

    /** The language asked for (a client that speaks its reader's), else the person's own, else the organization's. */
    private Language languageOf(Employee person, String asked) {
        return asked != null ? Language.of(asked, "language")
                : person.languageIn(repository.organization(person.orgId()));
    }

    /** The organization's blackout periods (admins set them; everyone may see them, to plan around them). */
    public List<BlackoutPeriod> blackoutPeriods(Caller caller) {
        Employee actor = repository.actor(caller);
        return List.copyOf(repository.organization(actor.orgId()).blackouts().all());
    }

    /** The organization's approver groups (everyone may see who approves what). */
    public List<ApproverGroup> approverGroups(Caller caller) {
        Employee actor = repository.actor(caller);
        return List.copyOf(repository.organization(actor.orgId()).approverGroups().all());
    }
}
