package org.leavetracker.domain.read.model;

import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.model.Days;

/**
 * Carried-over days of one person and leave type that expire unused on {@code expiresOn} unless taken before, counting
 * the leave approved so far (docs/RULES.md: carried-over days are spent first): what the dashboard warns of.
 *
 * @param days 0 when nothing will expire (the item then leaves the list)
 * @param approverIds the person's assigned approvers, who see it besides the admins and the team's managers
 */
public record ExpiringBalance(String orgId, String userId, String userName, String leaveTypeId, int year,
                              LocalDate expiresOn, Days days, String locationId, String teamId,
                              List<String> approverIds) {

    public ExpiringBalance {
        approverIds = approverIds == null ? List.of() : List.copyOf(approverIds);
    }
}
