package org.leavetracker.adapters.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** One POST of a webhook body; redirects are not followed (they could lead anywhere the policy forbids). */
public final class HttpWebhookTransport {

    private final HttpClient http;
    private final Duration timeout;

    /** @param timeout for connecting, and again for the answer */
    public HttpWebhookTransport(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
                .build();
    }

    /** @return the endpoint's HTTP status */
    public int post(URI url, Map<String, String> headers, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json").header("User-Agent", "LeaveTracker-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
