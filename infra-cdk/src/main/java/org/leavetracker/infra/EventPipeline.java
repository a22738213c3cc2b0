package org.leavetracker.infra;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.functions.pipeline.BusRules;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.amazon.awscdk.services.events.Archive;
import software.amazon.awscdk.services.events.BaseArchiveProps;
import software.amazon.awscdk.services.events.CfnArchive;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.constructs.Construct;

/**
 * The read path's plumbing: the events table's stream → forwarder → the bus (with an archive for replay) → one rule
 * per entry of {@link BusRules} → its consumer, each step with retries and a dead-letter queue.
 *
 * <p>Stream batches: up to 100 records or 1 s, bisected on error, 5 retries, partial batch responses, then the
 * record's coordinates go to a DLQ. Rule targets: 8 retries within 24 h to hand the event to Lambda, then the event
 * goes to the rule's DLQ. Inside the consumer, a failing event gets {@link #ASYNC_RETRIES} retries within
 * {@link #ASYNC_MAX_AGE}, then Lambda's on-failure destination puts it in the consumer's failure queue (with an
 * alarm), from where the redrive function sends it back once (docs/OPERATIONS.md).
 */
public final class EventPipeline extends Construct {

    static final int ASYNC_RETRIES = 2;
    static final Duration ASYNC_MAX_AGE = Duration.hours(6);

    private final String namePrefix;
    private final Alarms alarms;
    private final EventBus bus;
    private final Map<BusRules.Consumer, JavaFunction> consumers;
    private final Map<BusRules.Consumer, DeadLetterQueue> failures = new EnumMap<>(BusRules.Consumer.class);

    /** @param namePrefix starts every physical name, so that two stacks in one account never collide */
    public EventPipeline(Construct scope, String id, String namePrefix, TableV2 events, JavaFunction forwarder,
                         Map<BusRules.Consumer, JavaFunction> consumers, Alarms alarms) {
        super(scope, id);
        this.namePrefix = namePrefix;
        this.alarms = alarms;
        this.consumers = consumers;
        this.bus = EventBus.Builder.create(this, "Bus").eventBusName(namePrefix + "bus").build();
        Archive archive = bus.archive("Archive", BaseArchiveProps.builder().archiveName(namePrefix + "events")
                .eventPattern(EventPattern.builder().source(List.of(EventDetails.SOURCE))
                        .build())
                .retention(Duration.days(365)).build());
        // aws-cdk#37847: CDK writes KmsKeyIdentifier "" (AWS-owned key), which some regions refuse
        ((CfnArchive) archive.getNode().getDefaultChild()).addPropertyDeletionOverride("KmsKeyIdentifier");

        DeadLetterQueue streamDlq = new DeadLetterQueue(this, "ForwarderDlq", "of the events table's stream");
        alarms.notifyOn(streamDlq.alarm());
        forwarder.live().addEventSource(DynamoEventSource.Builder.create(events)
                .startingPosition(StartingPosition.TRIM_HORIZON).batchSize(100)
                .maxBatchingWindow(Duration.seconds(1)).bisectBatchOnError(true).retryAttempts(5)
                .reportBatchItemFailures(true).onFailure(new SqsDlq(streamDlq.queue())).build());
        forwarder.function().addEnvironment("EVENT_BUS_NAME", bus.getEventBusName());
        bus.grantPutEventsTo(forwarder.function());

        for (Map.Entry<BusRules.Consumer, JavaFunction> consumer : consumers.entrySet()) {
            String name = consumer.getKey().name().toLowerCase(Locale.ROOT);
            DeadLetterQueue failed = new DeadLetterQueue(this, name + "-failures", "that the " + name
                    + " function failed on after its retries");
            alarms.notifyOn(failed.alarm());
            consumer.getValue().live().configureAsyncInvoke(EventInvokeConfigOptions.builder()
                    .retryAttempts(ASYNC_RETRIES).maxEventAge(ASYNC_MAX_AGE)
                    .onFailure(new SqsDestination(failed.queue())).build());
            failures.put(consumer.getKey(), failed);
        }

        for (BusRules.Rule rule : BusRules.forConsumers(consumers.keySet())) {
            DeadLetterQueue dlq = new DeadLetterQueue(this, rule.name() + "-dlq", "for rule " + rule.name());
            alarms.notifyOn(dlq.alarm());
            Rule.Builder.create(this, rule.name()).ruleName(namePrefix + rule.name()).eventBus(bus)
                    .eventPattern(pattern(rule.eventPattern()))
                    .targets(List.of(new LambdaFunction(consumers.get(rule.target()).live(),
                            LambdaFunctionProps.builder().deadLetterQueue(dlq.queue()).retryAttempts(8)
                                    .maxEventAge(Duration.hours(24)).build())))
                    .build();
        }
    }

    public EventBus bus() {
        return bus;
    }

    /**
     * A job run once a day at 02:30 UTC by a scheduled rule (schedules run on the account's default bus only), with
     * a consumer's retries: 8 to hand it over, {@link #ASYNC_RETRIES} inside, then its failure queue, alarmed.
     */
    public void daily(String name, JavaFunction job) {
        DeadLetterQueue failed = new DeadLetterQueue(this, name + "-failures", "that the daily " + name
                + " failed on after its retries");
        alarms.notifyOn(failed.alarm());
        job.live().configureAsyncInvoke(EventInvokeConfigOptions.builder().retryAttempts(ASYNC_RETRIES)
                .maxEventAge(ASYNC_MAX_AGE).onFailure(new SqsDestination(failed.queue())).build());
        Rule.Builder.create(this, name).ruleName(namePrefix + name)
                .schedule(Schedule.cron(CronOptions.builder().hour("2").minute("30").build()))
                .targets(List.of(new LambdaFunction(job.live(), LambdaFunctionProps.builder()
                        .deadLetterQueue(failed.queue()).retryAttempts(8).maxEventAge(Duration.hours(24)).build())))
                .build();
    }

    /**
     * Lets the operator's redrive function read each consumer's failure queue and invoke that consumer: the
     * queues' URLs and the consumers' ARNs in its environment, by consumer name.
     */
    public void redriveWith(JavaFunction redrive) {
        StringBuilder queues = new StringBuilder();
        StringBuilder functions = new StringBuilder();
        failures.forEach((consumer, failed) -> {
            String name = consumer.name().toLowerCase(Locale.ROOT);
            queues.append(queues.isEmpty() ? "" : ",").append(name).append('=').append(failed.queue().getQueueUrl());
            functions.append(functions.isEmpty() ? "" : ",").append(name).append('=')
                    .append(consumers.get(consumer).live().getFunctionArn());
            failed.queue().grantConsumeMessages(redrive.function());
            consumers.get(consumer).live().grantInvoke(redrive.function());
        });
        redrive.function().addEnvironment("FAILURE_QUEUES", queues.toString());
        redrive.function().addEnvironment("CONSUMERS", functions.toString());
    }

    /** The rule's JSON pattern as CDK's typed pattern (source and detail-type are all our rules use). */
    static EventPattern pattern(String json) {
        try {
            Map<String, List<String>> fields = new ObjectMapper().readValue(json, new TypeReference<>() {
            });
            if (!List.of("source", "detail-type").containsAll(fields.keySet())) {
                throw new IllegalArgumentException("rule patterns may use source and detail-type only: " + json);
            }
            return EventPattern.builder().source(fields.get("source")).detailType(fields.get("detail-type")).build();
        } catch (IOException e) {
            throw new IllegalArgumentException("rule pattern is not JSON: " + json, e);
        }
    }
}
