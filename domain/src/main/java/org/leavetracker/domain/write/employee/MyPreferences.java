package org.leavetracker.domain.write.employee;

import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.PersonContext;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.organization.Organization;

/**
 * What a person sets for themself alone: the language they read the app, e-mails and Slack in (SPEC §3.11), and
 * whether their leave goes into their own calendar and out-of-office reply (SPEC §8).
 */
public final class MyPreferences {

    private final Repository repository;
    private final HolidayCalendar calendars;
    private final CommandRetry retry;

    public MyPreferences(Repository repository, HolidayCalendar calendars, CommandRetry retry) {
        this.repository = repository;
        this.calendars = calendars;
        this.retry = retry;
    }

    /** What the person chose; each null leaves it as it is. */
    public record Choices(String language, boolean clearLanguage, Boolean calendarEvents, Boolean outOfOfficeReply) {

        public static Choices language(String language, boolean clearLanguage) {
            return new Choices(language, clearLanguage, null, null);
        }
    }

    /**
     * Language: a BCP 47 tag the app offers, or cleared back to the browser's and then the organization's. Calendar
     * events and out-of-office replies (SPEC §8): each on until the person opts out.
     */
    public UserProfile update(Caller caller, String language, boolean clearLanguage) {
        return update(caller, Choices.language(language, clearLanguage));
    }

    public UserProfile update(Caller caller, Choices choices) {
        String language = choices.language();
        boolean clearLanguage = choices.clearLanguage();
        Language chosen = clearLanguage || language == null ? null : Language.of(language, "language");
        return retry.run(() -> {
            Employee me = repository.actor(caller);
            Organization organization = repository.organization(me.orgId());
            if (chosen != null || clearLanguage) {
                me = me.after(repository.save(me.orgId(), me.id(), me.version(), me.chooseLanguage(chosen), caller));
            }
            var calendar = me.calendarChoices().choose(choices.calendarEvents(), choices.outOfOfficeReply());
            if (!calendar.events().isEmpty()) {
                me = me.after(repository.save(me.orgId(), me.id(), me.version(), calendar, caller));
            }
            return UserProfile.of(me, PersonContext.of(me, organization, calendars).timeline(),
                    repository.todayFor(me, organization));
        });
    }
}
