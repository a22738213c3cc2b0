package org.leavetracker.adapters.graphql;

import java.time.Instant;
import java.time.LocalDate;
import org.leavetracker.domain.provisioning.ProvisioningSettings;
import org.leavetracker.domain.provisioning.ScimToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.adapters.system.SystemClock;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.ApproverGroup;
import org.leavetracker.domain.model.BlackoutPeriod;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.model.Team;
import org.leavetracker.domain.model.WorkingWeek;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.domain.read.LeaveReports;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.OptionalHolidaysView;
import org.leavetracker.domain.read.OrganizationView;
import org.leavetracker.domain.read.ReadYourWrites;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.read.history.HistoryEntries;
import org.leavetracker.domain.read.history.HistoryEntry;
import org.leavetracker.domain.read.model.CalendarEntry;
import org.leavetracker.domain.read.model.ExpiringBalance;
import org.leavetracker.domain.upload.Uploads;
import org.leavetracker.domain.webhook.Webhook;
import org.leavetracker.domain.calendar.CalendarConnection;
import org.leavetracker.domain.calendar.CalendarDelivery;
import org.leavetracker.domain.webhook.WebhookDelivery;
import org.leavetracker.domain.write.leave.LeavePreview;

/**
 * Domain values in the shapes of the schema's types: dates as AWSDate strings, instants as AWSDateTime, amounts of
 * days as numbers with halves, enums by name. Written out field by field so the schema and this file can be read
 * side by side.
 */
public final class GraphQlShapes {

    private final ObjectMapper json;
    private final Clock clock;

    public GraphQlShapes(ObjectMapper json) {
        this(json, new SystemClock());
    }

