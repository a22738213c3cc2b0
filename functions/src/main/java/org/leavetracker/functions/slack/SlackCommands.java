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
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.model.CalendarEntry;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.leave.RequestLeave;
import org.leavetracker.domain.write.organization.Organization;
import org.leavetracker.domain.wording.Wording;
import org.leavetracker.functions.support.Application;

/**
 * What the Slack app does for a person, through the same use cases and access rules as the API: the {@code /leave}
 * commands and the Approve / Deny buttons. A Slack user acts as the Leave Tracker user with their Slack e-mail.
 */
public final class SlackCommands {

    private final Application app;

    public SlackCommands(Application app) {
        this.app = app;
    }

    /** The Leave Tracker user with this e-mail; {@code commandId} makes Slack's retries of one action harmless. */
    public Optional<Caller> caller(String email, String commandId) {
        return app.callers.resolveVerifiedEmail(Email.of(email), commandId);
    }

    /** The answer to {@code /leave <text>}, in Slack's markdown and the caller's language. */
    public String command(Caller caller, String text) {
        List<String> words = Arrays.stream((text == null ? "" : text).trim().split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
        Asker asker = asker(caller);
        Wording w = asker.words();
        if (words.isEmpty()) {
            return w.text("slack.usage");
        }
        try {
            return switch (words.getFirst().toLowerCase(Locale.ROOT)) {
                case "request" -> request(caller, asker, words.subList(1, words.size()));
                case "balance" -> balance(caller, asker, words.size() > 1 ? year(w, words.get(1)) : null);
                case "who-is-away", "away" -> whoIsAway(caller, asker, words.size() > 1 ? date(w, words.get(1)) : null);
                default -> w.text("slack.usage");
            };
        } catch (DomainError refused) {
            return refusal(w, refused);
        }
    }

    /** What deciding in Slack answered: the text that replaces the message with the buttons, or why not. */
    public record Outcome(String text, boolean refused) {
    }

    /** The Approve button. */
    public Outcome approve(Caller caller, String requestId) {
        return decide(caller, () -> app.workflow.approveLeave(caller, requestId, "approved in Slack"),
                "slack.approved");
    }

    /** The deny modal's submission; a blank reason is no reason. */
    public Outcome deny(Caller caller, String requestId, String reason) {
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        return decide(caller, () -> app.workflow.denyLeave(caller, requestId, given), "slack.denied");
    }

    private Outcome decide(Caller caller, Supplier<LeaveRequestView> decision, String done) {
        Asker asker = asker(caller);
        Wording w = asker.words();
        try {
            LeaveRequestView decided = decision.get();
            return new Outcome(w.text(done, describe(w, asker.organization(), decided)), false);
        } catch (DomainError refused) {
            return new Outcome(refusal(w, refused), true);
        }
    }

    /**
     * A refusal as Slack shows it: its kind in the reader's words, the server's English sentence (SPEC §3.11: the
     * machine-readable message) and the error type.
     */
    static String refusal(Wording w, DomainError refused) {
        return ":warning: " + w.text("slack.refused", w.text("refusal." + known(refused.errorType())),
                refused.getMessage(), refused.errorType());
    }

    private static String known(String errorType) {
        return REFUSALS.contains(errorType) ? errorType : "OTHER";
    }

    private static final java.util.Set<String> REFUSALS = java.util.Set.of("OVERLAPPING_LEAVE", "INSUFFICIENT_BALANCE",
            "NO_WORKING_DAYS", "BLACKOUT_PERIOD", "INVALID_STATE_TRANSITION", "FORBIDDEN", "NOT_FOUND", "CONFLICT",
            "VALIDATION_ERROR", "POLICY_VIOLATION", "RATE_LIMITED");

    private String request(Caller caller, Asker asker, List<String> words) {
        Wording w = asker.words();
        if (words.size() < 2) {
            throw new ValidationError(w.text("slack.sayDays"));
        }
        LocalDate start = date(w, words.get(0));
        LocalDate end = date(w, words.get(1));
        Organization organization = asker.organization();
        List<String> rest = words.subList(2, words.size());
        LeaveType type = organization.leaveTypes().stream().filter(LeaveType::deductsFromAllowance).findFirst()
                .orElseGet(() -> organization.leaveTypes().stream().findFirst().orElseThrow(() ->
                        new ValidationError(w.text("slack.noTypes"))));
        if (!rest.isEmpty() && rest.getFirst().toLowerCase(Locale.ROOT).startsWith("type:")) {
            String wanted = rest.getFirst().substring("type:".length()).replace('_', ' ');
            type = organization.leaveTypes().stream().filter(t -> t.name().equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> new ValidationError(w.text("slack.noTypeNamed", wanted,
                            String.join(", ", organization.leaveTypes().stream().map(LeaveType::name).toList()))));
            rest = rest.subList(1, rest.size());
        }
        String reason = rest.isEmpty() ? null : String.join(" ", rest);
        LeaveRequestView made = app.workflow.requestLeave(caller, new RequestLeave(type.id(), start, end, HalfDay.NONE,
                reason, caller.commandId(), null));
        return w.text("slack.requested", describe(w, organization, made), w.text("slack.status." + made.status()));
    }

    private String balance(Caller caller, Asker asker, Integer year) {
        Wording w = asker.words();
        Organization organization = asker.organization();
        int wanted = year != null ? year : asker.today().getYear();
        List<Balance> balances = app.leaveQueries.balances(caller, null, wanted, null);
        if (balances.isEmpty()) {
            return w.text("slack.noBalances", String.valueOf(wanted));
        }
        return w.text("slack.balances", String.valueOf(wanted)) + "\n" + balances.stream().map(b -> w.text(
                        "slack.balance", organization.leaveTypes().get(b.leaveTypeId()).name(),
                        w.amount(b.available(), b.unit()), w.amount(b.remaining(), b.unit()),
                        w.amount(b.used(), b.unit()), w.amount(b.pending(), b.unit())))
                .collect(Collectors.joining("\n"));
    }

    private String whoIsAway(Caller caller, Asker asker, LocalDate day) {
        Wording w = asker.words();
        LocalDate date = day != null ? day : asker.today();
        List<CalendarEntry> away = app.readQueries.teamCalendar(caller, date, date, null);
        if (away.isEmpty()) {
            return w.text("slack.nobodyAway", w.date(date));
        }
        return w.text("slack.away", w.date(date)) + "\n" + away.stream().map(e -> "• " + e.userName()
                + w.halfDay(e.halfDay())
                + (e.status() == LeaveStatus.PENDING ? w.text("slack.pending") : ""))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Wording w, Organization organization, LeaveRequestView request) {
        return w.text("slack.leave", organization.leaveTypes().get(request.leaveTypeId()).name(),
                w.dates(request.startDate(), request.endDate()), w.amount(request.days(), request.unit()));
    }

    /**
     * Who asks, read once per interaction: their organization, today where they work, and their words (their own
     * language, else the organization's, dates as written where they work).
     */
    private record Asker(Organization organization, LocalDate today, Wording words) {
    }

    private Asker asker(Caller caller) {
        Employee person = app.repository.actor(caller);
        Organization organization = app.repository.organization(person.orgId());
        LocalDate today = app.repository.todayFor(person, organization);
        return new Asker(organization, today, Wording.of(person.languageIn(organization),
                Wording.countryWhere(person, organization, today)));
    }

    /** The caller's words: their language, dates as written where they work. */
    public Wording wordingOf(Caller caller) {
        return asker(caller).words();
    }

    private static LocalDate date(Wording w, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationError(w.text("slack.notADate", text));
        }
        return DateWindow.require(date, "the date");
    }

    private static Integer year(Wording w, String text) {
        try {
            return DateWindow.requireYear(Integer.parseInt(text), "the year");
        } catch (NumberFormatException e) {
            throw new ValidationError(w.text("slack.notAYear", text));
        }
    }
}
