package org.leavetracker.adapters.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The security headers of the web app's pages: one definition for CloudFront's response headers policy and the
 * local runtime, so the browser stories run the app under the policy it is deployed with. Scripts, styles, images
 * and fonts only from the app's own origin; connections to the app's origin and the given API endpoints (GraphQL,
 * real-time, Cognito); never framed.
 */
public final class WebSecurityHeaders {

    /** HSTS for a year: the cloud sends it; the local runtime does not (see {@link #contentSecurityPolicy}). */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    private WebSecurityHeaders() {
    }

    /** @param connectTo the endpoints the app talks to besides its own origin (scheme://host[:port]) */
    public static String contentSecurityPolicy(List<String> connectTo) {
        return String.join("; ", List.of(
                "default-src 'none'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src " + String.join(" ", concat("'self'", connectTo)),
                "manifest-src 'self'",
                "base-uri 'none'",
                "form-action 'self'",
                "frame-ancestors 'none'",
                "object-src 'none'"));
    }

    /**
     * The headers of a page. {@code hsts}: false locally, where a year of HSTS on "localhost" would force HTTPS on
     * every other local server of the developer's browser (HSTS holds for a host, whatever its port).
     */
    public static Map<String, String> headers(List<String> connectTo, boolean hsts) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", contentSecurityPolicy(connectTo));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", REFERRER_POLICY);
        headers.put("X-Frame-Options", "DENY");
        if (hsts) {
            headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        return headers;
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
