package org.leavetracker.adapters.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.report.LeaveReport.Person;
import org.leavetracker.domain.report.LeaveReport;
import org.leavetracker.domain.wording.Wording;

/**
 * A leave report as one CSV table (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read names right):
 * {@code record} says whether a line is a request or a balance; the columns of the other kind stay empty. Days are
 * decimals with halves ({@code 2.5}). A leaver's balance lines, with {@code employment_ends_on}, are their final
 * balance when the report runs past their last day.
 */
public final class CsvLeaveReport {

    public static final String CONTENT_TYPE = "text/csv; charset=utf-8";

    static final List<String> HEADER = List.of("record", "user_id", "name", "email", "location_id", "leave_type", "unit",
            "request_id", "start_date", "end_date", "half_day", "days", "status", "decided_by", "year", "as_of",
            "carried_over", "carried_over_expires_on", "expired", "allowance", "accrued", "adjustments", "overtime", "used",
            "pending", "remaining", "available", "team_id", "employment_ends_on", "encashed");

    private static final int REQUEST_COLUMNS = 7;
    private static final int BALANCE_COLUMNS = 13;

    private CsvLeaveReport() {
    }

    public static byte[] write(LeaveReport report) {
        StringWriter out = new StringWriter().append('\uFEFF');
        // the header in the exporter's language (English keeps the documented column names); values stay as machines
        // read them: ISO dates, a decimal point, status names
        Wording wording = Wording.of(report.language());
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.stream()
                .map(column -> wording.text("report.column." + column)).toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (LeaveReport.RequestLine line : report.requests()) {
                LeaveRequestView r = line.request();
                printer.printRecord(row("request", line.person(), line.leaveTypeName(), r.unit(),
                        Arrays.asList(r.id(), r.startDate(), r.endDate(), r.halfDay(), r.days(), r.status(),
                                r.decidedBy()), List.of(), null));
            }
            for (LeaveReport.BalanceLine line : report.balances()) {
                Balance b = line.balance();
                printer.printRecord(row("balance", line.person(), line.leaveTypeName(), b.unit(), List.of(),
                        Arrays.asList(b.year(), b.asOf(), b.carriedOver(), b.carriedOverExpiresOn(), b.expired(),
                                b.allowance(), b.accrued(), b.adjustments(), b.overtime(), b.used(), b.pending(),
                                b.remaining(), b.available()), b.encashed()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A cell of text people typed, defused for spreadsheets (OWASP, CSV injection): one that begins with =, +, -, @,
     * a tab or a carriage return would run as a formula, so it gets a leading apostrophe, which spreadsheet programs
     * show as text and do not print. Figures are never text here, so a negative balance stays a number.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Every line has every column (RFC 4180); a kind's missing columns, and nulls, print as empty fields. */
    private static List<Object> row(String record, Person person, String leaveType, LeaveUnit unit,
                                    List<Object> request, List<Object> balance, Object encashed) {
        List<Object> row = new ArrayList<>(Arrays.asList(record, person.userId(), text(person.name()),
                text(person.email()), person.locationId(), text(leaveType), unit));
        row.addAll(request.isEmpty() ? Collections.nCopies(REQUEST_COLUMNS, null) : request);
        row.addAll(balance.isEmpty() ? Collections.nCopies(BALANCE_COLUMNS, null) : balance);
        row.add(person.teamId());
        row.add(person.employmentEndsOn());
        row.add(encashed); // last, so the columns payroll already reads keep their places
        return row;
    }
}
