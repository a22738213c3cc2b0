package org.leavetracker.domain.provisioning;

import java.util.List;
import java.util.Optional;

import org.leavetracker.domain.event.PersonEvent.UserAdded;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/**
 * The identity provider acting through one SCIM token: it runs the commands an admin would (add, update, end and
 * undo the end of employment, teams, approvers), and is their actor of record, so a person's trail says the
 * identity provider did it. It is no user: it holds no stream, appears in no list, and stops acting the moment its
 * token is revoked, whoever created the token.
 */
public final class ProvisioningAgent {

    private static final String PREFIX = "scim.";

    private ProvisioningAgent() {
    }

    public static String actorId(String orgId, String tokenId) {
        return PREFIX + orgId + "." + tokenId;
    }

    public static boolean isAgent(String actorId) {
        return actorId != null && actorId.startsWith(PREFIX);
    }

    /** The organization an agent's id names. */
    public static String orgIdOf(String actorId) {
        return actorId.substring(PREFIX.length(), actorId.lastIndexOf('.'));
    }

    /**
     * The agent as the admin it acts as, while its token is still issued; empty once revoked (its commands are then
     * refused like an unknown caller's).
     */
    public static Optional<Employee> of(String actorId, Organization organization) {
        String tokenId = actorId.substring(actorId.lastIndexOf('.') + 1);
        return organization.provisioning().activeToken(tokenId).flatMap(token -> Employee.replay(actorId, List.of(
                new RecordedEvent(organization.id(), actorId, 1, token.createdAt(), actorId, null,
                        new UserAdded("scim-" + tokenId + "@provisioning.invalid", token.label(), Role.ADMIN)))));
    }
}
