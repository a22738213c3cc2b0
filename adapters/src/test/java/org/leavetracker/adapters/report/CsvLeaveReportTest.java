package org.leavetracker.adapters.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.report.LeaveReport.Person;
import org.leavetracker.domain.report.LeaveReport;

class CsvLeaveReportTest {

    private static LeaveReport report(String name, String typeName) {
        Person person = new Person("u1", name, "ann@acme.test", "loc1", null, null);
        LeaveRequestView request = new LeaveRequestView("u1.r1", "o1", "u1", "t1", LocalDate.of(2026, 7, 6),
                LocalDate.of(2026, 7, 6), HalfDay.AFTERNOON, Days.HALF, LeaveStatus.APPROVED, "secret reason",
                Instant.parse("2026-06-01T10:00:00Z"), "u2");
        Days d = Days.of(1);
        Balance balance = new Balance("o1", "u1", "t1", 2026, LocalDate.of(2026, 12, 31), Days.ofHalves(5),
                LocalDate.of(2026, 3, 31), Days.ZERO, Days.of(25), Days.of(25), d.negate(), Days.ZERO, Days.HALF,
                Days.ZERO,
                Days.ofHalves(55), Days.ofHalves(55));
        return new LeaveReport("o1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "loc1",
                Instant.parse("2026-12-01T00:00:00Z"), List.of(new LeaveReport.RequestLine(person, typeName, request)),
                List.of(new LeaveReport.BalanceLine(person, typeName, balance)));
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    /** A name reads back as written, but for the apostrophe that keeps a would-be formula text (OWASP). */
    @Property(tries = 300)
    void any_name_and_leave_type_name_reads_back_unchanged_or_defused(@ForAll @StringLength(max = 40) String name,
                                                            @ForAll @StringLength(max = 20) String typeName)
            throws IOException {
        List<CSVRecord> rows = parse(CsvLeaveReport.write(report(name, typeName)));
        assertThat(rows).hasSize(2);
        for (CSVRecord row : rows) {
            assertThat(row.size()).isEqualTo(CsvLeaveReport.HEADER.size());
            boolean formula = !name.isEmpty() && "=+-@\t\r".indexOf(name.charAt(0)) >= 0;
            assertThat(row.get("name")).isEqualTo(formula ? "'" + name : name);
            boolean typeFormula = !typeName.isEmpty() && "=+-@\t\r".indexOf(typeName.charAt(0)) >= 0;
            assertThat(row.get("leave_type")).isEqualTo(typeFormula ? "'" + typeName : typeName);
        }
    }

    @Test
    void the_header_is_in_the_exporters_language_and_the_values_stay_as_machines_read_them() throws IOException {
        LeaveReport german = report("Ann", "Urlaub").headedIn(Language.DE);
        List<CSVRecord> rows = parse(CsvLeaveReport.write(german));
        assertThat(rows.getFirst().getParser().getHeaderNames()).hasSize(CsvLeaveReport.HEADER.size())
                .startsWith("Art der Zeile", "Personen-ID", "Name", "E-Mail").contains("Erster Tag", "Verfügbar");
        assertThat(List.of(rows.get(0).get("Art der Zeile"), rows.get(0).get("Erster Tag"), rows.get(0).get("Tage")))
                .as("ISO dates, a decimal point, the record's kind").containsExactly("request", "2026-07-06", "0.5");
        assertThat(parse(CsvLeaveReport.write(report("Ann", "Vacation"))).getFirst().getParser().getHeaderNames())
                .as("English keeps the documented column names").isEqualTo(CsvLeaveReport.HEADER);
    }

    @Test
    void requests_and_balances_fill_their_own_columns_with_days_as_decimals_and_no_reason() throws IOException {
        byte[] csv = CsvLeaveReport.write(report("O'Brien, \"Bo\"", "Vacation"));
        assertThat(new String(csv, StandardCharsets.UTF_8)).doesNotContain("secret reason")
                .contains("\"O'Brien, \"\"Bo\"\"\"");
        List<CSVRecord> rows = parse(csv);
        CSVRecord request = rows.get(0);
        assertThat(request.get("record")).isEqualTo("request");
        assertThat(List.of(request.get("request_id"), request.get("start_date"), request.get("half_day"),
                request.get("days"), request.get("status"), request.get("decided_by"), request.get("year")))
                .containsExactly("u1.r1", "2026-07-06", "AFTERNOON", "0.5", "APPROVED", "u2", "");
        CSVRecord balance = rows.get(1);
        assertThat(balance.get("record")).isEqualTo("balance");
        assertThat(List.of(balance.get("request_id"), balance.get("year"), balance.get("carried_over"),
                balance.get("carried_over_expires_on"), balance.get("adjustments"), balance.get("remaining")))
                .containsExactly("", "2026", "2.5", "2026-03-31", "-1", "27.5");
    }

    @Test
    void a_cell_that_would_run_as_a_formula_in_a_spreadsheet_stays_text_and_figures_stay_numbers() throws IOException {
        List<CSVRecord> rows = parse(CsvLeaveReport.write(report("=HYPERLINK(\"https://evil.example\",\"Bo\")",
                "@SUM(A1:A9)")));
        assertThat(rows.get(0).get("name")).isEqualTo("'=HYPERLINK(\"https://evil.example\",\"Bo\")");
        assertThat(rows.get(0).get("leave_type")).isEqualTo("'@SUM(A1:A9)");
        for (String start : List.of("+1", "-2", "\tx", "\rx")) {
            assertThat(CsvLeaveReport.text(start)).startsWith("'");
        }
        assertThat(CsvLeaveReport.text("Ann")).isEqualTo("Ann");
        assertThat(rows.get(1).get("adjustments")).as("a negative figure is a number").isEqualTo("-1");
    }
}
