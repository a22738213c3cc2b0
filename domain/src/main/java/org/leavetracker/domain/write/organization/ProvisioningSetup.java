package org.leavetracker.domain.write.organization;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.provisioning.ProvisioningAgent;
import org.leavetracker.domain.provisioning.ProvisioningSettings;
import org.leavetracker.domain.provisioning.ScimCredential;
import org.leavetracker.domain.provisioning.ScimToken;
import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Decision;
import org.leavetracker.domain.write.Repository;

/** Admin: the SCIM tokens an identity provider provisions people with, and how it places them (SPEC §8). */
public final class ProvisioningSetup {

    /** A token issued: its credential is answered this once and never again. */
    public record IssuedScimToken(ScimToken token, String credential) {
    }

    private final Repository repository;
    private final CommandRetry retry;

    public ProvisioningSetup(Repository repository, CommandRetry retry) {
        this.repository = repository;
        this.retry = retry;
    }

    public IssuedScimToken createScimToken(Caller caller, String label) {
        String secret = repository.newId() + repository.newId();
        String tokenId = repository.newId();
        ScimToken token = change(caller, org -> org.provisioning().createToken(org.id(), tokenId, secret, label),
                (org, id) -> org.provisioning().token(id).orElseThrow());
        String orgId = repository.actor(caller).orgId();
        return new IssuedScimToken(token, new ScimCredential(orgId, tokenId, secret).value());
    }

    /** Revoked at once: the next request with it is refused. Answers the token as it was. */
    public ScimToken revokeScimToken(Caller caller, String tokenId) {
        return change(caller, org -> org.provisioning().revokeToken(tokenId),
                (org, id) -> org.provisioning().token(id).orElseThrow());
    }

    public List<ScimToken> scimTokens(Caller caller) {
        return humanAdmin(caller).provisioning().tokens();
    }

    public ProvisioningSettings provisioningSettings(Caller caller) {
        return humanAdmin(caller).provisioning().settings();
    }

    public ProvisioningSettings setProvisioningSettings(Caller caller, ProvisioningSettings wanted) {
        return change(caller, org -> org.provisioning().configure(wanted, org.locations()),
                (org, id) -> org.provisioning().settings());
    }

    /**
     * The identity provider's agent for a bearer token, if the token is one of its organization's and not revoked.
     * Each use is audited by the commands it runs, whose actor is the agent.
     */
    public Optional<Caller> authenticate(String bearerToken, String commandId) {
        return ScimCredential.parse(bearerToken).flatMap(credential -> repository.findOrganization(credential.orgId())
                .flatMap(org -> org.provisioning().authenticate(credential))
                .map(token -> new Caller(credential.actorId(), commandId)));
    }

    private <T> T change(Caller caller, Function<Organization, Decision> decide, SettingsChange.Lookup<T> result) {
        humanAdmin(caller);
        return SettingsChange.apply(repository, retry, caller, decide, result);
    }

    /** Tokens are a person's decision: an identity provider does not issue or revoke its own. */
    private Organization humanAdmin(Caller caller) {
        if (caller != null && ProvisioningAgent.isAgent(caller.userId())) {
            throw new Forbidden("an identity provider does not manage SCIM tokens");
        }
        var admin = repository.actor(caller);
        AccessPolicy.requireAdmin(admin);
        return repository.organization(admin.orgId());
    }
}
