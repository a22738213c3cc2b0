package org.leavetracker.infra;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.functions.pipeline.BusRules;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.amazon.awscdk.services.events.BaseArchiveProps;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.constructs.Construct;

/**
 * The read path's plumbing: the events table's stream → forwarder → the bus (with an archive for replay) → one rule
 * per entry of {@link BusRules} → its consumer, each step with retries and a dead-letter queue.
 *
 * <p>Stream batches: up to 100 records or 1 s, bisected on error, 5 retries, partial batch responses, then the
 * record's coordinates go to a DLQ. Rule targets: 8 retries within 24 h, then the event goes to the rule's DLQ.
 */
public final class EventPipeline extends Construct {

    private final EventBus bus;

    public EventPipeline(Construct scope, String id, TableV2 events, JavaFunction forwarder,
                         Map<BusRules.Consumer, JavaFunction> consumers, Alarms alarms) {
        super(scope, id);
        this.bus = EventBus.Builder.create(this, "Bus").eventBusName("leave-tracker").build();
        bus.archive("Archive", BaseArchiveProps.builder().archiveName("leave-tracker-events")
                .eventPattern(EventPattern.builder().source(List.of(EventDetails.SOURCE))
                        .build())
                .retention(Duration.days(365)).build());

        DeadLetterQueue streamDlq = new DeadLetterQueue(this, "ForwarderDlq", "of the events table's stream");
        alarms.notifyOn(streamDlq.alarm());
        forwarder.live().addEventSource(DynamoEventSource.Builder.create(events)
                .startingPosition(StartingPosition.TRIM_HORIZON).batchSize(100)
                .maxBatchingWindow(Duration.seconds(1)).bisectBatchOnError(true).retryAttempts(5)
                .reportBatchItemFailures(true).onFailure(new SqsDlq(streamDlq.queue())).build());
        forwarder.function().addEnvironment("EVENT_BUS_NAME", bus.getEventBusName());
        bus.grantPutEventsTo(forwarder.function());

        for (BusRules.Rule rule : BusRules.forConsumers(consumers.keySet())) {
            DeadLetterQueue dlq = new DeadLetterQueue(this, rule.name() + "-dlq", "for rule " + rule.name());
            alarms.notifyOn(dlq.alarm());
            Rule.Builder.create(this, rule.name()).ruleName("leave-tracker-" + rule.name()).eventBus(bus)
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
