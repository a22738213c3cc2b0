package org.leavetracker.domain.port;

import java.time.Duration;

/**
 * Counts calls against a budget per caller and per organization (SPEC §4 Limits; OWASP API4, unrestricted resource
 * consumption), shared by every process that serves the API.
 */
public interface RateLimits {

    /** So many calls per window for one key of a scope. */
    record Budget(String scope, int calls, Duration window) {
    }

    /** Per signed-in identity: a person, a script with their token. 50 calls a second, sustained over 10 s. */
    Budget PER_CALLER = new Budget("caller", 500, Duration.ofSeconds(10));
    /** All of an organization's people together: 200 calls a second over 10 s. */
    Budget PER_ORGANIZATION = new Budget("org", 2_000, Duration.ofSeconds(10));

    /**
     * Counts one call of {@code key} against {@code budget}.
     *
     * @throws org.leavetracker.domain.error.RateLimited when the budget of the current window is spent
     */
    void spend(Budget budget, String key);
}
