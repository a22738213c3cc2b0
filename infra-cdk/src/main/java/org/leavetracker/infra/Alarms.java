package org.leavetracker.infra;

import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.appsync.GraphqlApi;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * What an operator is told about, on one SNS topic (with an e-mail subscription when the {@code alarmEmail} context
 * value is set): dead-letter queues that are not empty, function errors and throttles, a stream the forwarder falls
 * behind on, and AppSync server errors.
 */
public final class Alarms extends Construct {

    private final Topic topic;
    private final SnsAction action;

    public Alarms(Construct scope, String id, String email) {
        super(scope, id);
        this.topic = Topic.Builder.create(this, "Topic").displayName("Leave Tracker alarms").enforceSsl(true).build();
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
    }

    /** The forwarder falling behind the events table's stream by more than five minutes. */
    public void watchStreamAge(JavaFunction forwarder) {
        Metric age = Metric.Builder.create().namespace("AWS/Lambda").metricName("IteratorAge")
                .dimensionsMap(Map.of("FunctionName", forwarder.function().getFunctionName()))
                .statistic("Maximum").period(Duration.minutes(5)).build();
        notifyOn(age.createAlarm(this, "StreamIteratorAge", above(300_000,
                "the read side is more than 5 minutes behind the events table")));
    }

    public void watch(GraphqlApi api) {
        Metric serverErrors = Metric.Builder.create().namespace("AWS/AppSync").metricName("5XXError")
                .dimensionsMap(Map.of("GraphQLAPIId", api.getApiId()))
                .statistic("Sum").period(Duration.minutes(5)).build();
        notifyOn(serverErrors.createAlarm(this, "AppSync5xx", above(1, "AppSync answered server errors")));
    }

    public Topic topic() {
        return topic;
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
