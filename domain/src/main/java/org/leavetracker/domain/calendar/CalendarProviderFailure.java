package org.leavetracker.domain.calendar;

import java.time.Duration;

/** A provider's refusal or silence, in the terms a delivery acts on. */
public final class CalendarProviderFailure extends RuntimeException {

    /** What went wrong, and so what a delivery does next. */
    public enum Kind {
        /** 429 or 503: retried after the provider's Retry-After. */
        RATE_LIMITED,
        /** 401 or 403: consent revoked or a scope missing; retried later, an admin must act. */
        UNAUTHORIZED,
        /** 404: the mailbox does not exist, or the event was deleted by hand. */
        NOT_FOUND,
        /** Any other answer or none: retried with backoff. */
        FAILED
    }

    private final Kind kind;
    private final int status;
    private final Duration retryAfter;

    public CalendarProviderFailure(Kind kind, int status, Duration retryAfter, String message) {
        this(kind, status, retryAfter, message, null);
    }

    public CalendarProviderFailure(Kind kind, int status, Duration retryAfter, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public static Kind kindOf(int status) {
        return switch (status) {
            case 429, 503 -> Kind.RATE_LIMITED;
            case 401, 403 -> Kind.UNAUTHORIZED;
            case 404, 410 -> Kind.NOT_FOUND;
            default -> Kind.FAILED;
        };
    }

    public Kind kind() {
        return kind;
    }

    /** The provider's HTTP status, 0 when it could not be reached. */
    public int status() {
        return status;
    }

    /** How long the provider asked us to wait, or null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
