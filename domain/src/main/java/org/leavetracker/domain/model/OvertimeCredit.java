package org.leavetracker.domain.model;

import java.time.LocalDate;

/**
 * Time off in lieu earned by working overtime on a date: it adds to a TOIL leave type's balance in the year of that
 * date, and what is not spent by {@code expiresOn} (if the type sets an expiry) expires.
 */
public record OvertimeCredit(String leaveTypeId, LocalDate date, Days days, LocalDate expiresOn) {
}
