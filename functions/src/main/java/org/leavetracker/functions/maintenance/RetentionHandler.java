package org.leavetracker.functions.maintenance;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import org.leavetracker.domain.write.employee.RetentionPeriod;
import org.leavetracker.functions.support.Application;
import org.leavetracker.functions.support.ColdStart;
import org.leavetracker.functions.support.JsonLog;

/**
 * Once a day (the stack's schedule on the event bus): each organization's retention period erases the leavers whose
 * last day is more than that many years ago (SPEC §3.10). A failure is thrown, so that the bus retries it and then
 * leaves it in the failure queue.
 */
public final class RetentionHandler implements RequestHandler<ScheduledEvent, Map<String, Object>> {

    private static final JsonLog LOG = new JsonLog(RetentionHandler.class);
    private static final ColdStart<RetentionPeriod> WIRED = new ColdStart<>(() -> Application.fromEnvironment().retention);

    private final RetentionPeriod retention;

    public RetentionHandler() {
        this(WIRED.get());
    }

    public RetentionHandler(RetentionPeriod retention) {
        this.retention = retention;
    }

    @Override
    public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
        int erased = retention.runAll();
        LOG.info("retention run done", Map.of("erased", erased, "scheduledAt", String.valueOf(event.getTime())));
        return Map.of("erased", erased);
    }
}
