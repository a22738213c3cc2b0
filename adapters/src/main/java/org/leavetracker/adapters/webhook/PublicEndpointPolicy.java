package org.leavetracker.adapters.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.port.EndpointPolicy;

/**
 * Webhooks go to HTTPS endpoints on public addresses (OWASP API7, server-side request forgery): every address the
 * host resolves to is checked, so a name pointing inside the network is refused — loopback, unspecified, private,
 * link-local (the cloud's metadata service), carrier-grade NAT, benchmarking, documentation, reserved and multicast
 * IPv4; loopback, unspecified, unique-local, link- and site-local, multicast and documentation IPv6; and IPv4 carried
 * inside IPv6 (mapped, compatible, NAT64, 6to4), judged by the IPv4 it carries. Checked at registration and again
 * before each delivery, since a DNS answer may change after registration (DNS rebinding). The local runtime may
 * allow loopback, for tests on one machine (--allow-loopback-webhooks).
 */
public final class PublicEndpointPolicy implements EndpointPolicy {

    /** How a host name becomes addresses: the system's resolver, or a test's. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopback;
    private final Resolver resolver;

    public PublicEndpointPolicy(boolean allowLoopback) {
        this(allowLoopback, InetAddress::getAllByName);
    }

    public PublicEndpointPolicy(boolean allowLoopback, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
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
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            throw new ValidationError("the host " + uri.getHost() + " of the webhook URL does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new ValidationError("the host " + uri.getHost() + " of the webhook URL does not resolve");
        }
        boolean loopback = Arrays.stream(addresses).allMatch(PublicEndpointPolicy::isLoopback);
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

    private static boolean isLoopback(InetAddress address) {
        Inet4Address carried = carriedIpv4(address);
        return address.isLoopbackAddress() || carried != null && carried.isLoopbackAddress();
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
            int third = b[2] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (third == 0 || third == 2)) // IETF assignments, TEST-NET-1
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && !(first == 198 && second == 51 && third == 100) // TEST-NET-2
                    && !(first == 203 && second == 0 && third == 113) // TEST-NET-3
                    && first < 240; // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            Inet4Address carried = carriedIpv4(address);
            if (carried != null) {
                return isPublic(carried);
            }
            int firstWord = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
            int secondWord = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
            return (b[0] & 0xfe) != 0xfc // unique local fc00::/7
                    && !(firstWord == 0x2001 && secondWord == 0x0db8) // documentation
                    && !(firstWord == 0x2001 && secondWord == 0x0000) // Teredo: tunnels to anywhere
                    && !(firstWord == 0x0100 && secondWord == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0);
                    // discard-only 100::/64
        }
        return false;
    }

    /**
     * The IPv4 address an IPv6 one carries, where it does: IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible
     * (::a.b.c.d) forms, NAT64 (64:ff9b::/96) and 6to4 (2002:AABB:CCDD::/48); null otherwise.
     */
    static Inet4Address carriedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return null;
        }
        byte[] b = address.getAddress();
        boolean zeroPrefix = Arrays.equals(Arrays.copyOfRange(b, 0, 10), new byte[10]);
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && !Arrays.equals(Arrays.copyOfRange(b, 12, 16),
                new byte[4]) && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && b[15] == 1); // not :: nor ::1
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
        try {
            if (mapped || compatible || nat64) {
                return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) { // 6to4
                return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6));
            }
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
        return null;
    }
}
