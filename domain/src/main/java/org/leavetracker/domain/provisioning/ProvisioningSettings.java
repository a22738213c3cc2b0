package org.leavetracker.domain.provisioning;

/**
 * How people an identity provider provisions are placed (SPEC §8).
 *
 * @param defaultLocationId where a new person works when the location attribute names no location (null: nowhere
 *                          until an admin moves them)
 * @param locationAttribute the SCIM attribute whose value names a location by name (null: none), e.g.
 *                          {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division} or
 *                          {@code addresses[work].locality}
 * @param createsTeams      whether a department no team is named after creates that team (else it is ignored)
 */
public record ProvisioningSettings(String defaultLocationId, String locationAttribute, boolean createsTeams) {

    public static final ProvisioningSettings DEFAULT = new ProvisioningSettings(null, null, true);
}
