package org.leavetracker.domain.write.organization;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.ProvisioningEvent;
import org.leavetracker.domain.event.ProvisioningEvent.ProvisioningSettingsSet;
import org.leavetracker.domain.event.ProvisioningEvent.ScimTokenCreated;
import org.leavetracker.domain.event.ProvisioningEvent.ScimTokenRevoked;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.provisioning.ProvisioningSettings;
import org.leavetracker.domain.provisioning.ScimCredential;
import org.leavetracker.domain.provisioning.ScimToken;
import org.leavetracker.domain.provisioning.SecretHash;
import org.leavetracker.domain.write.Decision;

/** The organization's SCIM tokens and how provisioned people are placed (SPEC §8). */
public final class Provisioning {

    /** One per identity provider and a spare for rotating: more would be tokens nobody remembers. */
    static final int MAX_TOKENS = 5;

    private final Map<String, ScimToken> tokens = new LinkedHashMap<>();
    private final Set<String> revoked = new HashSet<>();
    private ProvisioningSettings settings = ProvisioningSettings.DEFAULT;

    /** A new token; the credential (with its secret) is the caller's to show once, only its hash is recorded. */
    public Decision createToken(String orgId, String newTokenId, String secret, String label) {
        String cleanLabel = Text.requiredName(label, "label");
        if (tokens().size() >= MAX_TOKENS) {
            throw ValidationError.at("label", "an organization has at most " + MAX_TOKENS
                    + " SCIM tokens; revoke one first");
        }
        ScimCredential credential = new ScimCredential(orgId, newTokenId, secret);
        return Decision.of(newTokenId, new ScimTokenCreated(newTokenId, cleanLabel, SecretHash.of(credential.secret())));
    }

    /** Revokes a token at once; revoking it again changes nothing. */
    public Decision revokeToken(String tokenId) {
        if (revoked.contains(tokenId)) {
            return Decision.nothingChanged(tokenId);
        }
        if (!tokens.containsKey(tokenId)) {
            throw new NotFound("no SCIM token with id " + tokenId);
        }
        return Decision.of(tokenId, new ScimTokenRevoked(tokenId));
    }

    public Decision configure(ProvisioningSettings wanted, Locations locations) {
        if (wanted.defaultLocationId() != null) {
            locations.get(wanted.defaultLocationId());
        }
        ProvisioningSettings clean = new ProvisioningSettings(wanted.defaultLocationId(),
                attributePath(wanted.locationAttribute(), "locationAttribute",
                        "addresses[type eq \"work\"].locality or urn:…:enterprise:2.0:User:division"),
                attributePath(wanted.startDateAttribute(), "startDateAttribute",
                        "urn:ietf:params:scim:schemas:extension:acme:2.0:User:hireDate"),
                wanted.createsTeams());
        return clean.equals(settings) ? Decision.nothingChanged(null)
                : Decision.of(null, new ProvisioningSettingsSet(clean.defaultLocationId(), clean.locationAttribute(),
                        clean.startDateAttribute(), clean.createsTeams()));
    }

    /** A SCIM attribute path an admin mapped, trimmed; blank is none. */
    private static String attributePath(String typed, String field, String example) {
        String path = typed == null || typed.isBlank() ? null : typed.trim();
        if (path != null && (path.length() > 200 || !path.matches("[A-Za-z0-9:._\\[\\]=\" -]+"))) {
            throw ValidationError.at(field, field + " is a SCIM attribute path such as " + example);
        }
        return path;
    }

    /** The token a credential names, if it is issued, not revoked, and its secret matches. */
    public Optional<ScimToken> authenticate(ScimCredential credential) {
        return activeToken(credential.tokenId()).filter(token -> SecretHash.matches(credential.secret(), token.secretHash()));
    }

    /** A token that still opens the door. */
    public Optional<ScimToken> activeToken(String tokenId) {
        return token(tokenId).filter(token -> !revoked.contains(tokenId));
    }

    /** A token issued here, revoked or not. */
    public Optional<ScimToken> token(String tokenId) {
        return Optional.ofNullable(tokens.get(tokenId));
    }

    /** The tokens that still open the door. */
    public List<ScimToken> tokens() {
        return tokens.values().stream().filter(token -> !revoked.contains(token.id())).toList();
    }

    public ProvisioningSettings settings() {
        return settings;
    }

    void evolve(ProvisioningEvent event, Instant occurredAt) {
        switch (event) {
            case ScimTokenCreated e -> tokens.put(e.tokenId(), new ScimToken(e.tokenId(), e.label(), occurredAt,
                    e.secretHash()));
            case ScimTokenRevoked e -> revoked.add(e.tokenId());
            case ProvisioningSettingsSet e -> settings = new ProvisioningSettings(e.defaultLocationId(),
                    e.locationAttribute(), e.startDateAttribute(), e.createsTeams());
        }
    }
}
