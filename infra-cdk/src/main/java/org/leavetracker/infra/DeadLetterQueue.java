package org.leavetracker.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/** Where an event ends after its retries, visibly: kept 14 days, encrypted, TLS only, and an alarm on any message. */
public final class DeadLetterQueue extends Construct {

    private final Queue queue;
    private final Alarm alarm;

    public DeadLetterQueue(Construct scope, String id, String purpose) {
        super(scope, id);
        this.queue = Queue.Builder.create(this, "Queue").retentionPeriod(Duration.days(14))
                .encryption(QueueEncryption.SQS_MANAGED).enforceSsl(true).build();
        this.alarm = queue.metricApproximateNumberOfMessagesVisible().createAlarm(this, "NotEmpty",
                CreateAlarmOptions.builder().threshold(1).evaluationPeriods(1)
                        .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                        .treatMissingData(TreatMissingData.NOT_BREACHING)
                        .alarmDescription("Events " + purpose + " failed after every retry: see the dead-letter queue")
                        .build());
    }

    public Queue queue() {
        return queue;
    }

    public Alarm alarm() {
        return alarm;
    }
}
