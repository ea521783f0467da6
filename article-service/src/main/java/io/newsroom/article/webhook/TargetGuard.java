package io.newsroom.article.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which webhook URLs may be registered and sent to. Outside the insecure (test) mode: https only, and every address
 * the host resolves to must be public (no loopback, private, link-local, carrier-grade NAT, multicast, unspecified
 * or unique-local address), checked on the resolved addresses at each send, not on the host name.
 */
public final class TargetGuard {

    private final boolean allowInsecure;
    private final Function<String, InetAddress[]> resolver;

    public TargetGuard(boolean allowInsecure) {
        this(allowInsecure, TargetGuard::resolve);
    }

    TargetGuard(boolean allowInsecure, Function<String, InetAddress[]> resolver) {
        this.allowInsecure = allowInsecure;
        this.resolver = resolver;
    }

    /** Refused URLs throw IllegalArgumentException with the reason; the host is not resolved here. */
    public URI checkSyntax(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url is required");
        }
        if (url.length() > 2000) {
            throw new IllegalArgumentException("url is longer than 2000 characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            throw new IllegalArgumentException("url is not a valid URI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowInsecure && scheme.equals("http"))) {
            throw new IllegalArgumentException("url must use https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("url must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("url must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("url must not carry a fragment");
        }
        return uri;
    }

    /** The check before each send: the syntax again, then every resolved address. */
    public void checkTarget(URI uri) {
        checkSyntax(uri.toString());
        if (allowInsecure) {
            return;
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses = resolver.apply(host);
        if (addresses.length == 0) {
            throw new IllegalArgumentException("host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new IllegalArgumentException("host " + host + " resolves to a non-public address " + address.getHostAddress());
            }
        }
    }

    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // this network
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            if (isMappedIpv4(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isMappedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("host " + host + " does not resolve");
        }
    }
}
