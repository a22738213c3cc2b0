package org.leavetracker.functions.api;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.leavetracker.adapters.graphql.GraphQlShapes;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.EndHalves;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Team;
import org.leavetracker.domain.model.TimeRange;
import org.leavetracker.domain.read.ReadQueries;
import org.leavetracker.domain.read.model.Page;
import org.leavetracker.domain.write.leave.RequestLeave;
import org.leavetracker.domain.write.organization.WebhookAdministration;
import org.leavetracker.functions.support.Application;

/**
 * What the fields of every capability share: the use cases, the GraphQL shapes, the paging tokens, and the few
 * readings of arguments and answers that more than one field makes.
 */
record FieldSupport(Application app, GraphQlShapes shapes, PageTokens pageTokens, PublicAddresses addresses) {

    /**
     * The unpaged lists answer whole up to this many items (a 10,000-person directory is about 1.3 MB, well inside
     * AppSync's and Lambda's response limits); past it they refuse and name the paged field, rather than fail at
     * those limits or answer a truncated list that looks complete (decision 0021).
     */
    static final int UNPAGED_LIMIT = 20_000;

    static <T> List<T> capped(List<T> items, String pagedField) {
        if (items.size() > UNPAGED_LIMIT) {
            throw new ValidationError("this list has " + items.size() + " items, more than one answer holds ("
                    + UNPAGED_LIMIT + "): ask " + pagedField + " for it a page at a time");
        }
        return items;
    }

    static int limit(Arguments arguments) {
        return Page.limit(arguments.integer("limit"));
    }

    /** requestLeave's and previewLeaveRequest's arguments as the command they send. */
    static RequestLeave requestLeave(Arguments a) {
        return new RequestLeave(a.required("leaveTypeId"), a.requiredDate("startDate"), a.requiredDate("endDate"),
                a.enumeration("halfDay", HalfDay.class), a.string("reason"), a.string("clientRequestId"),
                TimeRange.ofNullable(a.time("startTime"), a.time("endTime")), endHalves(a));
    }

    static EndHalves endHalves(Arguments a) {
        return new EndHalves(a.enumeration("startHalf", HalfDay.class), a.enumeration("endHalf", HalfDay.class));
    }

    /** setWorkingWeek's and setLocationWorkingWeek's hoursByDay: each day at most once. */
    static Map<DayOfWeek, Days> hoursByDay(Arguments arguments) {
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

    /** A team as answered after a change, with its member count as the read side knows it. */
    Map<String, Object> teamShape(ApiRequest request, Team team) {
        int members = app.readQueries.teams(request.caller()).stream().filter(t -> t.team().id().equals(team.id()))
                .mapToInt(ReadQueries.TeamView::memberCount).findFirst().orElse(0);
        return shapes.team(team, members);
    }

    /** {@code { items nextToken }}, the token opened and issued for the caller's organization and this list. */
    <T> Map<String, Object> paged(ApiRequest request, Arguments arguments, String list,
                                          Function<String, Page<T>> read, Function<T, Map<String, Object>> shape) {
        String orgId = app.repository.formerOrCurrent(request.caller()).orgId(); // binds the token only
        Page<T> page = read.apply(pageTokens.open(orgId, list, arguments.string("nextToken")));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", page.items().stream().map(shape).toList());
        answer.put("nextToken", pageTokens.issue(orgId, list, page.after()));
        return answer;
    }

    WebhookAdministration webhooks() {
        return app.webhooks.orElseThrow(() -> new ValidationError(
                "webhooks are not enabled in this deployment (no signing key is configured)"));
    }
}
