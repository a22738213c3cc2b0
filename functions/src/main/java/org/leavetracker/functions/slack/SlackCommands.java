package org.leavetracker.functions.slack;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.DateWindow;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.model.CalendarEntry;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.leave.RequestLeave;
import org.leavetracker.domain.write.organization.Organization;
import org.leavetracker.functions.support.Application;

/**
 * What the Slack app does for a person, through the same use cases and access rules as the API: the {@code /leave}
 * commands and the Approve / Deny buttons. A Slack user acts as the Leave Tracker user with their Slack e-mail.
 */
public final class SlackCommands {

    static final String USAGE = """
            *Leave Tracker* — `/leave request 2026-03-09 2026-03-13 [type:Name] [reason]` · `/leave balance [year]` \
            · `/leave who-is-away [date]`""";

    private final Application app;

    public SlackCommands(Application app) {
        this.app = app;
    }

    /** The Leave Tracker user with this e-mail; {@code commandId} makes Slack's retries of one action harmless. */
    public Optional<Caller> caller(String email, String commandId) {
        return app.callers.resolveVerifiedEmail(Email.of(email), commandId);
    }

    /** The answer to {@code /leave <text>}, in Slack's markdown. */
    public String command(Caller caller, String text) {
        List<String> words = Arrays.stream((text == null ? "" : text).trim().split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return USAGE;
        }
        try {
            return switch (words.getFirst().toLowerCase(Locale.ROOT)) {
                case "request" -> request(caller, words.subList(1, words.size()));
                case "balance" -> balance(caller, words.size() > 1 ? year(words.get(1)) : null);
                case "who-is-away", "away" -> whoIsAway(caller, words.size() > 1 ? date(words.get(1)) : null);
                default -> USAGE;
            };
        } catch (DomainError refused) {
            return refusal(refused);
        }
    }

    /** What deciding in Slack answered: the text that replaces the message with the buttons, or why not. */
    public record Outcome(String text, boolean refused) {
    }

    /** The Approve button. */
    public Outcome approve(Caller caller, String requestId) {
        return decide(caller, () -> app.workflow.approveLeave(caller, requestId, "approved in Slack"), "Approved");
    }

    /** The deny modal's submission; a blank reason is no reason. */
    public Outcome deny(Caller caller, String requestId, String reason) {
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        return decide(caller, () -> app.workflow.denyLeave(caller, requestId, given), "Denied");
    }

    private Outcome decide(Caller caller, Supplier<LeaveRequestView> decision, String done) {
        try {
            LeaveRequestView decided = decision.get();
            return new Outcome(done + ": " + describe(organizationOf(caller), decided) + ".", false);
        } catch (DomainError refused) {
            return new Outcome(refusal(refused), true);
        }
    }

    static String refusal(DomainError refused) {
        return ":warning: " + refused.getMessage() + " (" + refused.errorType() + ")";
    }

    private String request(Caller caller, List<String> words) {
        if (words.size() < 2) {
            throw new ValidationError("say the first and last day: /leave request 2026-03-09 2026-03-13");
        }
        LocalDate start = date(words.get(0));
        LocalDate end = date(words.get(1));
        Organization organization = organizationOf(caller);
        List<String> rest = words.subList(2, words.size());
        LeaveType type = organization.leaveTypes().stream().filter(LeaveType::deductsFromAllowance).findFirst()
                .orElseGet(() -> organization.leaveTypes().stream().findFirst().orElseThrow(() ->
                        new ValidationError("your organization has no leave types yet")));
        if (!rest.isEmpty() && rest.getFirst().toLowerCase(Locale.ROOT).startsWith("type:")) {
            String wanted = rest.getFirst().substring("type:".length()).replace('_', ' ');
            type = organization.leaveTypes().stream().filter(t -> t.name().equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> new ValidationError("no leave type named '" + wanted + "'; there are "
                            + organization.leaveTypes().stream().map(LeaveType::name).toList()));
            rest = rest.subList(1, rest.size());
        }
        String reason = rest.isEmpty() ? null : String.join(" ", rest);
        LeaveRequestView made = app.workflow.requestLeave(caller, new RequestLeave(type.id(), start, end, HalfDay.NONE,
                reason, caller.commandId(), null));
        return "Requested " + describe(organization, made) + ": " + made.status() + ".";
    }

    private String balance(Caller caller, Integer year) {
        Employee person = app.repository.actor(caller);
        Organization organization = app.repository.organization(person.orgId());
        int wanted = year != null ? year : app.repository.todayFor(person, organization).getYear();
        List<Balance> balances = app.leaveQueries.balances(caller, null, wanted, null);
        if (balances.isEmpty()) {
            return "No leave types with an allowance in " + wanted + ".";
        }
        return "*Your balances " + wanted + "*\n" + balances.stream().map(b -> "• "
                + organization.leaveTypes().get(b.leaveTypeId()).name() + ": " + b.available() + " "
                        + unitWord(b.unit())
                + " available ("
                + b.remaining() + " remaining, " + b.used() + " used, " + b.pending() + " pending)")
                .collect(Collectors.joining("\n"));
    }

    private String whoIsAway(Caller caller, LocalDate day) {
        LocalDate date = day != null ? day : today(caller);
        List<CalendarEntry> away = app.readQueries.teamCalendar(caller, date, date, null);
        if (away.isEmpty()) {
            return "Nobody is away on " + date + ".";
        }
        return "*Away on " + date + "*\n" + away.stream().map(e -> "• " + e.userName()
                + (e.halfDay() == HalfDay.NONE ? "" : " (" + e.halfDay().name().toLowerCase(Locale.ROOT) + ")")
                + (e.status() == LeaveStatus.PENDING ? " — pending" : ""))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Organization organization, LeaveRequestView request) {
        String type = organization.leaveTypes().get(request.leaveTypeId()).name();
        String dates = request.startDate().equals(request.endDate()) ? request.startDate().toString()
                : request.startDate() + " – " + request.endDate();
        String unit = unitWord(request.unit());
        return type + " " + dates + " (" + request.days() + " "
                + (request.days().equals(Days.ONE) ? unit.substring(0, unit.length() - 1) : unit) + ")";
    }

    /** Today where the person works. */
    private LocalDate today(Caller caller) {
        Employee person = app.repository.actor(caller);
        return app.repository.todayFor(person, app.repository.organization(person.orgId()));
    }

    private static String unitWord(LeaveUnit unit) {
        return unit == LeaveUnit.HOURS ? "hours" : "days";
    }

    private Organization organizationOf(Caller caller) {
        return app.repository.organization(app.repository.actor(caller).orgId());
    }

    private static LocalDate date(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationError("'" + text + "' is not a date like 2026-03-09");
        }
        return DateWindow.require(date, "the date");
    }

    private static Integer year(String text) {
        try {
            return DateWindow.requireYear(Integer.parseInt(text), "the year");
        } catch (NumberFormatException e) {
            throw new ValidationError("'" + text + "' is not a year like 2026");
        }
    }
}
