package org.leavetracker.infra;

import software.amazon.awscdk.services.lambda.Code;

/**
 * The functions module's deployment packages, one per group of functions, each with only the libraries its handlers
 * call (docs/decisions/0031-architecture-reshaped.md).
 *
 * @param api        the resolver
 * @param feeds      the calendar feeds
 * @param pipeline   the stream forwarder, projections, e-mail and webhook deliveries
 * @param operations the operator's redrive and read-side rebuild
 * @param slack      the Slack app's two functions
 * @param calendars  the calendar deliveries and connection test, with Google's and Microsoft's clients
 */
public record LambdaPackages(Code api, Code feeds, Code pipeline, Code operations, Code slack, Code calendars) {

    /** The packages the build left in functions/target (see {@link LeaveTrackerApp#lambdaPackage}). */
    public static LambdaPackages built() {
        return new LambdaPackages(asset("api"), asset("feeds"), asset("pipeline"), asset("operations"), asset("slack"),
                asset("calendars"));
    }

    private static Code asset(String classifier) {
        return Code.fromAsset(LeaveTrackerApp.lambdaPackage(classifier).toString());
    }
}
