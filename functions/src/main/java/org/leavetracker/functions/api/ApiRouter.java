package org.leavetracker.functions.api;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.leavetracker.adapters.graphql.GraphQlShapes;
import org.leavetracker.domain.calendar.CalendarFeeds;
import org.leavetracker.domain.calendar.FeedAddress;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.Unauthenticated;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.Team;
import org.leavetracker.domain.model.TimeRange;
import org.leavetracker.domain.port.RateLimits;
import org.leavetracker.domain.read.LeaveReports;
import org.leavetracker.domain.read.ReadQueries;
import org.leavetracker.domain.read.model.Page;
import org.leavetracker.domain.upload.UploadKind;
import org.leavetracker.domain.upload.Uploads;
import org.leavetracker.domain.webhook.WebhookEvents;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.employee.Identity;
import org.leavetracker.domain.write.leave.AddPastLeave;
import org.leavetracker.domain.write.leave.RequestLeave;
import org.leavetracker.domain.write.organization.SetLeavePolicy;
import org.leavetracker.domain.write.organization.WebhookAdministration;
import org.leavetracker.functions.support.Application;
import org.leavetracker.graphql.ApiContract;
import org.leavetracker.graphql.ResolverMapping;

/**
 * Routes {@code parentTypeName.fieldName} to one use case: reads the arguments, calls, shapes the result. Nothing
 * else happens here; every rule lives in the domain.
 */
public final class ApiRouter {

    /** A client may send this header so that a retried mutation is recognised and applied once. */
    public static final String IDEMPOTENCY_HEADER = "idempotency-key";

    @FunctionalInterface
    private interface Field {
        /** Answers one field from its arguments and the request (whose caller is resolved on first use). */
        Object resolve(Arguments a, Request r);
    }

    /** The caller of one request: resolved on first use, never trusted from arguments. */
    private final class Request {
        private final ResolverEvent event;
        private Optional<Caller> caller;

        Request(ResolverEvent event) {
            this.event = event;
        }

        Identity identity() {
            boolean hasEmail = event.email() != null && !event.email().isBlank();
            if (!hasEmail && (event.subject() == null || event.subject().isBlank())) {
                throw new Unauthenticated("sign in: this call carries no identity");
            }
            return new Identity(event.subject(), hasEmail ? Email.of(event.email()) : null, event.emailVerified(),
                    event.name());
        }

        Optional<Caller> optionalCaller() {
            if (caller == null) {
                caller = app.callers.resolve(identity(), event.headers().get(IDEMPOTENCY_HEADER));
            }
            return caller;
        }

        Caller caller() {
            return optionalCaller().orElseThrow(() -> new Unauthenticated(
                    event.email() == null ? "your identity belongs to no user yet: sign in once with the ID token (it"
                            + " carries your verified e-mail), then either token works"
                            : event.emailVerified() ? "your identity " + event.email() + " belongs to no organization:"
                            + " create one, or ask an admin to add you"
                            : "your e-mail " + event.email() + " is not verified yet: verify it, then sign in again"));
        }

        String commandId() {
            return event.headers().get(IDEMPOTENCY_HEADER);
        }

        /**
         * Every field costs its caller one call of their budget, and their organization one of its (SPEC §4 Limits),
         * before any work: a flood is answered RATE_LIMITED at the price of two counter updates.
         *
         * @return the caller's organization, or null when they belong to none (yet)
         */
        String spendBudgets() {
            String who = event.subject() != null && !event.subject().isBlank() ? event.subject() : event.email();
            if (who == null || who.isBlank()) {
                return null; // no identity: the field refuses the call itself
            }
            app.rateLimits.spend(RateLimits.PER_CALLER, who);
            String orgId = optionalCaller().map(c -> organizations.of(c.userId())).orElse(null);
            if (orgId != null) {
                app.rateLimits.spend(RateLimits.PER_ORGANIZATION, orgId);
            }
            return orgId;
        }
    }

