package org.leavetracker.adapters.calendar;

import javax.net.ssl.SSLSocketFactory;

/**
 * Where the providers are: their public addresses in the cloud; in tests, local servers answering as they document.
 *
 * @param googleApis      null for Google's own addresses; in tests, the root a local server answers Calendar and Gmail at
 * @param microsoftGraph  Graph's base URL with its version
 * @param microsoftLogin  the Microsoft identity platform (tokens are had at {@code <login><tenant>/oauth2/v2.0/token})
 * @param loginTrust      the certificates trusted for the identity platform (MSAL speaks only HTTPS), or null for
 *                        the JVM's
 */
public record CalendarEndpoints(String googleApis, String microsoftGraph, String microsoftLogin,
                                SSLSocketFactory loginTrust) {

    public static final CalendarEndpoints PROVIDERS = new CalendarEndpoints(null,
            "https://graph.microsoft.com/v1.0", "https://login.microsoftonline.com/", null);

    /** Whether these are Microsoft's own servers (elsewhere MSAL must not ask Microsoft which authorities exist). */
    boolean microsoftsOwn() {
        return microsoftLogin.equals(PROVIDERS.microsoftLogin);
    }
}
