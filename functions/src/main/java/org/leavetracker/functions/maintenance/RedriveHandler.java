package org.leavetracker.functions.maintenance;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.leavetracker.functions.support.JsonLog;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The operator's redrive (docs/OPERATIONS.md): invoked by hand with {@code {"consumer": "projections"}} (or
 * notifications, webhooks, slack, and optionally {@code "limit"}), it sends that consumer's failed events back to it,
 * each once ({@link FailedInvocationRedrive}). {@code FAILURE_QUEUES} and {@code CONSUMERS} map each consumer to its
 * failure queue's URL and its function's ARN, as the stack wires them.
 */
public final class RedriveHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final JsonLog LOG = new JsonLog(RedriveHandler.class);
    private final SqsClient sqs = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    private final LambdaClient lambda = LambdaClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    private final Map<String, String> queues = RedriveTargets.parse(System.getenv("FAILURE_QUEUES"));
    private final Map<String, String> functions = RedriveTargets.parse(System.getenv("CONSUMERS"));

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        String consumer = String.valueOf(input.get("consumer"));
        if (!queues.containsKey(consumer) || !functions.containsKey(consumer)) {
            return Map.of("error", "consumer must be one of " + queues.keySet());
        }
        int limit = input.get("limit") instanceof Number n ? n.intValue() : 1000;
        String queueUrl = queues.get(consumer);
        String function = functions.get(consumer);
        FailedInvocationRedrive.Outcome outcome = new FailedInvocationRedrive(new FailedInvocationRedrive.FailureQueue() {
            @Override
            public java.util.List<FailedInvocationRedrive.Message> receive(int max) {
                return sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(max).waitTimeSeconds(1)
                                .visibilityTimeout(300)).messages().stream()
                        .map(m -> new FailedInvocationRedrive.Message(m.receiptHandle(), m.body())).toList();
            }

            @Override
            public void delete(FailedInvocationRedrive.Message message) {
                sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
        }, event -> {
            InvokeResponse response = lambda.invoke(r -> r.functionName(function)
                    .invocationType(InvocationType.REQUEST_RESPONSE).payload(SdkBytes.fromString(event,
                            StandardCharsets.UTF_8)));
            return response.functionError() == null ? null
                    : response.functionError() + ": " + response.payload().asUtf8String();
        }).run(limit);
        LOG.info("redrive", Map.of("consumer", consumer, "delivered", outcome.delivered(),
                "failedAgain", outcome.failedAgain(), "unreadable", outcome.unreadable()));
        return Map.of("consumer", consumer, "delivered", outcome.delivered(), "failedAgain", outcome.failedAgain(),
                "unreadable", outcome.unreadable());
    }
}
