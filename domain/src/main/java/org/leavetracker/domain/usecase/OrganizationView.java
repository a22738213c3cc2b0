package org.leavetracker.domain.usecase;

import java.time.Instant;

import org.leavetracker.domain.aggregate.Organization;

public record OrganizationView(String id, String name, Instant createdAt) {

    public static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id(), organization.name(), organization.createdAt());
    }
}
