package org.leavetracker.infra;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.appsync.GraphqlApi;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * What an operator is told about, on one SNS topic (with an e-mail subscription when the {@code alarmEmail} context
 * value is set; output {@code AlarmTopicArn} otherwise): dead-letter queues that are not empty, function errors,
 * throttles and runs near their timeout, the account's concurrency near its quota, a stream the forwarder falls
 * behind on, table throttles, AppSync server errors and latency, SES bounces and complaints, CloudFront 5xx.
 *
 * <p>A topic policy replaces SNS's default one, so the policy CDK writes for {@code enforceSsl} (a Deny) left nothing
 * allowed to publish: CloudWatch is allowed explicitly, for this account's alarms only.
 */
public final class Alarms extends Construct {

    /** Lambda's default account quota is 1,000 concurrent executions; alarm at 80 % of it. */
    static final int ACCOUNT_CONCURRENCY_ALARM = 800;
    /** AppSync's p99 latency an operator hears about (the resolver waits up to 5 s for read-your-own-writes). */
    static final int API_P99_LATENCY_MS = 6_000;
    /** SES reviews an account at a 5 % bounce rate and 0.1 % complaint rate: alarm at half of each. */
    static final double BOUNCE_RATE = 0.025;
    static final double COMPLAINT_RATE = 0.0005;

    private final Topic topic;
    private final SnsAction action;

