package org.leavetracker.domain.port;

import java.net.URI;

/**
 * Where outgoing webhooks may go. In the cloud: HTTPS to public addresses only (no loopback, private, link-local
 * or metadata addresses, checked on every delivery as well, since DNS answers change); the local runtime may allow
 * loopback for tests.
 */
public interface EndpointPolicy {

    /** @throws org.leavetracker.domain.error.ValidationError when the address may not receive webhooks */
    URI check(String url);
}
