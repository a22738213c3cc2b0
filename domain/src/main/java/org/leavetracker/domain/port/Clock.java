package org.leavetracker.domain.port;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The only source of time for the domain (SPEC §3.6): the cloud reads the system clock, the local runtime may pin it. */
public interface Clock {

    Instant now();

    default LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(now(), zone);
    }
}
