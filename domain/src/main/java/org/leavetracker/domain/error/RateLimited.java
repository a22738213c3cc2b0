package org.leavetracker.domain.error;

/** SPEC §4 Limits: the caller or their organization sent too much; try again after {@link #retryAfterSeconds()}. */
public final class RateLimited extends DomainError {

    private final long retryAfterSeconds;

    public RateLimited(String message, long retryAfterSeconds) {
        super(message, java.util.Map.of("retryAfterSeconds", Math.max(1, retryAfterSeconds)));
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public String errorType() {
        return "RATE_LIMITED";
    }
}