    private final Application app;
    private final Supplier<String> calendarBaseUrl;
    private final GraphQlShapes shapes;
    private final PageTokens pageTokens;
    private final OrganizationOfUser organizations;
    private final OrganizationBulkhead bulkhead = new OrganizationBulkhead();
    private final Map<String, Field> fields = new HashMap<>();

    /** In a Lambda: calendar feed addresses start with CALENDAR_BASE_URL, the feed function's URL. */
    public ApiRouter(Application app) {
        this(app, () -> System.getenv("CALENDAR_BASE_URL"));
    }

    public ApiRouter(Application app, Supplier<String> calendarBaseUrl) {
        this.app = app;
        this.calendarBaseUrl = calendarBaseUrl;
        this.shapes = new GraphQlShapes(app.json.mapper(), app.clock);
        this.pageTokens = new PageTokens(app.pageTokenKey, app.json.mapper());
        this.organizations = new OrganizationOfUser(userId -> app.repository.formerOrCurrent(
                new Caller(userId, null)).orgId());
        queries();
        mutations();
        subscriptions();
    }

    /** Queries answered from the read side: each first waits (boundedly) until it shows the caller's own writes. */
    /** The fields that answer from the read tables, as the resolver mapping marks them (one list, no copy). */
    private static final Set<String> READ_SIDE = ApiContract.resolvers().stream()
            .filter(ResolverMapping::readsReadSide).map(ResolverMapping::field).collect(Collectors.toSet());

    public Object route(ResolverEvent event) {
        Field field = fields.get(event.field());
        if (field == null) {
            throw new NotFound("no operation " + event.field());
        }
        Request request = new Request(event);
        String orgId = request.spendBudgets();
        if (orgId == null) {
            return resolve(field, event, request);
        }
        return bulkhead.run(orgId, () -> resolve(field, event, request));
    }

    private Object resolve(Field field, ResolverEvent event, Request request) {
        if (READ_SIDE.contains(event.field())) {
            request.optionalCaller().ifPresent(app.ownWrites::await);
        }
        return field.resolve(event.arguments(), request);
    }