    /** @param clock "today" for what is in force (a location's working week) */
    public GraphQlShapes(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public Map<String, Object> freshness(ReadYourWrites.Freshness f) {
        return fields("upToDate", f.upToDate(), "waitedMillis", f.waitedMillis());
    }

    public Map<String, Object> organization(OrganizationView o) {
        return fields("id", o.id(), "name", o.name(), "createdAt", str(o.createdAt()), "defaultLanguage",
                o.defaultLanguage(), "retentionYears", o.retentionYears());
    }

    public Map<String, Object> user(UserProfile u) {
        return fields("id", u.id(), "orgId", u.orgId(), "name", u.name(), "email", u.email(), "role", str(u.role()),
                "locationId", u.locationId(), "approverIds", u.approverIds(),
                "workingDays", u.workingDays().stream().map(Enum::name).toList(),
                "hoursPerDay", u.hoursPerDay() == null ? null : num(u.hoursPerDay()),
                "workingHours", u.workingHours().entrySet().stream()
                        .map(d -> fields("day", d.getKey().name(), "hours", num(d.getValue()))).toList(),
                "teamId", u.teamId(), "employmentEndsOn", str(u.employmentEndsOn()), "language", u.language(),
                "calendarEvents", u.calendarEvents(), "outOfOfficeReply", u.outOfOfficeReply(), "erased", u.erased());
    }

    /** Its working week as in force today in its time zone, with the dated changes in {@code workingWeeks}. */
    public Map<String, Object> location(Location l) {
        WorkingWeek now = l.workingWeekOn(clock.today(l.timeZone()));
        List<Map<String, Object>> weeks = new ArrayList<>();
        weeks.add(datedWeek(null, l.workingWeek()));
        l.workingWeekChanges().forEach((date, week) -> weeks.add(datedWeek(date, week)));
        return fields("id", l.id(), "name", l.name(), "timeZone", l.timeZone().getId(),
                "holidayCalendar", l.holidayCalendar(),
                "workingDays", now.ordered().stream().map(Enum::name).toList(),
                "hoursPerDay", num(now.hoursPerDay()),
                "holidays", holidays(l.customHolidays()), "workingWeeks", weeks, "archived", l.archived(),
                "optionalHolidays", holidays(l.optionalHolidays()),
                "optionalHolidaysPerYear", l.optionalHolidaysPerYear());
    }

    public Map<String, Object> optionalHolidays(OptionalHolidaysView v) {
        return fields("year", v.year(), "perYear", v.perYear(), "chosen", (int) v.chosen(),
                "holidays", all(v.holidays(), h -> fields("date", str(h.date()), "name", h.name(),
                        "chosen", h.chosen())));
    }

    private Map<String, Object> datedWeek(LocalDate from, WorkingWeek week) {
        return fields("effectiveDate", str(from), "workingDays", week.ordered().stream().map(Enum::name).toList(),
                "hoursPerDay", num(week.hoursPerDay()), "workingHours", week.workingHours().entrySet().stream()
                        .map(d -> fields("day", d.getKey().name(), "hours", num(d.getValue()))).toList());
    }

    /** Holidays by date, as {@code Holiday { date name }}: a location's own, or a calendar's public ones. */
    public List<Map<String, Object>> holidays(Map<LocalDate, String> byDate) {
        return byDate.entrySet().stream().map(h -> fields("date", h.getKey().toString(), "name", h.getValue()))
                .toList();
    }

    public Map<String, Object> leaveType(LeaveType t) {
        return fields("id", t.id(), "name", t.name(), "deductsFromAllowance", t.deductsFromAllowance(),
                "requiresApproval", t.requiresApproval(), "allowHalfDays", t.allowHalfDays(),
                "approvalLevels", all(t.approvalChain(), l -> fields("kind", str(l.kind()), "groupId", l.groupId())),
                "toil", t.toil(), "toilExpiryMonths", t.toilExpiryMonths(), "unit", str(t.unit()),
                "archived", t.archived(), "countsCalendarDays", t.rules().countsCalendarDays(),
                "maxConsecutiveDays", t.rules().maxConsecutiveDays(), "minNoticeDays", t.rules().minNoticeDays(),
                "waitingPeriodDays", t.rules().waitingPeriodDays(), "maxBalanceDays", num(t.rules().maxBalanceDays()));
    }

    public Map<String, Object> webhook(Webhook w) {
        return fields("id", w.id(), "url", w.url(), "eventTypes", w.eventTypes(), "createdAt", str(w.createdAt()));
    }

    public Map<String, Object> scimToken(ScimToken t) {
        return fields("id", t.id(), "label", t.label(), "createdAt", str(t.createdAt()));
    }

    public Map<String, Object> provisioningSettings(ProvisioningSettings s, String scimUrl) {
        return fields("scimUrl", scimUrl, "defaultLocationId", s.defaultLocationId(), "locationAttribute",
                s.locationAttribute(), "startDateAttribute", s.startDateAttribute(), "createsTeams", s.createsTeams());
    }

    public Map<String, Object> webhookDelivery(WebhookDelivery d) {
        return fields("eventId", d.eventId(), "eventType", d.eventType(), "attempt", d.attempt(),
                "statusCode", d.statusCode(), "succeeded", d.succeeded(), "error", d.error(), "at", str(d.at()));
    }

    public Map<String, Object> calendarConnection(CalendarConnection c) {
        return fields("provider", str(c.provider()), "replyTemplate", c.replyTemplate(), "connectedAt",
                str(c.connectedAt()));
    }

    public Map<String, Object> calendarDelivery(CalendarDelivery d) {
        return fields("requestId", d.requestId(), "mailbox", d.mailbox(), "action", str(d.action()), "attempt",
                d.attempt(), "statusCode", d.statusCode(), "succeeded", d.succeeded(), "error", d.error(),
                "at", str(d.at()));
    }

    public Map<String, Object> approverGroup(ApproverGroup g) {
        return fields("id", g.id(), "name", g.name(), "memberIds", g.memberIds());
    }

    public Map<String, Object> blackout(BlackoutPeriod b) {
        return fields("id", b.id(), "locationId", b.locationId(), "from", str(b.dates().start()),
                "to", str(b.dates().end()), "leaveTypeIds", b.leaveTypeIds().stream().sorted().toList(),
                "mode", str(b.mode()));
    }

    public Map<String, Object> calendarFeeds(String userFeedUrl, String teamFeedUrl, Instant issuedAt) {
        return fields("userFeedUrl", userFeedUrl, "teamFeedUrl", teamFeedUrl, "issuedAt", str(issuedAt));
    }

    public Map<String, Object> leavePreview(LeavePreview p) {
        return fields("days", num(p.amount()), "unit", str(p.unit()), "status", str(p.status()),
                "balances", all(p.balances(), y -> fields("year", y.year(), "before", balance(y.before().orgId(), y.before()),
                        "after", balance(y.after().orgId(), y.after()))),
                "refusal", p.refusal() == null ? null : fields("errorType", p.refusal().errorType(),
                        "message", p.refusal().getMessage(), "details", jsonOf(p.refusal().details(), "a refusal's details")));
    }

    /** An AWSJSON field's value. */
    private String jsonOf(Object value, String what) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write " + what, ex);
        }
    }

    public Map<String, Object> uploadUrl(Uploads.UploadUrl u) {
        return fields("uploadUrl", u.uploadUrl(), "key", u.key(), "expiresAt", str(u.expiresAt()));
    }

    public Map<String, Object> reportExport(LeaveReports.ReportExport r) {
        return fields("downloadUrl", r.url(), "key", r.key(), "expiresAt", str(r.expiresAt()),
                "requestCount", r.requestCount(), "balanceCount", r.balanceCount());
    }

    public Map<String, Object> policy(LeavePolicy p) {
        return fields("id", p.id(), "locationId", p.locationId(), "leaveTypeId", p.leaveTypeId(),
                "effectiveDate", str(p.effectiveDate()), "annualAllowanceDays", num(p.annualAllowance()),
                "accrual", str(p.accrual()), "rolloverMaxDays", num(p.rolloverMax()),
                "rolloverExpiryMonths", p.rolloverExpiryMonths(),
                "negativeBalanceAllowedDays", num(p.negativeBalanceAllowed()),
                "tenureSteps", all(p.tenureSteps(), t -> fields("afterYears", t.afterYears(),
                        "extraDays", num(t.extraDays()))), "encashableDays", num(p.encashableDays()));
    }

    public Map<String, Object> balance(String orgId, Balance b) {
        return fields("orgId", orgId, "userId", b.userId(), "leaveTypeId", b.leaveTypeId(), "year", b.year(),
                "asOf", str(b.asOf()), "carriedOver", num(b.carriedOver()),
                "carriedOverExpiresOn", str(b.carriedOverExpiresOn()), "expired", num(b.expired()),
                "allowance", num(b.allowance()), "accrued", num(b.accrued()), "adjustments", num(b.adjustments()),
                "overtime", num(b.overtime()),
                "used", num(b.used()), "pending", num(b.pending()), "remaining", num(b.remaining()),
                "available", num(b.available()), "unit", str(b.unit()), "encashed", num(b.encashed()));
    }

    public Map<String, Object> leaveRequest(LeaveRequestView r) {
        return fields("id", r.id(), "orgId", r.orgId(), "userId", r.userId(), "leaveTypeId", r.leaveTypeId(),
                "startDate", str(r.startDate()), "endDate", str(r.endDate()), "halfDay", str(r.halfDay()),
                "days", num(r.days()), "status", str(r.status()), "reason", r.reason(),
                "createdAt", str(r.createdAt()), "decidedBy", r.decidedBy(),
                "approvals", all(r.approvals(), step -> fields("level", step.level(), "kind", str(step.kind()),
                        "groupId", step.groupId(), "status", str(step.status()), "decidedBy", step.decidedBy(),
                        "onBehalfOf", step.onBehalfOf(), "decidedAt", str(step.decidedAt()))),
                "unit", str(r.unit()), "startTime", r.times() == null ? null : str(r.times().start()),
                "endTime", r.times() == null ? null : str(r.times().end()), "teamId", r.teamId(),
                "decisionNote", r.decisionNote(), "startHalf", str(r.startHalf()), "endHalf", str(r.endHalf()));
    }

    /** The team calendar never carries a reason. */
    public Map<String, Object> calendarEntry(CalendarEntry e) {
        return fields("requestId", e.requestId(), "userId", e.userId(), "userName", e.userName(),
                "leaveTypeId", e.leaveTypeId(), "startDate", str(e.startDate()), "endDate", str(e.endDate()),
                "halfDay", str(e.halfDay()), "status", str(e.status()), "teamId", e.teamId(),
                "locationId", e.locationId(), "months", all(e.months(), m -> fields("month", m.month(),
                        "amount", num(m.amount()))));
    }

    public Map<String, Object> expiringBalance(ExpiringBalance e) {
        return fields("userId", e.userId(), "userName", e.userName(), "leaveTypeId", e.leaveTypeId(),
                "year", e.year(), "expiresOn", str(e.expiresOn()), "days", num(e.days()));
    }

    public Map<String, Object> team(Team t, int memberCount) {
        return fields("id", t.id(), "name", t.name(), "managerIds", t.managerIds(), "memberCount", memberCount);
    }

    public Map<String, Object> event(RecordedEvent e) {
        return fields("aggregateId", e.aggregateId(), "version", e.version(), "type", e.type(),
                "occurredAt", str(e.occurredAt()), "actorId", e.actorId(),
                "payload", jsonOf(e.payload(), "the payload of " + e.type()),
                "entry", historyEntry(HistoryEntries.of(e.payload())));
    }

    private Map<String, Object> historyEntry(HistoryEntry h) {
        return fields("kind", h.kind().name(), "requestId", h.requestId(), "leaveTypeId", h.leaveTypeId(),
                "locationId", h.locationId(), "teamId", h.teamId(), "personId", h.personId(), "from", str(h.from()),
                "to", str(h.to()), "days", h.days() == null ? null : num(h.days()), "year", h.year(),
                "level", h.level(), "role", h.role() == null ? null : h.role().name(), "name", h.name(),
                "email", h.email(), "text", h.text(),
                "workingDays", h.workingDays() == null ? null : h.workingDays().stream().map(Enum::name).toList(),
                "timeZone", h.timeZone(), "holidayCalendar", h.holidayCalendar());
    }

    public <T> List<Map<String, Object>> all(List<T> values, Function<T, Map<String, Object>> shape) {
        return values.stream().map(shape).toList();
    }

    private static Double num(Days days) {
        return days == null ? null : days.toDouble();
    }

    private static String str(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
