package org.leavetracker.domain.model;

import java.time.Instant;

/** A level of a request's chain that someone approved (the last level's approval is the request's approval). */
public record PassedLevel(String approverId, String onBehalfOf, Instant at) {
}
