package org.leavetracker.domain.model;

import java.time.Instant;

/**
 * A level of a request's chain that someone decided (the last level's approval is the request's approval; a denial
 * ends the chain).
 *
 * @param note what the approver wrote: the note of an approval, the reason of a denial; null when none
 */
public record PassedLevel(String approverId, String onBehalfOf, Instant at, String note) {
}
