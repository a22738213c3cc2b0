package org.leavetracker.domain.event;

/** Events of the organization's link to its people's calendars and mailboxes (Google Workspace, Microsoft 365). */
public sealed interface CalendarEvent extends OrganizationEvent {

    /**
     * An admin connected the provider; its credentials went to the deployment's secret store, never into an event.
     *
     * @param replyTemplate the organization's out-of-office reply, or null for the built-in one
     */
    record CalendarProviderConnected(String provider, String replyTemplate) implements CalendarEvent {
        public static final String TYPE = "CalendarProviderConnected";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Nothing more is written to anyone's calendar; what was written stays (people may have moved meetings by it). */
    record CalendarProviderDisconnected() implements CalendarEvent {
        public static final String TYPE = "CalendarProviderDisconnected";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
