package org.leavetracker.domain.write.employee;

import org.leavetracker.domain.model.Email;

/**
 * A signed-in identity that may not belong to any organization yet: the Cognito {@code sub}, and the e-mail with
 * whether the user pool verified it. An access token carries no e-mail ({@code email} null): it finds its user by
 * {@code sub} alone, once a first sign-in with the ID token bound them.
 */
public record Identity(String subject, Email email, boolean emailVerified, String name) {

    /** An identity whose e-mail is verified (the local runtime's dev tokens, tests). */
    public Identity(String subject, Email email, String name) {
        this(subject, email, true, name);
    }

    /** The e-mail, if it may be trusted to say who this is. */
    public Email verifiedEmail() {
        return emailVerified ? email : null;
    }
}
