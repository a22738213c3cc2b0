package org.leavetracker.domain.read;

import java.time.Instant;

import org.leavetracker.domain.write.organization.Organization;

/**
 * @param defaultLanguage the language (BCP 47) of everyone who has chosen none
 * @param retentionYears  how many years after their last day leavers are erased (SPEC §3.10); null: kept
 */
public record OrganizationView(String id, String name, Instant createdAt, String defaultLanguage,
                               Integer retentionYears) {

    /** Without a retention period (items written before it read as this). */
    public OrganizationView(String id, String name, Instant createdAt, String defaultLanguage) {
        this(id, name, createdAt, defaultLanguage, null);
    }

    public static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id(), organization.name(), organization.createdAt(),
                organization.defaultLanguage().tag(), organization.retentionYears().orElse(null));
    }
}
