package org.leavetracker.functions.api;

import java.util.function.Supplier;

/**
 * Where the deployment's other doors are, for answers that name them: known only once the server (locally) or the
 * stack (in AWS) is up, hence suppliers.
 *
 * @param calendarFeedBase the calendar feed function's URL; feed addresses start with it
 * @param scim             the SCIM 2.0 base URL an identity provider is given (null: none)
 */
public record PublicAddresses(Supplier<String> calendarFeedBase, Supplier<String> scim) {

    /** In a Lambda: the stack sets both in the resolver's environment. */
    static PublicAddresses fromEnvironment() {
        return new PublicAddresses(() -> System.getenv("CALENDAR_BASE_URL"), () -> System.getenv("SCIM_URL"));
    }
}