    private void queries() {
        fields.put("Query.me", (a, r) -> r.optionalCaller().map(c -> shapes.user(app.leaveQueries.me(c)))
                .orElse(null));
        fields.put("Query.organization", (a, r) -> r.optionalCaller()
                .map(c -> shapes.organization(app.leaveQueries.organization(c))).orElse(null));
        fields.put("Query.readSide", (a, r) -> shapes.freshness(app.ownWrites.await(r.caller())));
        fields.put("Query.users", (a, r) -> shapes.all(capped(app.readQueries.users(r.caller()), "usersPage"),
                shapes::user));
        fields.put("Query.locations", (a, r) -> shapes.all(app.readQueries.locations(r.caller()),
                shapes::location));
        fields.put("Query.leaveTypes", (a, r) -> shapes.all(app.readQueries.leaveTypes(r.caller()),
                shapes::leaveType));
        fields.put("Query.policies", (a, r) -> shapes.all(app.readQueries.policies(r.caller(),
                a.string("locationId")), shapes::policy));
        fields.put("Query.balances", (a, r) -> shapes.all(app.leaveQueries.balances(r.caller(),
                a.string("userId"), a.requiredYear("year"), a.date("asOf")), b -> shapes.balance(b.orgId(), b)));
        fields.put("Query.previewAllowances", (a, r) -> shapes.all(app.leaveQueries.previewAllowances(r.caller(),
                a.string("userId"), a.required("locationId"), a.requiredDate("effectiveDate")),
                b -> shapes.balance(b.orgId(), b)));
        fields.put("Query.leaveRequests", (a, r) -> shapes.all(capped(app.readQueries.leaveRequests(r.caller(),
                a.string("userId"), a.enumeration("status", LeaveStatus.class), a.date("from"), a.date("to")),
                "leaveRequestsPage"), shapes::leaveRequest));
        fields.put("Query.pendingApprovals", (a, r) -> shapes.all(capped(app.readQueries.pendingApprovals(
                r.caller()), "pendingApprovalsPage"), shapes::leaveRequest));
        fields.put("Query.teamCalendar", (a, r) -> shapes.all(capped(app.readQueries.teamCalendar(r.caller(),
                a.requiredDate("from"), a.requiredDate("to"), a.string("locationId"), a.string("teamId")),
                "teamCalendarPage"), shapes::calendarEntry));
        fields.put("Query.teams", (a, r) -> app.readQueries.teams(r.caller()).stream()
                .map(t -> shapes.team(t.team(), t.memberCount())).toList());
        fields.put("Query.blackoutPeriods", (a, r) -> shapes.all(app.settings.blackoutPeriods(r.caller()),
                shapes::blackout));
        fields.put("Query.holidayCalendars", (a, r) -> app.settings.holidayCalendars(r.caller()).entrySet().stream()
                .map(e -> Map.<String, Object>of("code", e.getKey(), "name", e.getValue())).toList());
        fields.put("Query.publicHolidays", (a, r) -> shapes.holidays(app.settings.publicHolidays(r.caller(),
                a.required("holidayCalendar"), a.requiredYear("year"))));
        fields.put("Query.approverGroups", (a, r) -> shapes.all(app.settings.approverGroups(r.caller()),
                shapes::approverGroup));
        fields.put("Query.webhookEventTypes", (a, r) -> {
            r.caller();
            return WebhookEvents.PUBLISHED;
        });
        fields.put("Query.webhooks", (a, r) -> shapes.all(webhooks().webhooks(r.caller()), shapes::webhook));
        fields.put("Query.webhookDeliveries", (a, r) -> shapes.all(webhooks().deliveries(r.caller(),
                a.required("webhookId")), shapes::webhookDelivery));
        fields.put("Query.history", (a, r) -> shapes.all(capped(app.readQueries.history(r.caller(),
                a.required("aggregateId")), "historyPage"), shapes::event));
        pagedQueries();
        fields.put("Query.previewLeaveRequest", (a, r) -> shapes.leavePreview(
                app.workflow.previewLeave(r.caller(), requestLeave(a))));
    }

    /**
     * Runs when a client subscribes (AppSync calls the subscription field's resolver then; the local runtime does
     * the same): only the caller's own organization, and balances only of people the caller may read.
     */
    private void subscriptions() {
        fields.put("Subscription.onLeaveRequestChanged", (a, r) -> {
            app.leaveQueries.authorizeSubscription(r.caller(), false, a.string("orgId"), null);
            return null;
        });
        fields.put("Subscription.onSettingsChanged", (a, r) -> {
            app.leaveQueries.authorizeSubscription(r.caller(), false, a.string("orgId"), null);
            return null;
        });
        fields.put("Subscription.onBalanceChanged", (a, r) -> {
            app.leaveQueries.authorizeSubscription(r.caller(), true, a.string("orgId"), a.string("userId"));
            return null;
        });
    }

