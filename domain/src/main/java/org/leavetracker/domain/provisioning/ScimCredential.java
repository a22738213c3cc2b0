package org.leavetracker.domain.provisioning;

import java.util.Optional;

/**
 * A SCIM bearer token as an identity provider sends it: {@code scim.<orgId>.<tokenId>.<secret>}. The ids say which
 * organization's token to check; the secret (about 200 random bits) proves it was issued. Ids never hold a dot.
 */
public record ScimCredential(String orgId, String tokenId, String secret) {

    private static final String PREFIX = "scim.";

    public String value() {
        return PREFIX + orgId + "." + tokenId + "." + secret;
    }

    /** The caller id that commands sent with this token carry: the identity provider is the actor of record. */
    public String actorId() {
        return ProvisioningAgent.actorId(orgId, tokenId);
    }

    /** A credential from a bearer token; empty for anything that cannot be one (answered 401, like a wrong one). */
    public static Optional<ScimCredential> parse(String token) {
        if (token == null || token.length() > 300 || !token.matches("scim\\.[a-z0-9]+\\.[a-z0-9]+\\.[a-z0-9]+")) {
            return Optional.empty();
        }
        String[] parts = token.substring(PREFIX.length()).split("\\.");
        return Optional.of(new ScimCredential(parts[0], parts[1], parts[2]));
    }
}
