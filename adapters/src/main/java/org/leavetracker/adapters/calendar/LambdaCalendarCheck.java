package org.leavetracker.adapters.calendar;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.domain.calendar.CalendarProviderKind;
import org.leavetracker.domain.port.CalendarCheck;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * The connection test, run by the calendar check function, which alone carries the providers' libraries: the
 * resolver stays small and quick to start, and asks it synchronously.
 */
public final class LambdaCalendarCheck implements CalendarCheck {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final LambdaClient lambda;
    private final String function;

    public LambdaCalendarCheck(String function) {
        this.lambda = LambdaClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        this.function = function;
    }

    @Override
    public List<String> problems(String orgId, CalendarProviderKind kind, String mailbox) {
        try {
            byte[] request = MAPPER.writeValueAsBytes(Map.of("orgId", orgId, "provider", kind.name(),
                    "mailbox", mailbox));
            InvokeResponse response = lambda.invoke(r -> r.functionName(function)
                    .payload(SdkBytes.fromByteArray(request)));
            if (response.functionError() != null) {
                return List.of("the test could not run: " + response.functionError());
            }
            return MAPPER.readValue(response.payload().asByteArray(), new TypeReference<List<String>>() {
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
