package org.leavetracker.domain.event;

/** Events of the organization aggregate: the tenant and its settings (locations, leave types, policies). */
public sealed interface OrganizationEvent extends DomainEvent
        permits LocationEvent, LeaveTypeEvent, PolicyEvent, BlackoutEvent, ApproverGroupEvent, TeamEvent, WebhookEvent,
        ProvisioningEvent, CalendarEvent,
        OrganizationEvent.OrganizationCreated, OrganizationEvent.OrganizationRenamed,
        OrganizationEvent.DefaultLanguageSet, OrganizationEvent.RetentionPeriodSet, OrganizationEvent.LeaversErased {

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

    /**
     * How many years after their last day a leaver's personal data is erased (SPEC §3.10); null: kept until an admin
     * erases it.
     */
    record RetentionPeriodSet(Integer years) implements OrganizationEvent {
        public static final String TYPE = "RetentionPeriodSet";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The day's retention run erased these leavers (their last day was more than {@code afterYears} years ago): the
     * log an admin reads of what the retention period did, by id only.
     */
    record LeaversErased(java.util.List<String> userIds, int afterYears) implements OrganizationEvent {
        public static final String TYPE = "LeaversErased";

        public LeaversErased {
            userIds = java.util.List.copyOf(userIds);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }
}
