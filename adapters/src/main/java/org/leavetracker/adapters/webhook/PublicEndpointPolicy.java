package org.leavetracker.adapters.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.port.EndpointPolicy;

/**
 * Webhooks go to HTTPS endpoints on public addresses: every address the host resolves to is checked, so a name
 * pointing inside the network (loopback, private, link-local — the cloud's metadata service —, carrier-grade NAT,
 * unique-local IPv6, multicast) is refused, at registration and again before each delivery. The local runtime
 * also allows plain HTTP to loopback, for tests on one machine.
 */
public final class PublicEndpointPolicy implements EndpointPolicy {

    private final boolean allowLoopback;

    public PublicEndpointPolicy(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    @Override
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            throw new ValidationError("'" + url + "' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
            throw new ValidationError("a webhook URL is https://host[:port]/path, without credentials or fragment");
        }
        if (url.length() > 2000) {
            throw new ValidationError("a webhook URL has at most 2,000 characters");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new ValidationError("the host " + uri.getHost() + " of the webhook URL does not resolve");
        }
        boolean loopback = addresses.length > 0 && java.util.Arrays.stream(addresses)
                .allMatch(InetAddress::isLoopbackAddress);
        if (allowLoopback && loopback && (scheme.equals("http") || scheme.equals("https"))) {
            return uri;
        }
        if (!scheme.equals("https")) {
            throw new ValidationError("webhooks are sent over HTTPS only, not " + (scheme.isEmpty() ? "?" : scheme));
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new ValidationError("the webhook URL's host " + uri.getHost() + " resolves to a non-public"
                        + " address (" + address.getHostAddress() + ")");
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // unique local fc00::/7
        }
        return false;
    }
}
