package safetyconsole.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

/** The person at the keyboard as the workstation knows them: OS user and host name. */
public record Operator(String osUser, String host) {

    /**
     * Who runs this process. Worked out once: the host name may need a lookup that can hang, and the window asks
     * again (opening the audit window) on the FX thread.
     */
    public static Operator current() {
        return Current.OPERATOR;
    }

    private static final class Current {
        static final Operator OPERATOR = new Operator(System.getProperty("user.name", "unknown-user"),
                hostName(System.getenv()));
    }

    /** The environment first: a reverse DNS lookup can hang on a badly configured workstation. */
    static String hostName(Map<String, String> env) {
        for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
