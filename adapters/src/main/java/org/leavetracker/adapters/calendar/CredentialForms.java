package org.leavetracker.adapters.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.domain.calendar.CalendarProviderKind;
import org.leavetracker.domain.error.ValidationError;

/**
 * The form each provider's credentials come in, checked where they are kept (without the providers' libraries,
 * which only the calendar functions carry): a Google service account's key file, or a Microsoft app registration's
 * tenant, client id and secret.
 */
final class CredentialForms {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CredentialForms() {
    }

    static void check(CalendarProviderKind kind, String credentials) {
        if (credentials == null || credentials.isBlank()) {
            throw ValidationError.required("credentials");
        }
        JsonNode json = parsed(credentials);
        switch (kind) {
            case GOOGLE_WORKSPACE -> {
                if (json == null || !"service_account".equals(json.path("type").asText())
                        || json.path("client_email").asText().isBlank()
                        || !json.path("private_key").asText().contains("PRIVATE KEY")) {
                    throw ValidationError.at("credentials", "credentials must be a Google service account's key "
                            + "file (JSON with type service_account, client_email and private_key)");
                }
            }
            case MICROSOFT_365 -> {
                if (json == null || json.path("tenantId").asText().isBlank() || json.path("clientId").asText()
                        .isBlank() || json.path("clientSecret").asText().isBlank()) {
                    throw ValidationError.at("credentials", "credentials must be JSON with the app registration's "
                            + "tenantId, clientId and clientSecret");
                }
            }
        }
    }

    static JsonNode parsed(String credentials) {
        try {
            JsonNode json = MAPPER.readTree(credentials);
            return json != null && json.isObject() ? json : null;
        } catch (Exception e) {
            return null;
        }
    }
}
