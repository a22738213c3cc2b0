package org.leavetracker.functions.outofoffice;

import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.leavetracker.domain.calendar.CalendarProviderKind;
import org.leavetracker.domain.port.CalendarCheck;
import org.leavetracker.functions.support.ColdStart;
import org.leavetracker.functions.support.Ports;

/**
 * Invoked by the resolver for {@code testCalendarConnection}: asks the organization's provider, as one mailbox, for
 * everything the deliveries need ({@code {"orgId", "provider", "mailbox"}} → the problems found).
 */
public final class CalendarCheckHandler implements RequestHandler<Map<String, String>, List<String>> {

    private static final ColdStart<CalendarCheck> WIRED = new ColdStart<>(() -> Ports.fromEnvironment().calendars()
            .orElseThrow(() -> new IllegalStateException("the calendar check needs CALENDAR_SECRETS_PREFIX"))
            .check());

    private final CalendarCheck check;

    public CalendarCheckHandler(CalendarCheck check) {
        this.check = check;
    }

    /** What Lambda instantiates: wiring once per cold start. */
    public CalendarCheckHandler() {
        this(WIRED.get());
    }

    @Override
    public List<String> handleRequest(Map<String, String> request, Context context) {
        return check.problems(request.get("orgId"), CalendarProviderKind.of(request.get("provider")),
                request.get("mailbox"));
    }
}
