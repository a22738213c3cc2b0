package org.leavetracker.domain.read.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.DateWindow;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.leave.LeavePreview;
import org.leavetracker.domain.write.leave.RequestLeave;

/** SPEC §4 "Limits": every call does bounded work, and text is stored only as it can be read back (issue 29). */
class BoundedWorkTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String vacation = app.vacation(admin);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

    BoundedWorkTest() {
        app.setup.setLeavePolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), Days.of(25), Accrual.UPFRONT,
                null, null, null);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2024, 1, 1));
    }

    @Test
    void dates_outside_1970_to_2099_are_refused_by_every_command_that_takes_one() {
        int before = app.store.eventCount();
        assertThatThrownBy(() -> app.workflow.requestLeave(ann, vacation, LocalDate.of(9999, 12, 30),
                LocalDate.of(9999, 12, 31), HalfDay.NONE, null, null)).isInstanceOf(ValidationError.class)
                .hasMessageContaining("2099-12-31");
        assertThatThrownBy(() -> app.setup.addHoliday(admin, berlin, LocalDate.of(0, 1, 1), "Year zero"))
                .isInstanceOf(ValidationError.class).hasMessageContaining("1970-01-01");
        assertThatThrownBy(() -> DateWindow.requireYear(10_000, "year")).isInstanceOf(ValidationError.class);
        assertThat(DateWindow.require(LocalDate.of(2099, 12, 31), "d")).isEqualTo("2099-12-31");
        assertThat(DateWindow.require(LocalDate.of(1970, 1, 1), "d")).isEqualTo("1970-01-01");
        assertThat(app.store.eventCount()).as("nothing written").isEqualTo(before);
    }

    @Test
    void a_request_may_last_three_years_as_parental_leave_does_and_no_longer() {
        app.setup.setLeavePolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), Days.of(366), Accrual.UPFRONT,
                null, null, null);
        LocalDate start = LocalDate.of(2027, 1, 4);
        assertThat(app.workflow.requestLeave(ann, vacation, start, start.plusDays(1095), HalfDay.NONE, null, null)
                .days()).isGreaterThan(Days.of(700));
        assertThatThrownBy(() -> app.workflow.requestLeave(ann, vacation, LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 1, 1).plusDays(1096), HalfDay.NONE, null, null))
                .isInstanceOf(ValidationError.class).hasMessageContaining("three years");
    }

    @Test
    void the_preview_of_the_widest_dates_answers_at_once_with_the_refusal() {
        LeavePreview far = app.workflow.previewLeave(ann, RequestLeave.of(vacation, LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31)));
        assertThat(far.refusal()).isInstanceOf(ValidationError.class);
        assertThat(far.balances()).isEmpty();
        LeavePreview long4Years = app.workflow.previewLeave(ann, RequestLeave.of(vacation, LocalDate.of(2030, 1, 1),
                LocalDate.of(2033, 12, 31)));
        assertThat(long4Years.refusal()).hasMessageContaining("three years");
    }

    @Property(tries = 300)
    void a_name_with_a_control_character_or_half_a_character_is_refused_and_any_other_reads_back_as_written(
            @ForAll("names") String name) {
        // surrounding white space (line breaks included) is trimmed, as always; what remains is judged
        boolean storable = name.strip().codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                || Character.getType(c) == Character.SURROGATE);
        if (name.isBlank()) {
            return;
        }
        if (storable) {
            assertThat(Text.requiredName(name, "name")).isEqualTo(name.strip());
        } else {
            assertThatThrownBy(() -> Text.requiredName(name, "name")).isInstanceOf(ValidationError.class);
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("aZ é😀\u0000\u001b\r\n\t\u007f\u2028\uD800\uDC00").ofMaxLength(12);
    }

    @Test
    void notes_keep_their_line_breaks_and_refuse_other_control_characters() {
        assertThat(Text.optionalNote("first line\nsecond\tline", "reason")).isEqualTo("first line\nsecond\tline");
        assertThatThrownBy(() -> Text.optionalNote("bell\u0007", "reason")).isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> Text.optionalNote("bad\uD800", "reason")).isInstanceOf(ValidationError.class)
                .hasMessageContaining("half of a character");
        assertThatThrownBy(() -> app.setup.addUser(admin, "nul@acme.test", "Nul\u0000Byte", Role.MEMBER))
                .isInstanceOf(ValidationError.class);
    }

    @Test
    void a_mail_subject_is_one_line_whatever_a_stored_name_holds() {
        var notification = new org.leavetracker.domain.notification.Notification("bob@acme.test",
                "Leave request from Eve\r\nBcc: everyone@acme.test", "body", "e/1");
        assertThat(notification.subject()).isEqualTo("Leave request from Eve Bcc: everyone@acme.test");
        assertThat(Text.oneLine("a\u2028b\u0000c")).isEqualTo("a b c");
    }
}
