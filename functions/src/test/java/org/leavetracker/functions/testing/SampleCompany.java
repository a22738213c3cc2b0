package org.leavetracker.functions.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.leavetracker.adapters.dynamodb.TableProvisioner;
import org.leavetracker.adapters.dynamodb.Tables;
import org.leavetracker.adapters.testing.DynamoApp;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.write.Caller;

/**
 * A small company with a history that touches every kind of read item (requests approved, pending, cancelled,
 * recorded late; a queue; balances over two years), and everything its read side answers, for tests that compare
 * one way of projecting with another.
 */
public record SampleCompany(DynamoApp app, String orgId, Caller admin, Caller boss, Caller ann) {

    public static SampleCompany in(DynamoApp app) {
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        String orgId = app.repository.employee(admin.userId()).orgId();
        String berlin = app.setup.createLocation(admin, "Berlin", "Europe/Berlin", "DE",
                List.of(DayOfWeek.values()).subList(0, 5)).id();
        String vacation = app.setup.createLeaveType(admin, "Vacation", true, true, true).id();
        app.setup.setLeavePolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), Days.of(25), Accrual.UPFRONT,
                Days.of(5), null, null);
        Caller boss = new Caller(app.setup.addUser(admin, "boss@acme.test", "Boss", Role.APPROVER).id(), null);
        Caller ann = new Caller(app.setup.addUser(admin, "ann@acme.test", "Ann", Role.MEMBER).id(), null);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2025, 1, 1));
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
        LeaveRequestView a = app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 7, 6),
                LocalDate.of(2026, 7, 10), HalfDay.NONE, "trip", null);
        app.workflow.approveLeave(boss, a.id(), null);
        LeaveRequestView b = app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 1), HalfDay.AFTERNOON, null, null);
        app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6),
                HalfDay.NONE, null, null);
        app.workflow.cancelLeave(ann, b.id());
        app.workflow.addPastLeave(admin, ann.userId(), vacation, LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 12, 5), HalfDay.NONE, "recorded late");
        return new SampleCompany(app, orgId, admin, boss, ann);
    }

    /** Everything the read side answers about the company, in a comparable form. */
    public List<Object> readSide() {
        List<Object> all = new ArrayList<>();
        all.add(app.readModel.usersOf(orgId).stream().sorted(Comparator.comparing(u -> u.id())).toList());
        all.add(app.readModel.organization(orgId));
        all.add(app.readModel.locations(orgId));
        all.add(app.readModel.leaveTypes(orgId));
        all.add(app.readModel.policies(orgId, null));
        all.add(app.readModel.requestsOf(ann.userId(), null, null, null));
        all.add(app.readModel.pendingFor(boss.userId()));
        all.add(app.readModel.pendingIn(orgId));
        all.add(app.readModel.calendar(orgId, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)));
        all.add(app.readModel.balances(ann.userId(), 2025));
        all.add(app.readModel.balances(ann.userId(), 2026));
        return all;
    }

    /** An empty read table, as after a fresh deployment. */
    public void dropReadSide() {
        app.dynamo.client().deleteTable(b -> b.tableName(Tables.READ.tableName(app.prefix)));
        new TableProvisioner(app.dynamo.client(), app.prefix).create(Tables.READ);
    }
}
