package org.leavetracker.adapters.appsync;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.adapters.graphql.GraphQlShapes;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.port.ChangePublisher;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.model.SettingsArea;
import org.leavetracker.graphql.ApiContract;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * Calls the schema's IAM-only publish… mutations on the AppSync endpoint, signed with SigV4 (service "appsync"), so
 * that AppSync fires the subscriptions. A GraphQL error in the answer is raised, so the projection's retries and
 * dead-letter queue see it.
 */
public final class AppSyncPublisher implements ChangePublisher {

    // A subscriber receives only the fields the publishing mutation selected: every field of the type, read from the
    // schema file (ApiContract.selectionOf), so that a field added to the schema is published without another edit.
    public static final String REQUEST_MUTATION = "mutation Publish($request: LeaveRequestPublication!) {"
            + " publishLeaveRequestChanged(request: $request) " + ApiContract.selectionOf("LeaveRequest") + " }";
    public static final String BALANCE_MUTATION = "mutation Publish($balance: BalancePublication!) {"
            + " publishBalanceChanged(balance: $balance) " + ApiContract.selectionOf("Balance") + " }";
    public static final String SETTINGS_MUTATION = """
            mutation Publish($change: SettingsChangePublication!) {
              publishSettingsChanged(change: $change) { orgId area }
            }""";

    private final URI endpoint;
    private final String region;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;
    private final ObjectMapper mapper;
    private final GraphQlShapes shapes;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    public AppSyncPublisher(URI endpoint, String region, AwsCredentialsProvider credentials, SdkHttpClient http,
                            ObjectMapper mapper) {
        this.endpoint = endpoint;
        this.region = region;
        this.credentials = credentials;
        this.http = http;
        this.mapper = mapper;
        this.shapes = new GraphQlShapes(mapper);
    }

    @Override
    public void leaveRequestChanged(LeaveRequestView request) {
        send(REQUEST_MUTATION, Map.of("request", shapes.leaveRequest(request)));
    }

    @Override
    public void balanceChanged(Balance balance) {
        send(BALANCE_MUTATION, Map.of("balance", shapes.balance(balance.orgId(), balance)));
    }

    @Override
    public void settingsChanged(String orgId, SettingsArea area) {
        send(SETTINGS_MUTATION, Map.of("change", Map.of("orgId", orgId, "area", area.name())));
    }

    private void send(String mutation, Map<String, Object> variables) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(Map.of("query", mutation, "variables", variables));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        SdkHttpRequest request = SdkHttpRequest.builder().uri(endpoint).method(SdkHttpMethod.POST)
                .putHeader("content-type", "application/json").build();
        SignedRequest signed = signer.sign(r -> r.identity(credentials.resolveCredentials())
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "appsync")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        try {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(() -> new ByteArrayInputStream(body)).build()).call();
            String answer = response.responseBody().map(AppSyncPublisher::read).orElse("");
            JsonNode errors = answer.isEmpty() ? null : mapper.readTree(answer).get("errors");
            if (!response.httpResponse().isSuccessful() || errors != null && !errors.isEmpty()) {
                throw new IllegalStateException("AppSync refused a publish (HTTP "
                        + response.httpResponse().statusCode() + "): " + answer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
