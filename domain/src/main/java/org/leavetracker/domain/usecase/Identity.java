package org.leavetracker.domain.usecase;

import org.leavetracker.domain.model.Email;

/** A signed-in identity that may not belong to any organization yet (Cognito {@code sub} and verified e-mail). */
public record Identity(String subject, Email email, String name) {
}
