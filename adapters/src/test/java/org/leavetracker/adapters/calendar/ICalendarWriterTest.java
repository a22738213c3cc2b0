package org.leavetracker.adapters.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.leavetracker.domain.calendar.Feed;
import org.leavetracker.domain.calendar.FeedEntry;
import org.leavetracker.domain.model.HalfDay;

/** What the writer produces is a valid RFC 5545 calendar that ical4j reads back to the same entries. */
class ICalendarWriterTest {

    @Test
    void all_day_events_with_exclusive_ends_escaped_text_and_marked_half_days_read_back_unchanged() throws Exception {
        Feed feed = new Feed("Müller, Anna; \"team\" — leave", List.of(
                new FeedEntry("u1.r1", "Müller, Anna — Vacation; long", LocalDate.of(2026, 12, 28),
                        LocalDate.of(2027, 1, 2), HalfDay.NONE),
                new FeedEntry("u1.r2", "Training (afternoon)", LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 15),
                        HalfDay.AFTERNOON)));
        String text = new ICalendarWriter().write(feed, Instant.parse("2026-06-15T10:00:00Z"));

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nVERSION:2.0\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("Müller, Anna; \"team\" — leave");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent year = events.get(0);
        assertThat(year.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("u1.r1@leave-tracker");
        assertThat(year.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Müller, Anna — Vacation; long");
        assertThat(year.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261228");
        assertThat(year.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20270103");
        assertThat(year.getProperty(Property.TRANSP).orElseThrow().getValue()).isEqualTo("TRANSPARENT");
        assertThat(year.getProperty("X-LEAVE-TRACKER-HALF-DAY")).isEmpty();
        VEvent half = events.get(1);
        assertThat(half.getProperty("X-LEAVE-TRACKER-HALF-DAY").orElseThrow().getValue()).isEqualTo("AFTERNOON");
        assertThat(half.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20260716");
        assertThat(half.getProperty(Property.DTSTAMP).orElseThrow().getValue()).isEqualTo("20260615T100000Z");
    }

    @Test
    void a_name_with_line_breaks_never_becomes_an_event_or_a_property_of_its_own() throws Exception {
        String evil = "Eve\r\nBEGIN:VEVENT\r\nSUMMARY:pwned\r\nEND:VEVENT";
        Feed feed = new Feed(evil + " — leave", List.of(new FeedEntry("u1.r1", evil + " — Vacation",
                LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 6), HalfDay.NONE)));
        String text = new ICalendarWriter().write(feed, Instant.parse("2026-06-15T10:00:00Z"));

        assertThat(text.split("\r\n")).filteredOn(line -> line.equals("BEGIN:VEVENT")).hasSize(1);
        assertThat(text.split("\r\n")).noneMatch(line -> line.startsWith("SUMMARY:pwned"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        assertThat(calendar.<VEvent>getComponents("VEVENT")).singleElement().satisfies(event ->
                assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("Eve BEGIN:VEVENT"));
    }
}