    /** The lists a page at a time: the position each page ends at travels in a signed token (PageTokens). */
    private void pagedQueries() {
        fields.put("Query.usersPage", (a, r) -> paged(r, a, "users", after ->
                app.readQueries.usersPage(r.caller(), limit(a), after), shapes::user));
        fields.put("Query.leaveRequestsPage", (a, r) -> paged(r, a, "leaveRequests|" + a.string("userId") + "|"
                + a.string("status") + "|" + a.string("from") + "|" + a.string("to"), after ->
                app.readQueries.leaveRequestsPage(r.caller(), a.string("userId"),
                        a.enumeration("status", LeaveStatus.class), a.date("from"), a.date("to"), limit(a), after),
                shapes::leaveRequest));
        fields.put("Query.pendingApprovalsPage", (a, r) -> paged(r, a, "pendingApprovals", after ->
                app.readQueries.pendingApprovalsPage(r.caller(), limit(a), after), shapes::leaveRequest));
        fields.put("Query.decisionsPage", (a, r) -> paged(r, a, "decisions", after ->
                app.readQueries.decisionsPage(r.caller(), limit(a), after), shapes::leaveRequest));
        fields.put("Query.expiringBalancesPage", (a, r) -> paged(r, a, "expiring|" + a.string("locationId") + "|"
                + a.string("teamId"), after -> app.readQueries.expiringBalancesPage(r.caller(), a.string("locationId"),
                a.string("teamId"), limit(a), after), shapes::expiringBalance));
        fields.put("Query.teamCalendarPage", (a, r) -> paged(r, a, "teamCalendar|" + a.string("from") + "|"
                + a.string("to") + "|" + a.string("locationId") + "|" + a.string("teamId"),
                after -> app.readQueries.teamCalendarPage(r.caller(), a.requiredDate("from"), a.requiredDate("to"),
                        a.string("locationId"), a.string("teamId"), limit(a), after), shapes::calendarEntry));
        fields.put("Query.historyPage", (a, r) -> paged(r, a, "history|" + a.string("aggregateId"), after ->
                app.readQueries.historyPage(r.caller(), a.required("aggregateId"), limit(a), after), shapes::event));
        fields.put("Query.webhookDeliveriesPage", (a, r) -> paged(r, a, "webhookDeliveries|"
                + a.string("webhookId"), after -> Page.of(webhooks().deliveries(r.caller(), a.required("webhookId")),
                d -> String.format("%019d", Long.MAX_VALUE - d.at().toEpochMilli()) + "#" + d.eventId() + "#"
                        + String.format("%05d", d.attempt()), limit(a), after), shapes::webhookDelivery));
    }

    /**
     * The unpaged lists answer whole up to this many items (a 10,000-person directory is about 1.3 MB, well inside
     * AppSync's and Lambda's response limits); past it they refuse and name the paged field, rather than fail at
     * those limits or answer a truncated list that looks complete (decision 0021).
     */
    static final int UNPAGED_LIMIT = 20_000;

    private static <T> List<T> capped(List<T> items, String pagedField) {
        if (items.size() > UNPAGED_LIMIT) {
            throw new ValidationError("this list has " + items.size() + " items, more than one answer holds ("
                    + UNPAGED_LIMIT + "): ask " + pagedField + " for it a page at a time");
        }
        return items;
    }

    /** A team as answered after a change, with its member count as the read side knows it. */
    private Map<String, Object> teamShape(Request request, Team team) {
        int members = app.readQueries.teams(request.caller()).stream().filter(t -> t.team().id().equals(team.id()))
                .mapToInt(ReadQueries.TeamView::memberCount).findFirst().orElse(0);
        return shapes.team(team, members);
    }

    /** requestLeave's and previewLeaveRequest's arguments as the command they send. */
    private static RequestLeave requestLeave(Arguments a) {
        return new RequestLeave(a.required("leaveTypeId"), a.requiredDate("startDate"), a.requiredDate("endDate"),
                a.enumeration("halfDay", HalfDay.class), a.string("reason"), a.string("clientRequestId"),
                TimeRange.ofNullable(a.time("startTime"), a.time("endTime")));
    }

    private static int limit(Arguments arguments) {
        return Page.limit(arguments.integer("limit"));
    }

    /** {@code { items nextToken }}, the token opened and issued for the caller's organization and this list. */
    private <T> Map<String, Object> paged(Request request, Arguments arguments, String list,
                                          Function<String, Page<T>> read, Function<T, Map<String, Object>> shape) {
        String orgId = app.repository.formerOrCurrent(request.caller()).orgId(); // binds the token only
        Page<T> page = read.apply(pageTokens.open(orgId, list, arguments.string("nextToken")));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", page.items().stream().map(shape).toList());
        answer.put("nextToken", pageTokens.issue(orgId, list, page.after()));
        return answer;
    }

