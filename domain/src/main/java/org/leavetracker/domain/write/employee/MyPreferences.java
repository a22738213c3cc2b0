package org.leavetracker.domain.write.employee;

import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.PersonContext;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.organization.Organization;

/** What a person sets for themself alone (SPEC §3.11): the language they read the app, e-mails and Slack in. */
public final class MyPreferences {

    private final Repository repository;
    private final HolidayCalendar calendars;
    private final CommandRetry retry;

    public MyPreferences(Repository repository, HolidayCalendar calendars, CommandRetry retry) {
        this.repository = repository;
        this.calendars = calendars;
        this.retry = retry;
    }

    /**
     * @param language      a BCP 47 tag the app offers; null: unchanged
     * @param clearLanguage back to the browser's and then the organization's language
     */
    public UserProfile update(Caller caller, String language, boolean clearLanguage) {
        Language chosen = clearLanguage || language == null ? null : Language.of(language, "language");
        return retry.run(() -> {
            Employee me = repository.actor(caller);
            Organization organization = repository.organization(me.orgId());
            if (chosen != null || clearLanguage) {
                me = me.after(repository.save(me.orgId(), me.id(), me.version(), me.chooseLanguage(chosen), caller));
            }
            return UserProfile.of(me, PersonContext.of(me, organization, calendars).timeline(),
                    repository.todayFor(me, organization));
        });
    }
}
