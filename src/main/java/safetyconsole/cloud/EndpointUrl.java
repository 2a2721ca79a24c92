package safetyconsole.cloud;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import safetyconsole.text.Printable;

/**
 * The rule for a custom endpoint (e.g. a local emulator): https anywhere, plain http only to this machine
 * (credentials are signed, not sent, but what comes back is trusted). Shared by the command line and the
 * connect dialog, which name the endpoint differently. No user info (it would be a password in clear) and only
 * ports that exist.
 */
public final class EndpointUrl {

    private static final int MAX_PORT = 65_535;

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
            throw new IllegalArgumentException(name + " " + Printable.quoted(text) + " is not a URL.");
        }
        // Before anything quotes the text: a password in it must not reach the terminal, the log or a saved file.
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            throw new IllegalArgumentException(name + " must not hold a user name or password: the AWS profile"
                    + " signs every request, and the URL is saved in clear.");
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            throw new IllegalArgumentException(name + " " + Printable.quoted(text) + " needs a scheme and a host, e.g."
                    + " https://opsworks.example.com or http://127.0.0.1:5000.");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > MAX_PORT)) {
            throw new IllegalArgumentException(name + " " + Printable.quoted(text) + " has port " + uri.getPort()
                    + "; a port is 1 to " + MAX_PORT + ".");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost())) {
            return uri;
        }
        throw new IllegalArgumentException(name + " must be https, or http to this machine only"
                + " (127.0.0.1, ::1 or localhost), not " + Printable.quoted(text) + ".");
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
