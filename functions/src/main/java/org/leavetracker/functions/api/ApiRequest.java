package org.leavetracker.functions.api;

import java.util.Optional;

import org.leavetracker.domain.error.Unauthenticated;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.employee.CallerResolver;
import org.leavetracker.domain.write.employee.Identity;

/** The caller of one request: resolved on first use, never trusted from arguments. */
final class ApiRequest {
    private final ResolverEvent event;
    private final CallerResolver callers;
    private final OrganizationOfUser organizations;
    private Optional<Caller> caller;

    ApiRequest(ResolverEvent event, CallerResolver callers, OrganizationOfUser organizations) {
        this.event = event;
        this.callers = callers;
        this.organizations = organizations;
    }

    Identity identity() {
        boolean hasEmail = event.email() != null && !event.email().isBlank();
        if (!hasEmail && (event.subject() == null || event.subject().isBlank())) {
            throw new Unauthenticated("sign in: this call carries no identity");
        }
        return new Identity(event.subject(), hasEmail ? Email.of(event.email()) : null, event.emailVerified(),
                event.name());
    }

    Optional<Caller> optionalCaller() {
        if (caller == null) {
            caller = callers.resolve(identity(), event.headers().get(ApiRouter.IDEMPOTENCY_HEADER));
        }
        return caller;
    }

    Caller caller() {
        return optionalCaller().orElseThrow(() -> new Unauthenticated(
                event.email() == null ? "your identity belongs to no user yet: sign in once with the ID token (it"
                        + " carries your verified e-mail), then either token works"
                        : event.emailVerified() ? "your identity " + event.email() + " belongs to no organization:"
                        + " create one, or ask an admin to add you"
                        : "your e-mail " + event.email() + " is not verified yet: verify it, then sign in again"));
    }

    String commandId() {
        return event.headers().get(ApiRouter.IDEMPOTENCY_HEADER);
    }

    /** Whose call budget a field spends (SPEC §4 Limits): the signed-in identity; null when the call carries none. */
    String budgetKey() {
        String who = event.subject() != null && !event.subject().isBlank() ? event.subject() : event.email();
        return who == null || who.isBlank() ? null : who;
    }

    /** The caller's organization, or null when they belong to none (yet). */
    String organizationId() {
        return optionalCaller().map(c -> organizations.of(c.userId())).orElse(null);
    }
}
