package org.leavetracker.functions.scim;

import java.util.Map;

/**
 * One HTTP request to the SCIM endpoint, whatever carried it (a Lambda Function URL, the local runtime).
 *
 * @param path    below {@code /scim/v2}, e.g. {@code /Users/abc}
 * @param headers with lower-case names
 */
public record ScimRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                          String body, String requestId) {

    public ScimRequest {
        query = query == null ? Map.of() : Map.copyOf(query);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    String header(String name) {
        return headers.get(name);
    }
}
