package org.leavetracker.infra;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACL.CustomResponseBodyProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.CustomResponseProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.DefaultActionProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.ManagedRuleGroupStatementProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.OverrideActionProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.RateBasedStatementProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.RuleActionProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.RuleProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.StatementProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.VisibilityConfigProperty;
import software.constructs.Construct;

/**
 * A WAF web ACL in front of one door (AppSync, scope REGIONAL; the web app's CloudFront distribution, scope
 * CLOUDFRONT): a per-address rate limit answered with HTTP 429 and a Retry-After header, then AWS's managed lists of
 * known bad inputs and of addresses with a bad reputation. Everything else is allowed. Limits: docs/OPERATIONS.md.
 */
final class WebFirewall extends Construct {

    /** Requests one client address may send in any 5 minutes before it is answered 429 (AppSync). */
    static final int API_REQUESTS_PER_5_MINUTES = 3_000;
    /** The same for the web app's files on CloudFront: a page load fetches a handful of them. */
    static final int WEB_REQUESTS_PER_5_MINUTES = 2_000;
    static final String RETRY_AFTER_SECONDS = "300";

    enum Scope { REGIONAL, CLOUDFRONT }

    private final CfnWebACL acl;

    WebFirewall(Construct scope, String id, String namePrefix, Scope wafScope, int requestsPer5Minutes) {
        super(scope, id);
        String metricPrefix = namePrefix + id;
        this.acl = CfnWebACL.Builder.create(this, "Acl")
                .name(namePrefix + id.toLowerCase(Locale.ROOT))
                .scope(wafScope.name())
                .defaultAction(DefaultActionProperty.builder().allow(CfnWebACL.AllowActionProperty.builder().build()).build())
                .customResponseBodies(Map.of("rate-limited", CustomResponseBodyProperty.builder()
                        .contentType("APPLICATION_JSON")
                        .content("{\"errors\":[{\"errorType\":\"RATE_LIMITED\",\"message\":\"too many requests from"
                                + " this address: wait five minutes\",\"extensions\":{\"retryAfterSeconds\":"
                                + RETRY_AFTER_SECONDS + "}}]}").build()))
                .visibilityConfig(visibility(metricPrefix))
                .rules(List.of(
                        RuleProperty.builder().name("rate-per-address").priority(0)
                                .statement(StatementProperty.builder().rateBasedStatement(
                                        RateBasedStatementProperty.builder().limit(requestsPer5Minutes)
                                                .evaluationWindowSec(300).aggregateKeyType("IP").build()).build())
                                .action(RuleActionProperty.builder().block(CfnWebACL.BlockActionProperty.builder()
                                        .customResponse(CustomResponseProperty.builder().responseCode(429)
                                                .customResponseBodyKey("rate-limited")
                                                .responseHeaders(List.of(CfnWebACL.CustomHTTPHeaderProperty.builder()
                                                        .name("Retry-After").value(RETRY_AFTER_SECONDS).build()))
                                                .build()).build()).build())
                                .visibilityConfig(visibility(metricPrefix + "-rate")).build(),
                        managed("AWSManagedRulesKnownBadInputsRuleSet", 1, metricPrefix),
                        managed("AWSManagedRulesAmazonIpReputationList", 2, metricPrefix)))
                .build();
    }

    String arn() {
        return acl.getAttrArn();
    }

    CfnWebACL acl() {
        return acl;
    }

    private static RuleProperty managed(String group, int priority, String metricPrefix) {
        return RuleProperty.builder().name(group).priority(priority)
                .statement(StatementProperty.builder().managedRuleGroupStatement(ManagedRuleGroupStatementProperty
                        .builder().vendorName("AWS").name(group).build()).build())
                .overrideAction(OverrideActionProperty.builder().none(Map.of()).build())
                .visibilityConfig(visibility(metricPrefix + "-" + group)).build();
    }

    private static VisibilityConfigProperty visibility(String metric) {
        return VisibilityConfigProperty.builder().cloudWatchMetricsEnabled(true).sampledRequestsEnabled(true)
                .metricName(metric.replaceAll("[^A-Za-z0-9_-]", "-")).build();
    }
}
