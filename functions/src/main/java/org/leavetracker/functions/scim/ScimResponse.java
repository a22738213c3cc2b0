package org.leavetracker.functions.scim;

import java.util.Map;

/** One HTTP answer of the SCIM endpoint; a null body is an empty one (204). */
public record ScimResponse(int status, Map<String, String> headers, String body) {
}
