package safetyconsole.logrotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The little of MIME that cloud-init's multipart user data uses: a {@code Content-Type: multipart/…} header with
 * a boundary, then parts with their own headers ({@code Content-Type}, {@code Content-Transfer-Encoding}).
 */
final class MimeMultipart {

    /** One part: its type, whether its content is base64, and the content as written. */
    record BodyPart(Optional<String> contentType, boolean base64, String content) {
    }

    private MimeMultipart() {
    }

    /** The boundary when {@code text} begins with MIME headers saying multipart; empty for any other text. */
    static Optional<String> boundary(String text) {
        for (String header : headers(text.lines().toList()).lines()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:") && lower.contains("multipart/")) {
                return parameter(header, "boundary");
            }
        }
        return Optional.empty();
    }

    /** The parts between {@code --boundary} lines, up to {@code --boundary--}. */
    static List<BodyPart> split(String text, String boundary) {
        List<String> lines = text.lines().toList();
        List<BodyPart> parts = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            String trimmed = line.stripTrailing();
            boolean closing = trimmed.equals("--" + boundary + "--");
            if (closing || trimmed.equals("--" + boundary)) {
                if (current != null) {
                    parts.add(part(current));
                }
                if (closing) {
                    break;
                }
                current = new ArrayList<>();
            } else if (current != null) {
                current.add(line);
            }
        }
        return parts;
    }

    private static BodyPart part(List<String> lines) {
        Headers headers = headers(lines);
        Optional<String> type = Optional.empty();
        boolean base64 = false;
        for (String header : headers.lines()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                type = Optional.of(lower.substring("content-type:".length()).split(";", 2)[0].strip());
            } else if (lower.startsWith("content-transfer-encoding:")) {
                base64 = lower.substring("content-transfer-encoding:".length()).strip().equals("base64");
            }
        }
        return new BodyPart(type, base64, String.join("\n", lines.subList(headers.bodyStart(), lines.size())));
    }

    /** Header lines (folded lines joined) and the index of the first body line. */
    private record Headers(List<String> lines, int bodyStart) {
    }

    /** The headers up to the first empty line; none when the first line is not a header. */
    private static Headers headers(List<String> lines) {
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                return new Headers(headers, i + 1);
            }
            boolean folded = (line.startsWith(" ") || line.startsWith("\t")) && !headers.isEmpty();
            if (folded) {
                headers.set(headers.size() - 1, headers.get(headers.size() - 1) + " " + line.strip());
            } else if (line.indexOf(':') > 0 && !line.startsWith("#")) {
                headers.add(line);
            } else {
                return new Headers(List.of(), 0);
            }
        }
        return new Headers(headers, lines.size());
    }

    private static Optional<String> parameter(String header, String name) {
        for (String piece : header.split(";")) {
            String[] pair = piece.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase(name)) {
                String value = pair[1].strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
