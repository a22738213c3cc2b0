package org.leavetracker.functions.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Which organization a user belongs to, remembered: a user never changes organization, so the rate limit per
 * organization costs no load of the caller's history after the first call. At most {@link #REMEMBERED} users,
 * the least recently used forgotten first.
 */
final class OrganizationOfUser {

    static final int REMEMBERED = 10_000;

    private final Function<String, String> load;
    private final Map<String, String> known = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    OrganizationOfUser(Function<String, String> load) {
        this.load = load;
    }

    String of(String userId) {
        synchronized (known) {
            String orgId = known.get(userId);
            if (orgId != null) {
                return orgId;
            }
        }
        String orgId = load.apply(userId);
        synchronized (known) {
            known.put(userId, orgId);
        }
        return orgId;
    }
}
