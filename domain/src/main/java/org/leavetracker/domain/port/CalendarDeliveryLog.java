package org.leavetracker.domain.port;

import java.util.List;

import org.leavetracker.domain.calendar.CalendarDelivery;

/** The record of calendar and reply deliveries, newest first when read. */
public interface CalendarDeliveryLog {

    void record(CalendarDelivery delivery);

    List<CalendarDelivery> deliveries(String orgId, int limit);
}
