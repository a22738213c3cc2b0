package org.leavetracker.domain.event;

/** Events of the organization aggregate: the tenant and its settings (locations, leave types, policies). */
public sealed interface OrganizationEvent extends DomainEvent
        permits LocationEvent, LeaveTypeEvent, PolicyEvent, BlackoutEvent, ApproverGroupEvent, TeamEvent, WebhookEvent,
        ProvisioningEvent, CalendarEvent,
        OrganizationEvent.OrganizationCreated, OrganizationEvent.OrganizationRenamed,
        OrganizationEvent.DefaultLanguageSet {

    record OrganizationCreated(String name) implements OrganizationEvent {
        public static final String TYPE = "OrganizationCreated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The organization's new name. */
    record OrganizationRenamed(String name) implements OrganizationEvent {
        public static final String TYPE = "OrganizationRenamed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The language of everyone who has chosen none (a BCP 47 tag the app offers). */
    record DefaultLanguageSet(String language) implements OrganizationEvent {
        public static final String TYPE = "DefaultLanguageSet";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
