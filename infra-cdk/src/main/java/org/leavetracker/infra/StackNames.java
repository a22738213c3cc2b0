package org.leavetracker.infra;

import java.util.Locale;

/**
 * The CloudFormation stack names of one deployment, derived from its {@code tablePrefix}: the default prefix keeps
 * the name production has always had ("LeaveTracker"); any other prefix gets a stack of its own
 * ("LeaveTracker-staging" for "staging-"), so a staging deploy never updates production's stack.
 */
record StackNames(String prefix) {

    static final String DEFAULT_PREFIX = "leave-tracker-";
    private static final String BASE = "LeaveTracker";

    StackNames {
        if (prefix == null || !prefix.matches("[a-z][a-z0-9-]{0,30}-")) {
            throw new IllegalArgumentException("tablePrefix must be lower-case letters, digits and dashes, start"
                    + " with a letter and end with a dash, at most 32 characters (like \"staging-\"): " + prefix);
        }
    }

    /** The application's stack, in the region of the deployment. */
    String main() {
        if (prefix.equals(DEFAULT_PREFIX)) {
            return BASE;
        }
        return BASE + "-" + prefix.substring(0, prefix.length() - 1).toLowerCase(Locale.ROOT);
    }

    /** The stack in us-east-1 holding what CloudFront only takes from there (its web ACL). */
    String edge() {
        return main() + "-edge";
    }
}
