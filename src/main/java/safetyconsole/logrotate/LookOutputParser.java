package safetyconsole.logrotate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import safetyconsole.cloud.CommandInvocation;
import safetyconsole.logrotate.InstanceLogrotateLook.LogFile;
import safetyconsole.logrotate.InstanceLogrotateLook.LogrotateFile;
import safetyconsole.logrotate.InstanceLogrotateLook.Section;

/**
 * Reads what {@link LookScript} printed on an instance. The instance may be compromised, so nothing is trusted:
 * every line must have the shape the script gives it, in the order it writes it; what does not is one sentence in
 * {@code unparsed} (with the text escaped and shortened) and the rest is still read. Output the service cut at
 * {@link CommandInvocation#MAX_OUTPUT} characters leaves the part it stopped in, and everything after, incomplete.
 */
public final class LookOutputParser {

    private static final Pattern FILE = Pattern.compile("@@file (yes|no) (/etc/logrotate\\.d/[^/]+)");
    private static final Pattern LOG_LINE = Pattern.compile("\\|(\\d{1,15}) (\\d{1,12}) (.+)");
    /** Instant's own range ends in year 1000000000; a file time past 9999 is nonsense anyway. */
    private static final long LAST_SECOND = 253_402_300_799L;
    private static final int SHOWN = 80;

    private final String logDirectory;
    private final List<LogrotateFile> files = new ArrayList<>();
    private final List<String> dryRun = new ArrayList<>();
    private final List<LogFile> logFiles = new ArrayList<>();
    private final List<String> unparsed = new ArrayList<>();
    private final Set<Section> seen = EnumSet.noneOf(Section.class);
    private boolean logrotateFound = true;
    private boolean recognised;
    private Section open;
    private String openFile;
    private boolean openFileNames;
    private final StringBuilder openText = new StringBuilder();

    private LookOutputParser(String logDirectory) {
        this.logDirectory = logDirectory;
    }

    /** The look as the output of {@code invocation} tells it; {@code logDirectory} is what the script was given. */
    public static InstanceLogrotateLook parse(CommandInvocation invocation, String logDirectory) {
        return new LookOutputParser(logDirectory).read(invocation);
    }

    private InstanceLogrotateLook read(CommandInvocation invocation) {
        String output = invocation.standardOutput();
        boolean cutByService = output.length() >= CommandInvocation.MAX_OUTPUT;
        if (output.length() > CommandInvocation.MAX_OUTPUT) {
            unparsed.add("The output is longer than the service returns (" + output.length() + " characters); only"
                    + " the first " + CommandInvocation.MAX_OUTPUT + " were read.");
            output = output.substring(0, CommandInvocation.MAX_OUTPUT);
        }
        if (!invocation.finished()) {
            unparsed.add("The command had not finished (" + invocation.status() + ") when the console stopped"
                    + " waiting for it.");
        } else if (invocation.status() != CommandInvocation.Status.SUCCESS) {
            unparsed.add("The command ended " + invocation.status() + errorStart(invocation.standardError()) + ".");
        }
        boolean lastLinePartial = !output.isEmpty() && !output.endsWith("\n");
        List<String> lines = new ArrayList<>(List.of(output.split("\n", -1)));
        if (!lastLinePartial) {
            lines.remove(lines.size() - 1);
        }
        Optional<Section> cutIn = Optional.empty();
        if (!readLines(lines, lastLinePartial)) {
            Section where = open != null ? open : nextSection();
            cutIn = Optional.of(where);
            if (open == Section.FILES && openFile != null) {
                files.add(new LogrotateFile(openFile, openText.toString(), openFileNames, false));
            }
            if (output.isEmpty()) {
                unparsed.add("The instance printed nothing.");
            } else if (!cutByService && recognised) {
                unparsed.add("The output stops before the script's end, in " + words(where) + ".");
            }
        }
        return new InstanceLogrotateLook(invocation.instanceId(), invocation.commandId(), logDirectory,
                logrotateFound, files, dryRun, logFiles, cutIn, unparsed);
    }

