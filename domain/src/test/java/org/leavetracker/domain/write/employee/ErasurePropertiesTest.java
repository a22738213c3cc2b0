package org.leavetracker.domain.write.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.testing.InMemoryReadModel;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;

/**
 * SPEC §3.10: for any history of two colleagues, erasing the one who left changes no read item of anyone else, and of
 * theirs only the personal fields: every balance, request, calendar entry and report figure stays as it was.
 */
class ErasurePropertiesTest {

    /**
     * Components that name a person, and the item's version (the erasure is one more event of their stream); erasure
     * may change these and nothing else.
     */
    private static final Set<String> PERSONAL = Set.of("name", "email", "userName", "erased", "version");

    record Step(int kind, int person, int day, int length) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 330), Arbitraries.integers().between(0, 6)).as(Step::new)
                .list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 40)
    void erasing_a_leaver_changes_no_figure_of_anyone_and_of_them_only_what_names_them(
            @ForAll("histories") List<Step> steps) {
        DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        String berlin = app.location(admin, "Berlin", "DE");
        String vacation = app.vacation(admin);
        app.upfrontPolicy(admin, berlin, vacation, LocalDate.of(2024, 1, 1), 25);
        Caller boss = app.addUser(admin, "boss@acme.test", Role.APPROVER);
        List<Caller> people = List.of(app.addUser(admin, "ann@acme.test", Role.MEMBER),
                app.addUser(admin, "cid@acme.test", Role.MEMBER));
        for (Caller person : people) {
            app.administration.moveUserToLocation(admin, person.userId(), berlin, LocalDate.of(2025, 1, 1));
            app.administration.assignApprover(admin, person.userId(), boss.userId());
        }
        play(app, admin, boss, people, vacation, steps);
        String leaver = people.get(1).userId();
        app.administration.endEmployment(admin, leaver, LocalDate.of(2026, 6, 1));

        InMemoryReadModel before = projected(app);
        new PersonalDataErasure(app.repository, app.holidays, personId -> { }, Optional.empty(),
                CommandRetry.standard()).erase(admin, leaver);
        InMemoryReadModel after = projected(app);

        Map<String, Object> was = before.snapshot();
        Map<String, Object> is = after.snapshot();
        assertThat(is.keySet()).isEqualTo(was.keySet());
        Set<String> changed = new TreeSet<>();
        was.forEach((key, value) -> {
            if (!value.equals(is.get(key))) {
                changed.add(key);
                assertThat(withoutPersonalFields(is.get(key))).as(key).isEqualTo(withoutPersonalFields(value));
            }
        });
        assertThat(changed).as("only the leaver's own items change").allMatch(key -> key.contains(leaver));
        assertThat(after.user(leaver).orElseThrow().erased()).isTrue();
    }

    private static InMemoryReadModel projected(DomainFixture app) {
        InMemoryReadModel readModel = new InMemoryReadModel();
        ReadModelProjector projector = new ReadModelProjector(app.repository, readModel, readModel, app.holidays);
        app.store.allEvents().forEach(projector::project);
        return readModel;
    }

    /** A copy of a read item with the components that name a person blanked out. */
    private static Object withoutPersonalFields(Object item) {
        if (!(item instanceof Record record)) {
            return item;
        }
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                Object value = components[i].getAccessor().invoke(record);
                values[i] = PERSONAL.contains(components[i].getName()) ? blank(types[i]) : value;
            }
            var constructor = record.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object blank(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        return type == int.class ? (Object) 0 : null;
    }

    private static void play(DomainFixture app, Caller admin, Caller boss, List<Caller> people, String vacation,
                             List<Step> steps) {
        List<String> requests = new ArrayList<>();
        for (Step step : steps) {
            Caller person = people.get(step.person());
            LocalDate day = LocalDate.of(2025, 6, 1).plusDays(step.day());
            try {
                switch (step.kind()) {
                    case 0, 1 -> requests.add(app.workflow.requestLeave(person, vacation, day,
                            day.plusDays(step.length()), HalfDay.NONE, "Reason " + step, null).id());
                    case 2 -> requests.add(app.workflow.addPastLeave(admin, person.userId(), vacation, day, day,
                            HalfDay.MORNING, "Past " + step).id());
                    case 3 -> {
                        if (!requests.isEmpty()) {
                            app.workflow.approveLeave(boss, requests.get(step.length() % requests.size()), "Fine");
                        }
                    }
                    case 4 -> {
                        if (!requests.isEmpty()) {
                            app.workflow.denyLeave(boss, requests.get(step.length() % requests.size()), "No");
                        }
                    }
                    default -> app.administration.adjustBalance(admin, person.userId(), vacation, day.getYear(),
                            Days.of(step.length() - 3), "Correction " + step);
                }
            } catch (DomainError refused) {
                // a refused step leaves the history as it was
            }
        }
    }
}
