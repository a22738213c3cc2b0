package org.leavetracker.domain.provisioning;

import java.time.Instant;

/** An issued SCIM token as an admin sees it: never its secret, which is shown once when it is created. */
public record ScimToken(String id, String label, Instant createdAt, String secretHash) {
}
