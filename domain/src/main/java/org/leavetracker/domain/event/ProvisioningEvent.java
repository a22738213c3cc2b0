package org.leavetracker.domain.event;

/** Events of provisioning from an identity provider over SCIM (SPEC §8): its tokens and how people are mapped. */
public sealed interface ProvisioningEvent extends OrganizationEvent {

    /** A bearer token for the SCIM endpoint; only its secret's SHA-256 hash is recorded. */
    record ScimTokenCreated(String tokenId, String label, String secretHash) implements ProvisioningEvent {
        public static final String TYPE = "ScimTokenCreated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record ScimTokenRevoked(String tokenId) implements ProvisioningEvent {
        public static final String TYPE = "ScimTokenRevoked";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * How provisioned people are placed: the location of those whose location attribute names none, the SCIM
     * attribute that names a location (null: none), the one that holds a new person's first day (null: none), and
     * whether an unknown department creates its team.
     */
    record ProvisioningSettingsSet(String defaultLocationId, String locationAttribute, String startDateAttribute,
                                   boolean createsTeams)
            implements ProvisioningEvent {
        public static final String TYPE = "ProvisioningSettingsSet";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
