package org.leavetracker.domain.model;

/**
 * How a person whose personal data was erased (SPEC §3.10) shows: by a name that says so and an address that can
 * never receive mail (RFC 2606 reserves {@code .invalid}), with their id kept, so every figure still adds up.
 */
public final class ErasedPerson {

    public static final String NAME = "Erased person";

    private ErasedPerson() {
    }

    public static String email(String personId) {
        return "erased-" + personId.toLowerCase(java.util.Locale.ROOT) + "@erased.invalid";
    }
}
