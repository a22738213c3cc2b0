package org.leavetracker.domain.calendar;

import java.util.List;

/** A calendar to publish: its name and its entries. */
public record Feed(String name, List<FeedEntry> entries) {

    public Feed {
        entries = List.copyOf(entries);
    }
}
