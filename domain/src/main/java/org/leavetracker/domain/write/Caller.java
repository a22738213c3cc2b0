package org.leavetracker.domain.write;

/**
 * Who sends a command: the user the API layer matched to the signed-in identity. The organization is never taken
 * from the caller's input: it is the one of this user, loaded fresh.
 *
 * @param commandId the id of this command (the API's request id); a retry with the same id writes nothing new
 */
public record Caller(String userId, String commandId) {
}