    /** True when the script's last line came; a last line without its newline is read only if it is complete. */
    private boolean readLines(List<String> lines, boolean lastLinePartial) {
        if (lines.isEmpty()) {
            return false;
        }
        if (!lines.get(0).equals("@@look 1")) {
            unparsed.add("The output does not start as the look's script starts: " + shown(lines.get(0)) + ".");
            return false;
        }
        recognised = true;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean partial = lastLinePartial && i == lines.size() - 1;
            if (line.equals("@@done") && open == null && !partial) {
                if (i < lines.size() - 1) {
                    unparsed.add("Text after the script's end was left out: " + shown(lines.get(i + 1)) + ".");
                }
                return true;
            }
            if (!partial || open == Section.FILES) {
                line(i + 1, line);
            }
        }
        return false;
    }

    private void line(int number, String line) {
        if (open == null) {
            header(number, line);
        } else if (line.equals("@@end")) {
            close();
        } else if (line.startsWith("|")) {
            body(number, line);
        } else if (open == Section.LOG_FILES && line.equals("@@more")) {
            unparsed.add("The log directory holds more than 300 files; the first 300 are listed.");
        } else {
            unparsed.add("Line " + number + " is not part of " + words(open) + ": " + shown(line) + ".");
        }
    }

    private void header(int number, String line) {
        Matcher file = FILE.matcher(line);
        if (line.startsWith("@@dir ")) {
            String said = line.substring("@@dir ".length());
            if (!said.equals(logDirectory)) {
                unparsed.add("The instance says it looked at " + shown(said) + ", not " + logDirectory + ".");
            }
        } else if (file.matches()) {
            boolean late = seen.contains(Section.DRY_RUN) || seen.contains(Section.LOG_FILES);
            if (late) {
                unparsed.add("Line " + number + " names a logrotate file after the files' part; it was left out.");
            }
            open(Section.FILES);
            openFile = late ? null : file.group(2);
            openFileNames = file.group(1).equals("yes");
            openText.setLength(0);
        } else if (line.equals("@@dryrun") || line.equals("@@nologrotate")) {
            if (once(Section.DRY_RUN, number)) {
                logrotateFound = line.equals("@@dryrun");
                seen.add(Section.DRY_RUN);
                open = logrotateFound ? Section.DRY_RUN : null;
            }
        } else if (line.equals("@@logs")) {
            if (once(Section.LOG_FILES, number)) {
                open(Section.LOG_FILES);
            }
        } else {
            unparsed.add("Line " + number + " is not something the look's script prints: " + shown(line) + ".");
        }
    }

    private boolean once(Section section, int number) {
        if (seen.contains(section)) {
            unparsed.add("Line " + number + " starts " + words(section) + " a second time; it was left out.");
            return false;
        }
        return true;
    }

    private void open(Section section) {
        seen.add(section);
        open = section;
    }

    private void body(int number, String line) {
        String text = line.substring(1);
        switch (open) {
            case FILES -> openText.append(text).append('\n');
            case DRY_RUN -> dryRun.add(text);
            case LOG_FILES -> logFile(number, line);
        }
    }

    private void logFile(int number, String line) {
        Matcher matcher = LOG_LINE.matcher(line);
        if (!matcher.matches()) {
            unparsed.add("Line " + number + " is not a size, a time and a file: " + shown(line) + ".");
            return;
        }
        long seconds = Long.parseLong(matcher.group(2));
        String path = matcher.group(3);
        String name = path.startsWith(logDirectory + "/") ? path.substring(logDirectory.length() + 1) : "";
        if (name.isEmpty() || name.contains("/") || seconds > LAST_SECOND) {
            unparsed.add("Line " + number + " names a file outside " + logDirectory + " or an impossible time: "
                    + shown(line) + ".");
            return;
        }
        logFiles.add(new LogFile(path, Long.parseLong(matcher.group(1)), Instant.ofEpochSecond(seconds)));
    }

    private void close() {
        if (open == Section.FILES && openFile != null) {
            files.add(new LogrotateFile(openFile, openText.toString(), openFileNames, true));
        }
        open = null;
    }

    /**
     * Where output that stopped between two parts was cut: among the files (another could have followed) when they
     * were the last part begun, else the first part not begun.
     */
    private Section nextSection() {
        List<Section> order = List.of(Section.values());
        Section last = order.stream().filter(seen::contains).reduce((first, second) -> second)
                .orElse(Section.FILES);
        int next = last == Section.FILES ? order.indexOf(last) : order.indexOf(last) + 1;
        return order.get(Math.min(next, order.size() - 1));
    }

    private static String words(Section section) {
        return switch (section) {
            case FILES -> "the files under /etc/logrotate.d";
            case DRY_RUN -> "logrotate -d's findings";
            case LOG_FILES -> "the list of files in the log directory";
        };
    }

    private static String errorStart(String standardError) {
        return standardError.isBlank() ? "" : "; its error output begins: " + shown(standardError.strip());
    }

    /** Escaped, and shortened to a length a sentence can hold. */
    private static String shown(String text) {
        String escaped = ShownText.escaped(text);
        return "\"" + (escaped.length() > SHOWN ? escaped.substring(0, SHOWN) + "…" : escaped) + "\"";
    }
}