    private void mutations() {
        fields.put("Mutation.createOrganization", (a, r) -> shapes.organization(
                app.setup.createOrganization(r.identity(), a.required("name"), r.commandId())));
        fields.put("Mutation.addUser", (a, r) -> shapes.user(app.setup.addUser(r.caller(), a.required("email"),
                a.required("name"), a.enumeration("role", Role.class))));
        fields.put("Mutation.changeUserRole", (a, r) -> shapes.user(app.setup.changeUserRole(r.caller(),
                a.required("userId"), a.enumeration("role", Role.class))));
        fields.put("Mutation.createLocation", (a, r) -> shapes.location(app.setup.createLocation(r.caller(),
                a.required("name"), a.required("timeZone"), a.required("holidayCalendar"),
                a.daysOfWeek("workingDays"), a.days("hoursPerDay"))));
        fields.put("Mutation.addHoliday", (a, r) -> shapes.location(app.setup.addHoliday(r.caller(),
                a.required("locationId"), a.requiredDate("date"), a.required("name"))));
        fields.put("Mutation.removeHoliday", (a, r) -> shapes.location(app.setup.removeHoliday(r.caller(),
                a.required("locationId"), a.requiredDate("date"))));
        fields.put("Mutation.moveUserToLocation", (a, r) -> shapes.user(app.administration.moveUserToLocation(
                r.caller(), a.required("userId"), a.required("locationId"), a.requiredDate("effectiveDate"))));
        fields.put("Mutation.assignApprover", (a, r) -> shapes.user(app.administration.assignApprover(r.caller(),
                a.required("userId"), a.required("approverId"))));
        fields.put("Mutation.removeApprover", (a, r) -> shapes.user(app.administration.removeApprover(r.caller(),
                a.required("userId"), a.required("approverId"))));
        fields.put("Mutation.updateLocation", (a, r) -> shapes.location(app.setup.updateLocation(r.caller(),
                a.required("locationId"), a.string("name"), a.string("timeZone"), a.string("holidayCalendar"))));
        fields.put("Mutation.setLocationWorkingWeek", (a, r) -> shapes.location(app.setup.setLocationWorkingWeek(
                r.caller(), a.required("locationId"), a.daysOfWeek("workingDays"), a.requiredDate("effectiveDate"),
                a.days("hoursPerDay"), hoursByDay(a))));
        fields.put("Mutation.archiveLocation", (a, r) -> shapes.location(app.setup.archiveLocation(r.caller(),
                a.required("locationId"))));
        fields.put("Mutation.updateUser", (a, r) -> shapes.user(app.administration.updateUser(r.caller(),
                a.required("userId"), a.string("name"), a.string("email"))));
        fields.put("Mutation.updateLeaveType", (a, r) -> shapes.leaveType(app.setup.updateLeaveType(r.caller(),
                a.required("leaveTypeId"), a.string("name"), a.optionalBool("requiresApproval"),
                a.optionalBool("allowHalfDays"))));
        fields.put("Mutation.archiveLeaveType", (a, r) -> shapes.leaveType(app.setup.archiveLeaveType(r.caller(),
                a.required("leaveTypeId"))));
        fields.put("Mutation.removeLeavePolicy", (a, r) -> shapes.policy(app.setup.removeLeavePolicy(r.caller(),
                a.required("locationId"), a.required("leaveTypeId"), a.requiredDate("effectiveDate"))));
        fields.put("Mutation.removeSubstitute", (a, r) -> shapes.user(app.workflow.removeSubstitute(r.caller(),
                a.requiredDate("from"), a.string("approverId"))));
        fields.put("Mutation.removeApproverGroup", (a, r) -> shapes.approverGroup(app.setup.removeApproverGroup(
                r.caller(), a.required("groupId"))));
        fields.put("Mutation.createTeam", (a, r) -> teamShape(r, app.setup.createTeam(r.caller(),
                a.required("name"))));
        fields.put("Mutation.renameTeam", (a, r) -> teamShape(r, app.setup.renameTeam(r.caller(),
                a.required("teamId"), a.required("name"))));
        fields.put("Mutation.setTeamManagers", (a, r) -> teamShape(r, app.setup.setTeamManagers(r.caller(),
                a.required("teamId"), a.ids("managerIds"))));
        fields.put("Mutation.moveUserToTeam", (a, r) -> shapes.user(app.administration.moveUserToTeam(r.caller(),
                a.required("userId"), a.string("teamId"), a.requiredDate("effectiveDate"))));
        fields.put("Mutation.endEmployment", (a, r) -> shapes.user(app.administration.endEmployment(r.caller(),
                a.required("userId"), a.requiredDate("lastDay"))));
        fields.put("Mutation.undoEndEmployment", (a, r) -> shapes.user(app.administration.undoEndEmployment(
                r.caller(), a.required("userId"))));
        fields.put("Mutation.releaseSignIn", (a, r) -> shapes.user(app.administration.releaseSignIn(r.caller(),
                a.required("userId"))));
        fields.put("Mutation.updateOrganization", (a, r) -> shapes.organization(app.setup.updateOrganization(
                r.caller(), a.required("name"))));
        fields.put("Mutation.setWorkingWeek", (a, r) -> shapes.user(app.administration.setWorkingWeek(r.caller(),
                a.required("userId"), a.daysOfWeek("workingDays"), a.requiredDate("effectiveDate"),
                a.days("hoursPerDay"), hoursByDay(a))));
        fields.put("Mutation.createLeaveType", (a, r) -> shapes.leaveType(app.setup.createLeaveType(r.caller(),
                a.required("name"), a.bool("deductsFromAllowance"), a.bool("requiresApproval"),
                a.bool("allowHalfDays"), a.enumeration("unit", LeaveUnit.class))));
        fields.put("Mutation.setLeavePolicy", (a, r) -> shapes.policy(app.setup.setLeavePolicy(r.caller(),
                new SetLeavePolicy(a.required("locationId"), a.required("leaveTypeId"), a.requiredDate("effectiveDate"),
                        a.days("annualAllowanceDays"), a.enumeration("accrual", Accrual.class),
                        a.days("rolloverMaxDays"), a.integer("rolloverExpiryMonths"),
                        a.days("negativeBalanceAllowedDays")))));
        fields.put("Mutation.setSubstitute", (a, r) -> shapes.user(app.workflow.setSubstitute(r.caller(),
                a.required("substituteId"), a.requiredDate("from"), a.requiredDate("to"))));
        fields.put("Mutation.addBlackoutPeriod", (a, r) -> shapes.blackout(app.setup.addBlackoutPeriod(
                r.caller(), a.string("locationId"), a.requiredDate("from"), a.requiredDate("to"),
                a.ids("leaveTypeIds"), a.enumeration("mode", BlackoutMode.class))));
        fields.put("Mutation.removeBlackoutPeriod", (a, r) -> shapes.blackout(app.setup.removeBlackoutPeriod(
                r.caller(), a.required("blackoutId"))));
        fields.put("Mutation.setApproverGroup", (a, r) -> shapes.approverGroup(app.setup.setApproverGroup(
                r.caller(), a.required("name"), a.ids("memberIds"))));
        fields.put("Mutation.setApprovalChain", (a, r) -> shapes.leaveType(app.setup.setApprovalChain(
                r.caller(), a.required("leaveTypeId"), a.objects("levels").stream().map(level -> new ApprovalLevel(
                        level.enumeration("kind", ApprovalLevel.Kind.class), level.string("groupId"))).toList())));
        fields.put("Mutation.setToil", (a, r) -> shapes.leaveType(app.setup.setToil(r.caller(),
                a.required("leaveTypeId"), a.integer("expiryMonths"))));
        fields.put("Mutation.recordOvertime", (a, r) -> {
            var balance = app.administration.recordOvertime(r.caller(), a.required("userId"),
                    a.requiredDate("date"), a.days("days"), a.string("leaveTypeId"), a.string("note"));
            return shapes.balance(balance.orgId(), balance);
        });
        fields.put("Mutation.registerWebhook", (a, r) -> {
            WebhookAdministration.Registration made = webhooks().register(r.caller(), a.required("url"),
                    a.ids("eventTypes"));
            return Map.of("webhook", shapes.webhook(made.webhook()), "secret", made.secret());
        });
        fields.put("Mutation.removeWebhook", (a, r) -> shapes.webhook(webhooks().remove(r.caller(),
                a.required("webhookId"))));
        fields.put("Mutation.adjustBalance", (a, r) -> {
            var balance = app.administration.adjustBalance(r.caller(), a.required("userId"),
                    a.required("leaveTypeId"), a.requiredYear("year"), a.days("days"), a.string("note"));
            return shapes.balance(balance.orgId(), balance);
        });
        fields.put("Mutation.requestLeave", (a, r) -> shapes.leaveRequest(app.workflow.requestLeave(r.caller(),
                requestLeave(a))));
        fields.put("Mutation.approveLeave", (a, r) -> shapes.leaveRequest(app.workflow.approveLeave(r.caller(),
                a.required("requestId"), a.string("note"))));
        fields.put("Mutation.denyLeave", (a, r) -> shapes.leaveRequest(app.workflow.denyLeave(r.caller(),
                a.required("requestId"), a.string("reason"))));
        fields.put("Mutation.cancelLeave", (a, r) -> shapes.leaveRequest(app.workflow.cancelLeave(r.caller(),
                a.required("requestId"))));
        fields.put("Mutation.addPastLeave", (a, r) -> shapes.leaveRequest(app.workflow.addPastLeave(r.caller(),
                new AddPastLeave(a.required("userId"), a.required("leaveTypeId"), a.requiredDate("startDate"),
                        a.requiredDate("endDate"), a.enumeration("halfDay", HalfDay.class), a.string("reason")))));
        fields.put("Mutation.rotateCalendarToken", (a, r) -> {
            String base = calendarBaseUrl.get();
            if (base == null || base.isBlank()) {
                throw new ValidationError("calendar feeds are not configured in this deployment");
            }
            CalendarFeeds.Issued issued = app.calendarFeeds.rotate(r.caller());
            return shapes.calendarFeeds(new FeedAddress(FeedAddress.Kind.USER, issued.token().value()).under(base),
                    new FeedAddress(FeedAddress.Kind.TEAM, issued.token().value()).under(base), issued.issuedAt());
        });
        fields.put("Mutation.createUploadUrl", (a, r) -> {
            Caller caller = r.caller();
            Uploads uploads = app.uploads.orElseThrow(() -> new ValidationError(
                    "uploads are not enabled in this deployment (no upload bucket is configured)"));
            return shapes.uploadUrl(uploads.createUploadUrl(caller, a.enumeration("kind", UploadKind.class),
                    a.required("contentType"), a.requiredInteger("contentLength")));
        });
        fields.put("Mutation.exportLeaveReport", (a, r) -> {
            Caller caller = r.caller();
            LeaveReports reports = app.reports.orElseThrow(() -> new ValidationError(
                    "reports are not enabled in this deployment (no bucket is configured)"));
            return shapes.reportExport(reports.export(caller, a.requiredDate("from"), a.requiredDate("to"),
                    a.string("locationId"), a.string("teamId")));
        });
    }

    private WebhookAdministration webhooks() {
        return app.webhooks.orElseThrow(() -> new ValidationError(
                "webhooks are not enabled in this deployment (no signing key is configured)"));
    }

    /** setWorkingWeek's and setLocationWorkingWeek's hoursByDay: each day at most once. */
    private static Map<DayOfWeek, Days> hoursByDay(Arguments arguments) {
        if (arguments.string("hoursByDay") == null) {
            return null;
        }
        Map<DayOfWeek, Days> hours = new EnumMap<>(DayOfWeek.class);
        for (Arguments day : arguments.objects("hoursByDay")) {
            DayOfWeek weekday = day.enumeration("day", DayOfWeek.class);
            if (hours.put(weekday, day.days("hours")) != null) {
                throw new ValidationError("hoursByDay names " + weekday + " twice");
            }
        }
        return hours;
    }
}
