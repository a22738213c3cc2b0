package org.leavetracker.domain.read;

import java.time.Instant;

import org.leavetracker.domain.write.organization.Organization;

public record OrganizationView(String id, String name, Instant createdAt) {

    public static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id(), organization.name(), organization.createdAt());
    }
}
