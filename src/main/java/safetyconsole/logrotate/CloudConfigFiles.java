package safetyconsole.logrotate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code write_files} of a {@code #cloud-config}: each entry's {@code path} and {@code content} (a block
 * scalar, a quoted or a plain one), decoded by its {@code encoding} ({@code b64}, {@code gzip+b64}, …). Only this
 * little of YAML is read; an entry that cannot be is {@link UserDataDecoder.Unreadable} with the reason.
 */
final class CloudConfigFiles {

    private CloudConfigFiles() {
    }

    static boolean isCloudConfig(String text) {
        return text.startsWith("#cloud-config");
    }

    static List<WrittenFile> written(String text, String origin) throws UserDataDecoder.Unreadable {
        List<String> lines = text.lines().toList();
        List<WrittenFile> files = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && !lines.get(i).stripTrailing().equals("write_files:")) {
            i++;
        }
        i++;
        Map<String, String> entry = null;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                i++;
                continue;
            }
            int indent = indent(line);
            String rest = line.substring(indent);
            boolean item = rest.startsWith("- ") || rest.equals("-");
            if (indent == 0 && !item) {
                break;
            }
            if (item) {
                if (entry != null) {
                    files.add(file(entry, origin));
                }
                entry = new LinkedHashMap<>();
                rest = rest.substring(1).stripLeading();
                indent = line.length() - rest.length();
            }
            if (entry == null || rest.isEmpty()) {
                i++;
                continue;
            }
            int colon = rest.indexOf(':');
            if (colon <= 0) {
                throw new UserDataDecoder.Unreadable(origin + ": write_files line " + (i + 1) + " is not key: value");
            }
            String key = rest.substring(0, colon).strip();
            String value = rest.substring(colon + 1).strip();
            i++;
            if (value.startsWith("|") || value.startsWith(">")) {
                int end = i;
                while (end < lines.size() && (lines.get(end).isBlank() || indent(lines.get(end)) > indent)) {
                    end++;
                }
                entry.put(key, block(lines.subList(i, end), value.startsWith(">")));
                i = end;
            } else {
                entry.put(key, scalar(value, origin, i));
            }
        }
        if (entry != null) {
            files.add(file(entry, origin));
        }
        return files;
    }

    private static WrittenFile file(Map<String, String> entry, String origin) throws UserDataDecoder.Unreadable {
        String path = entry.get("path");
        if (path == null || path.isEmpty()) {
            throw new UserDataDecoder.Unreadable(origin + ": a write_files entry has no path");
        }
        String content = entry.getOrDefault("content", "");
        String where = origin + ", write_files " + path;
        String encoding = entry.getOrDefault("encoding", "text").toLowerCase(Locale.ROOT);
        String decoded = switch (encoding) {
            case "text" -> content;
            case "b64", "base64" -> UserDataDecoder.utf8(base64(content, where), where);
            case "gz+b64", "gzip+b64", "gz+base64", "gzip+base64" -> UserDataDecoder.utf8(
                    UserDataDecoder.gunzip(base64(content, where), where), where);
            default -> throw new UserDataDecoder.Unreadable(where + " has encoding \"" + encoding
                    + "\", which is not read");
        };
        return new WrittenFile(path, decoded, where);
    }

    private static byte[] base64(String content, String where) throws UserDataDecoder.Unreadable {
        try {
            return Base64.getDecoder().decode(content.replaceAll("\\s", "").getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new UserDataDecoder.Unreadable(where + " is not base64 (" + e.getMessage() + ")");
        }
    }

    /** A block scalar's lines without their common indentation ({@code >} folds them into one line). */
    private static String block(List<String> lines, boolean folded) {
        int common = lines.stream().filter(line -> !line.isBlank()).mapToInt(CloudConfigFiles::indent).min()
                .orElse(0);
        List<String> content = lines.stream().map(line -> line.isBlank() ? "" : line.substring(common)).toList();
        return String.join(folded ? " " : "\n", content).stripTrailing();
    }

    private static String scalar(String value, String origin, int line) throws UserDataDecoder.Unreadable {
        if (value.startsWith("'")) {
            if (value.length() < 2 || !value.endsWith("'")) {
                throw new UserDataDecoder.Unreadable(origin + ": line " + line + " has an unclosed quote");
            }
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        if (value.startsWith("\"")) {
            if (value.length() < 2 || !value.endsWith("\"")) {
                throw new UserDataDecoder.Unreadable(origin + ": line " + line + " has an unclosed quote");
            }
            return unescape(value.substring(1, value.length() - 1));
        }
        return value;
    }

    private static String unescape(String quoted) {
        StringBuilder out = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c != '\\' || i + 1 == quoted.length()) {
                out.append(c);
                continue;
            }
            char next = quoted.charAt(++i);
            out.append(switch (next) {
                case 'n' -> '\n';
                case 't' -> '\t';
                default -> next;
            });
        }
        return out.toString();
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