    public Alarms(Construct scope, String id, String email) {
        super(scope, id);
        Stack stack = Stack.of(this);
        this.topic = Topic.Builder.create(this, "Topic").displayName("Leave Tracker alarms").enforceSsl(true).build();
        topic.addToResourcePolicy(PolicyStatement.Builder.create().sid("CloudWatchAlarmsPublish")
                .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com")))
                .actions(List.of("sns:Publish")).resources(List.of(topic.getTopicArn()))
                .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", stack.getAccount()),
                        "ArnLike", Map.of("aws:SourceArn", stack.formatArn(ArnComponents.builder()
                                .service("cloudwatch").resource("alarm").resourceName("*")
                                .arnFormat(ArnFormat.COLON_RESOURCE_NAME).build()))))
                .build());
        if (email != null && !email.isBlank()) {
            topic.addSubscription(new EmailSubscription(email));
        }
        this.action = new SnsAction(topic);
    }

    public void notifyOn(Alarm alarm) {
        alarm.addAlarmAction(action);
    }

    public void watch(JavaFunction function, String name) {
        notifyOn(function.function().metricErrors(every5Minutes()).createAlarm(this, name + "Errors",
                above(1, name + " failed")));
        notifyOn(function.function().metricThrottles(every5Minutes()).createAlarm(this, name + "Throttles",
                above(1, name + " was throttled")));
        double nearTimeout = function.timeout().toMilliseconds().doubleValue() * 0.8;
        notifyOn(function.function().metricDuration(MetricOptions.builder().period(Duration.minutes(5))
                .statistic("Maximum").build()).createAlarm(this, name + "Duration",
                above(nearTimeout, name + " ran longer than 80 % of its timeout")));
    }

    /** The forwarder falling behind the events table's stream by more than five minutes. */
    public void watchStreamAge(JavaFunction forwarder) {
        Metric age = Metric.Builder.create().namespace("AWS/Lambda").metricName("IteratorAge")
                .dimensionsMap(Map.of("FunctionName", forwarder.function().getFunctionName()))
                .statistic("Maximum").period(Duration.minutes(5)).build();
        notifyOn(age.createAlarm(this, "StreamIteratorAge", above(300_000,
                "the read side is more than 5 minutes behind the events table")));
    }

    /** The account's concurrent executions near Lambda's default quota: the next burst will be throttled. */
    public void watchAccountConcurrency() {
        Metric concurrency = Metric.Builder.create().namespace("AWS/Lambda").metricName("ConcurrentExecutions")
                .statistic("Maximum").period(Duration.minutes(5)).build();
        notifyOn(concurrency.createAlarm(this, "AccountConcurrency", above(ACCOUNT_CONCURRENCY_ALARM,
                "Lambda concurrency in this account is at 80 % of the default quota of 1,000")));
    }

    public void watch(GraphqlApi api) {
        Metric serverErrors = Metric.Builder.create().namespace("AWS/AppSync").metricName("5XXError")
                .dimensionsMap(Map.of("GraphQLAPIId", api.getApiId()))
                .statistic("Sum").period(Duration.minutes(5)).build();
        notifyOn(serverErrors.createAlarm(this, "AppSync5xx", above(1, "AppSync answered server errors")));
        Metric latency = Metric.Builder.create().namespace("AWS/AppSync").metricName("Latency")
                .dimensionsMap(Map.of("GraphQLAPIId", api.getApiId()))
                .statistic("p99").period(Duration.minutes(5)).build();
        notifyOn(latency.createAlarm(this, "AppSyncLatency", CreateAlarmOptions.builder()
                .threshold(API_P99_LATENCY_MS).evaluationPeriods(3).datapointsToAlarm(2)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription("AppSync's p99 latency was above " + API_P99_LATENCY_MS + " ms").build()));
    }

    /** Any throttled read or write on a table (on-demand tables throttle only past their account or key limits). */
    public void watchTables(List<TableV2> tables) {
        for (TableV2 table : tables) {
            String name = table.getNode().getId();
            MathExpression throttles = MathExpression.Builder.create().expression("reads + writes")
                    // a sorted map: Map.of's order changes from one JVM to the next, and with it the template
                    .usingMetrics(new TreeMap<>(Map.of("reads", tableMetric(table, "ReadThrottleEvents"),
                            "writes", tableMetric(table, "WriteThrottleEvents"))))
                    .period(Duration.minutes(5)).label(name + " throttles").build();
            notifyOn(throttles.createAlarm(this, name + "TableThrottles", above(1,
                    "the " + name + " table throttled requests")));
        }
    }

    /** SES's own reputation metrics for the account, when the stack sends mail. */
    public void watchMailReputation() {
        notifyOn(sesMetric("Reputation.BounceRate").createAlarm(this, "MailBounceRate", above(BOUNCE_RATE,
                "the bounce rate of sent mail is above 2.5 % (SES reviews the account at 5 %)")));
        notifyOn(sesMetric("Reputation.ComplaintRate").createAlarm(this, "MailComplaintRate", above(COMPLAINT_RATE,
                "the complaint rate of sent mail is above 0.05 % (SES reviews the account at 0.1 %)")));
    }

    /** Only where CloudFront's metrics are: us-east-1. */
    public void watch(Distribution distribution) {
        Metric serverErrors = Metric.Builder.create().namespace("AWS/CloudFront").metricName("5xxErrorRate")
                .dimensionsMap(Map.of("DistributionId", distribution.getDistributionId(), "Region", "Global"))
                .statistic("Average").period(Duration.minutes(5)).build();
        notifyOn(serverErrors.createAlarm(this, "CloudFront5xx", above(5,
                "more than 5 % of the web app's requests got a server error from CloudFront")));
    }

    public Topic topic() {
        return topic;
    }

    private static Metric tableMetric(TableV2 table, String name) {
        return Metric.Builder.create().namespace("AWS/DynamoDB").metricName(name)
                .dimensionsMap(Map.of("TableName", table.getTableName())).statistic("Sum")
                .period(Duration.minutes(5)).build();
    }

    private static Metric sesMetric(String name) {
        return Metric.Builder.create().namespace("AWS/SES").metricName(name).statistic("Maximum")
                .period(Duration.hours(1)).build();
    }

    private static MetricOptions every5Minutes() {
        return MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build();
    }

    private static CreateAlarmOptions above(double threshold, String description) {
        return CreateAlarmOptions.builder().threshold(threshold).evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING).alarmDescription(description).build();
    }
}
