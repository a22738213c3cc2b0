package org.leavetracker.functions.outofoffice;

import java.time.Duration;
import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.domain.calendar.CalendarDelivery;
import org.leavetracker.domain.calendar.CalendarSync;
import org.leavetracker.domain.event.EmploymentEvent;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.functions.pipeline.BusEventReader;
import org.leavetracker.functions.support.ColdStart;
import org.leavetracker.functions.support.Ports;

/**
 * EventBridge rule target (rule {@code calendars}): brings the person's calendar and out-of-office reply in line with
 * the request the event changed, or with all of theirs when their employment's end changed. A failure left after
 * the sync's own retries fails the invocation: EventBridge retries it and finally dead-letters it.
 */
public final class CalendarDeliveryHandler implements RequestHandler<ScheduledEvent, List<CalendarDelivery>> {

    private static final ColdStart<CalendarDeliveryHandler> WIRED = new ColdStart<>(() -> {
        Ports ports = Ports.fromEnvironment();
        return of(ports, 1);
    });

    private final BusEventReader events;
    private final CalendarSync sync;

    public CalendarDeliveryHandler(BusEventReader events, CalendarSync sync) {
        this.events = events;
        this.sync = sync;
    }

    /** What Lambda instantiates: wiring once per cold start. */
    public CalendarDeliveryHandler() {
        CalendarDeliveryHandler wired = WIRED.get();
        this.events = wired.events;
        this.sync = wired.sync;
    }

    /** Over the ports' providers, sleeping between attempts the wait divided by {@code waitDivisor}. */
    public static CalendarDeliveryHandler of(Ports ports, int waitDivisor) {
        return new CalendarDeliveryHandler(new BusEventReader(new EventDetails(ports.json()), ports.repository()),
                new CalendarSync(ports.repository(), ports.calendars().orElseThrow(() -> new IllegalStateException(
                        "the calendar function needs CALENDAR_SECRETS_PREFIX")).providers(), ports.calendarLinks(),
                        ports.calendarLog(), ports.clock(), millis -> sleep(Duration.ofMillis(millis / waitDivisor))));
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between calendar attempts", e);
        }
    }

    @Override
    public List<CalendarDelivery> handleRequest(ScheduledEvent event, Context context) {
        RecordedEvent recorded = events.read(BusEventReader.detailJson(event));
        return switch (recorded.payload()) {
            case LeaveEvent leave -> sync.requestChanged(recorded.orgId(), recorded.aggregateId(), requestId(leave));
            case EmploymentEvent.EmploymentEnded ended -> sync.personChanged(recorded.orgId(),
                    recorded.aggregateId());
            case EmploymentEvent.EmploymentEndUndone undone -> sync.personChanged(recorded.orgId(),
                    recorded.aggregateId());
            default -> List.of();
        };
    }

    private static String requestId(LeaveEvent event) {
        return switch (event) {
            case LeaveEvent.LeaveRequested e -> e.requestId();
            case LeaveEvent.PastLeaveRecorded e -> e.requestId();
            case LeaveEvent.ApprovalLevelPassed e -> e.requestId();
            case LeaveEvent.LeaveApproved e -> e.requestId();
            case LeaveEvent.LeaveDenied e -> e.requestId();
            case LeaveEvent.LeaveCancelled e -> e.requestId();
        };
    }
}
