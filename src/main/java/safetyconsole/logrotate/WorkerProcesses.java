package safetyconsole.logrotate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the app server forks several worker processes, from the linked code: Puma's {@code workers N} in
 * {@code config/puma.rb}, Unicorn's {@code worker_processes N} in {@code config/unicorn.rb}. Ruby's Logger
 * rotating in each of them fails ("log shifting failed"). A count that is not a literal (e.g.
 * {@code ENV.fetch("WEB_CONCURRENCY") { 2 }}) is reported too: several unless it comes to 1.
 */
public final class WorkerProcesses {

    static final String PUMA = "config/puma.rb";
    static final String UNICORN = "config/unicorn.rb";
    /** Longer lines are not read: a config line is short, a hostile one need not be scanned. */
    private static final int MAX_LINE = 2000;
    private static final Pattern PUMA_WORKERS = Pattern.compile("^workers\\b[ \\t(]*(.*)$");
    private static final Pattern UNICORN_WORKERS = Pattern.compile("^worker_processes\\b[ \\t(]*(.*)$");
    private static final Pattern COUNT = Pattern.compile("^([0-9]{1,6})\\b[ \\t)]*$");

    /** One setting that forks workers: the file, line, setting as written, and the count when it is a literal. */
    public record Finding(String file, int line, String snippet, Optional<Integer> count) {

        /** "config/puma.rb line 12: workers 4". */
        public String words() {
            return file + " line " + line + ": " + snippet;
        }
    }

    private WorkerProcesses() {
    }

    /** The settings that fork more than one worker (or may); the problems reading the files into {@code problems}. */
    public static List<Finding> scan(RailsSource source, List<String> problems) {
        List<Finding> findings = new ArrayList<>();
        scanFile(source, PUMA, PUMA_WORKERS, findings, problems);
        scanFile(source, UNICORN, UNICORN_WORKERS, findings, problems);
        return findings;
    }

    private static void scanFile(RailsSource source, String path, Pattern setting, List<Finding> findings,
                                 List<String> problems) {
        Optional<String> text;
        try {
            text = source.read(path);
        } catch (IOException e) {
            problems.add("Could not read " + path + " from " + source.describe() + ": " + e.getMessage() + ".");
            return;
        }
        if (text.isEmpty()) {
            return;
        }
        List<String> lines = text.get().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = withoutComment(lines.get(i)).strip();
            if (line.length() > MAX_LINE) {
                continue;
            }
            Matcher matcher = setting.matcher(line);
            if (!matcher.matches()) {
                continue;
            }
            Matcher literal = COUNT.matcher(matcher.group(1).strip());
            Optional<Integer> count = literal.matches() ? Optional.of(Integer.parseInt(literal.group(1)))
                    : Optional.empty();
            if (count.isEmpty() || count.get() > 1) {
                findings.add(new Finding(path, i + 1, line, count));
            }
        }
    }

    /** The line before a {@code #} that starts a comment (not one inside a string: good enough for a setting). */
    private static String withoutComment(String line) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
