package be.ariadne.publicsite.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The client as rate limits see it: an IPv4 address, or the /64 network of an IPv6 address (one
 * household or phone usually holds a whole /64, so limiting single IPv6 addresses would limit
 * nothing). The address is the one the application resolved, which honours {@code X-Forwarded-For}
 * ({@code server.forward-headers-strategy=framework}): the reverse proxy must overwrite that header.
 * Used only to compute a keyed hash; never stored, never logged.
 */
public final class ClientAddress {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.%a-zA-Z]{2,64}");

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return normalise(request.getRemoteAddr());
    }

    static String normalise(String remote) {
        if (remote == null || remote.isBlank()) return "none";
        String r = remote.strip();
        try {
            if (IPV4.matcher(r).matches()) {
                return "4:" + HexFormat.of().formatHex(InetAddress.getByName(r).getAddress());
            }
            if (r.contains(":") && IPV6.matcher(r).matches()) {
                // A literal with ':' is parsed without any name lookup.
                byte[] a = InetAddress.getByName(r.replaceAll("%.*$", "")).getAddress();
                if (a.length == 4) return "4:" + HexFormat.of().formatHex(a);
                return "6:" + HexFormat.of().formatHex(a, 0, 8);
            }
        } catch (UnknownHostException malformed) {
            // fall through: treated as an opaque value
        }
        return "x:" + (r.length() > 64 ? r.substring(0, 64) : r);
    }
}
