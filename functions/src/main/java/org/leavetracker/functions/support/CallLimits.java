package org.leavetracker.functions.support;

import java.util.function.Supplier;

import org.leavetracker.domain.port.RateLimits;

/**
 * SPEC §4 Limits at every door the application answers (GraphQL, SCIM): a call costs its caller one call of their
 * budget, and their organization one of its, before any work, then runs in its organization's turn. A flood is
 * answered RATE_LIMITED at the price of two counter updates.
 */
public final class CallLimits {

    private final RateLimits budgets;
    private final OrganizationBulkhead bulkhead = new OrganizationBulkhead();

    public CallLimits(RateLimits budgets) {
        this.budgets = budgets;
    }

    /**
     * @param caller       whose budget the call spends
     * @param organization the caller's organization, asked only once the caller's budget allowed the call (finding
     *                     it may read a table); null for a caller in no organization yet, whose call then spends their
     *                     budget only
     */
    public <T> T admit(String caller, Supplier<String> organization, Supplier<T> call) {
        budgets.spend(RateLimits.PER_CALLER, caller);
        String orgId = organization.get();
        if (orgId == null) {
            return call.get();
        }
        budgets.spend(RateLimits.PER_ORGANIZATION, orgId);
        return bulkhead.run(orgId, call);
    }
}
