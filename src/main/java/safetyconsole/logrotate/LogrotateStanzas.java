package safetyconsole.logrotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The stanzas of a logrotate configuration: the path patterns before each {@code {}, with the line they are on.
 * Scripts ({@code postrotate … endscript}) are skipped whole, so a brace inside one is not a stanza's end.
 */
public final class LogrotateStanzas {

    /** One stanza: its patterns, the line its patterns start on (1-based) and that line as written. */
    public record Stanza(List<String> patterns, int line, String text) {
    }

    private static final Set<String> SCRIPTS = Set.of("postrotate", "prerotate", "firstaction", "lastaction",
            "preremove");

    private LogrotateStanzas() {
    }

    static List<Stanza> parse(String config) {
        List<String> lines = config.lines().toList();
        List<Stanza> stanzas = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        int pendingLine = 0;
        boolean inside = false;
        boolean inScript = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (inScript) {
                inScript = !line.equals("endscript");
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (inside) {
                inside = !line.startsWith("}");
                inScript = SCRIPTS.contains(line.split("\\s+", 2)[0]);
                continue;
            }
            int brace = line.indexOf('{');
            String before = brace < 0 ? line : line.substring(0, brace);
            List<String> words = words(before);
            boolean paths = !words.isEmpty() && words.stream().allMatch(word -> word.startsWith("/"));
            if (paths) {
                if (pending.isEmpty()) {
                    pendingLine = i + 1;
                }
                pending.addAll(words);
            } else if (!words.isEmpty()) {
                pending.clear();
            }
            if (brace >= 0) {
                if (!pending.isEmpty()) {
                    stanzas.add(new Stanza(List.copyOf(pending), pendingLine, lines.get(pendingLine - 1).strip()));
                }
                pending.clear();
                inside = !line.substring(brace + 1).strip().startsWith("}");
            }
        }
        return stanzas;
    }

    /** Whitespace-separated words, a quoted one taken whole without its quotes. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                int end = text.indexOf(c, i + 1);
                end = end < 0 ? text.length() : end;
                words.add(text.substring(i + 1, end));
                i = end + 1;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                words.add(text.substring(i, end));
                i = end;
            }
        }
        return words;
    }
}
