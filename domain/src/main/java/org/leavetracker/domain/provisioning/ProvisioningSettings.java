package org.leavetracker.domain.provisioning;

/**
 * How people an identity provider provisions are placed (SPEC §8).
 *
 * @param defaultLocationId where a new person works when the location attribute names no location (null: the
 *                          organization's only open location)
 * @param locationAttribute the SCIM attribute whose value names a location by name (null: none), e.g.
 *                          {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division} or
 *                          {@code addresses[work].locality}
 * @param startDateAttribute the SCIM attribute holding a new person's first working day (null: none; they start on
 *                          the day they are provisioned), e.g. an extension's {@code hireDate}
 * @param createsTeams      whether a department no team is named after creates that team (else it is ignored)
 */
public record ProvisioningSettings(String defaultLocationId, String locationAttribute, String startDateAttribute,
                                   boolean createsTeams) {

    public static final ProvisioningSettings DEFAULT = new ProvisioningSettings(null, null, null, true);
}
