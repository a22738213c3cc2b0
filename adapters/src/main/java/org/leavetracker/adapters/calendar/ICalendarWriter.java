package org.leavetracker.adapters.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

import org.leavetracker.domain.model.Text;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.leavetracker.domain.calendar.Feed;
import org.leavetracker.domain.calendar.FeedEntry;
import org.leavetracker.domain.model.HalfDay;

/**
 * A feed as an RFC 5545 calendar (ical4j): one all-day VEVENT per leave (DTEND is the day after the last day, as
 * the RFC wants for dates), UID = request id @ leave-tracker, transparent so a teammate's leave never blocks the
 * subscriber's own free/busy, half days marked in the summary and with X-LEAVE-TRACKER-HALF-DAY.
 */
public final class ICalendarWriter {

    public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    public String write(Feed feed, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Leave Tracker//Leave feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", Text.oneLine(feed.name())));
        for (FeedEntry entry : feed.entries()) {
            VEvent event = new VEvent(entry.start(), entry.endInclusive().plusDays(1), Text.oneLine(entry.summary()));
            event.replace(new DtStamp(now));
            event.add(new Uid(entry.uid() + "@leave-tracker"));
            event.add(ImmutableTransp.TRANSPARENT);
            if (entry.halfDay() != HalfDay.NONE) {
                event.add(new XProperty("X-LEAVE-TRACKER-HALF-DAY", entry.halfDay().name()));
            }
            calendar.add(event);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
