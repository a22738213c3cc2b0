package org.leavetracker.domain.provisioning;

/**
 * What an identity provider says of one attribute: nothing (it stays as it is), that it has no value any more, or
 * its value. SCIM tells the first two apart: an attribute left out of a replace is kept, one removed by a PATCH is
 * cleared.
 */
public sealed interface AttributeChange<T> {

    record Kept<T>() implements AttributeChange<T> {
    }

    record Cleared<T>() implements AttributeChange<T> {
    }

    record Given<T>(T value) implements AttributeChange<T> {
    }

    static <T> AttributeChange<T> kept() {
        return new Kept<>();
    }

    static <T> AttributeChange<T> cleared() {
        return new Cleared<>();
    }

    /** The value, or cleared for null. */
    static <T> AttributeChange<T> of(T value) {
        return value == null ? new Cleared<>() : new Given<>(value);
    }
}
