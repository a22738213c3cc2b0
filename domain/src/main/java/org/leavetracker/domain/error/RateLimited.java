package org.leavetracker.domain.error;

/** SPEC §4 Limits: the caller or their organization sent too much; try again after {@link #retryAfterSeconds()}. */
public final class RateLimited extends DomainError {

    public RateLimited(String message, long retryAfterSeconds) {
        super(message, java.util.Map.of("retryAfterSeconds", Math.max(1, retryAfterSeconds)));
    }

    /** The wait a client is told, as its details carry it. */
    public long retryAfterSeconds() {
        return (Long) details().get("retryAfterSeconds");
    }

    @Override
    public String errorType() {
        return "RATE_LIMITED";
    }
}
