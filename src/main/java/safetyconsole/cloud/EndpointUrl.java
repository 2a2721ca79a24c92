package safetyconsole.cloud;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The rule for a custom endpoint (e.g. a local emulator): https anywhere, plain http only to this machine
 * (credentials are signed, not sent, but what comes back is trusted). Shared by the command line and the
 * connect dialog, which name the endpoint differently.
 */
public final class EndpointUrl {

    private EndpointUrl() {
    }

    /**
     * @param name how the user knows the value, e.g. "--endpoint-url" or "The endpoint URL"
     * @throws IllegalArgumentException with one sentence for the user
     */
    public static URI parse(String text, String name) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " \"" + text + "\" is not a URL.");
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            throw new IllegalArgumentException(name + " \"" + text + "\" needs a scheme and a host, e.g."
                    + " https://opsworks.example.com or http://127.0.0.1:5000.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost())) {
            return uri;
        }
        throw new IllegalArgumentException(name + " must be https, or http to this machine only"
                + " (127.0.0.1, ::1 or localhost), not \"" + text + "\".");
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        // Only address literals are resolved (no DNS): a name that merely resolves to loopback today is refused.
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
