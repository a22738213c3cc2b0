package org.leavetracker.adapters.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.leavetracker.adapters.slack.FormBody;

/** What the recorded providers share: JSON in (gzipped, as Google's and Graph's clients may send it) and out. */
final class RecordedHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private RecordedHttp() {
    }

    /** A fault of a recording shows in the test's output as what it is, not as a dropped connection. */
    static HttpHandler safely(HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (RuntimeException | IOException e) {
                e.printStackTrace();
                throw e;
            }
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> jsonBody(HttpExchange exchange) throws IOException {
        boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
        try (InputStream in = gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
            return new LinkedHashMap<>(JSON.readValue(in.readAllBytes(), Map.class));
        }
    }

    static Map<String, String> formBody(HttpExchange exchange) throws IOException {
        return FormBody.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
