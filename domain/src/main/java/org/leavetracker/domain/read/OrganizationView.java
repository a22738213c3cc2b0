package org.leavetracker.domain.read;

import java.time.Instant;

import org.leavetracker.domain.write.organization.Organization;

/** @param defaultLanguage the language (BCP 47) of everyone who has chosen none */
public record OrganizationView(String id, String name, Instant createdAt, String defaultLanguage) {

    public static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id(), organization.name(), organization.createdAt(),
                organization.defaultLanguage().tag());
    }
}
