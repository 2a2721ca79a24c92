package safetyconsole.logrotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import safetyconsole.logrotate.RubyLexer.Token;
import safetyconsole.logrotate.RubyLexer.Type;

/**
 * Finds log rotation configured in a Rails config file: {@code Logger.new} / {@code ActiveSupport::Logger.new}
 * (wherever they appear: wrapped in TaggedLogging, assigned to a variable first, split over lines) with a
 * shift age or size, {@code Logger::LogDevice.new} on a file (which rotates by default: 7 files of 1 MiB),
 * and {@code config.log_file_size}. Loggers to STDOUT, STDERR or syslog never rotate files. Code in comments,
 * strings, {@code if false} / {@code unless true} blocks and such statement modifiers is dead and ignored.
 */
final class RailsRotationScanner {

    /** What one file holds, and why the scan could not read all of it, if it could not. */
    record Scan(List<RailsRotation> rotations, Optional<String> problem) {
    }

    private static final Set<String> BLOCK_OPENERS = Set.of("if", "unless", "while", "until", "case", "def",
            "class", "module", "begin", "for");
    private static final Map<String, String> PERIOD_NOUNS = Map.of("daily", "day", "weekly", "week",
            "monthly", "month");
    private static final Set<String> PERIODS = PERIOD_NOUNS.keySet();
    private static final Set<String> CONSOLE = Set.of("STDOUT", "STDERR", "$stdout", "$stderr");

    private final String file;
    private final String source;
    private final List<Token> tokens;
    private final boolean[] dead;
    /** Whether the bracket opened at each index closes: found in one pass, so an open call costs no walk. */
    private final boolean[] closed;
    /** The first call the scan could not read, if any: the file is then not checked in full. */
    private Optional<String> unread = Optional.empty();

    private RailsRotationScanner(String file, String source, List<Token> tokens) {
        this.file = file;
        this.source = source;
        this.tokens = tokens;
        this.dead = new boolean[tokens.size()];
        this.closed = closedBrackets(tokens);
    }

    private static boolean[] closedBrackets(List<Token> tokens) {
        boolean[] closed = new boolean[tokens.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("(") || token.is("[") || token.is("{")) {
                open.push(i);
            } else if ((token.is(")") || token.is("]") || token.is("}")) && !open.isEmpty()) {
                closed[open.pop()] = true;
            }
        }
        return closed;
    }

    static Scan scan(String file, String source) {
        RubyLexer.Result lexed = RubyLexer.lex(source);
        RailsRotationScanner scanner = new RailsRotationScanner(file, source, lexed.tokens());
        scanner.markDeadCode();
        List<RailsRotation> found = scanner.findRotations();
        return new Scan(found, Optional.ofNullable(lexed.problem()).or(() -> scanner.unread).map(p -> file + ", "
                + p + "; the check could not read past it."));
    }

    // --- dead code ------------------------------------------------------------------------------

    /**
     * One pass with a stack of the open blocks: a block opened by {@code if false} (or {@code unless true}) is dead
     * up to its else, elsif or end, a statement with such a modifier to the end of its line. Each token is looked at
     * a bounded number of times, so no file, however hostile, makes the scan quadratic.
     */
    private void markDeadCode() {
        Deque<Boolean> blocks = new ArrayDeque<>();
        int deadBlocks = 0;
        int lineStart = 0;
        int markedUpTo = 0;
        boolean deadLine = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.type() == Type.NEWLINE) {
                deadLine = false;
            }
            if (token.type() == Type.NEWLINE || token.is(";")) {
                lineStart = i + 1;
            }
            if (!blocks.isEmpty() && blocks.peek() && (token.is("else") || token.is("elsif"))) {
                // The branch after a dead if's else stays live.
                blocks.pop();
                blocks.push(false);
                deadBlocks--;
            } else if (token.is("end")) {
                if (!blocks.isEmpty() && blocks.pop()) {
                    deadBlocks--;
                }
            } else if (deadIf(i) && opensBlock(i)) {
                blocks.push(true);
                deadBlocks++;
            } else if (deadIf(i)) {
                // A modifier: the statement before it on its line, and the rest of the line, never run.
                for (int k = Math.max(lineStart, markedUpTo); k < i; k++) {
                    dead[k] = true;
                }
                markedUpTo = i;
                deadLine = true;
            } else if (token.is("do") || BLOCK_OPENERS.contains(token.text()) && token.type() == Type.WORD
                    && opensBlock(i)) {
                blocks.push(false);
            }
            dead[i] = dead[i] || deadLine || deadBlocks > 0;
        }
    }

    private boolean deadIf(int at) {
        Token token = tokens.get(at);
        return (token.is("if") || token.is("unless"))
                && constantCondition(at + 1, token.is("if") ? Set.of("false", "nil") : Set.of("true"));
    }

    /** The condition is exactly one of {@code literals}, then the line (or a then / ;) ends. */
    private boolean constantCondition(int at, Set<String> literals) {
        if (at >= tokens.size() || tokens.get(at).type() != Type.WORD || !literals.contains(tokens.get(at).text())) {
            return false;
        }
        if (at + 1 >= tokens.size()) {
            return true;
        }
        Token after = tokens.get(at + 1);
        return after.type() == Type.NEWLINE || after.is("then") || after.is(";");
    }

    /** An if/unless that starts a statement (or an expression) opens a block; after an operand it is a modifier. */
    private boolean opensBlock(int at) {
        if (at == 0) {
            return true;
        }
        Token before = tokens.get(at - 1);
        return before.type() == Type.NEWLINE || before.is(";") || before.is("=") || before.is("(") || before.is(",")
                || before.is("then") || before.is("else") || before.is("do") || before.is("return") || before.is("||")
                || before.is("&&");
    }

    // --- rotations ------------------------------------------------------------------------------

    private List<RailsRotation> findRotations() {
        List<RailsRotation> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (dead[i]) {
                continue;
            }
            loggerCall(i).ifPresent(found::add);
            logFileSize(i).ifPresent(found::add);
        }
        return found;
    }

    /** {@code Logger.new}, {@code ::Logger.new}, {@code ActiveSupport::Logger.new}, {@code Logger::LogDevice.new}. */
    private Optional<RailsRotation> loggerCall(int at) {
        if (!tokens.get(at).is("Logger")) {
            return Optional.empty();
        }
        boolean logDevice = matches(at + 1, "::", "LogDevice", ".", "new");
        if (!logDevice && !matches(at + 1, ".", "new")) {
            return Optional.empty();
        }
        int callStart = at;
        if (at >= 1 && tokens.get(at - 1).is("::")) {
            if (at >= 2 && tokens.get(at - 2).type() == Type.WORD) {
                if (!tokens.get(at - 2).is("ActiveSupport")) {
                    return Optional.empty();
                }
                callStart = at - 2;
            } else {
                callStart = at - 1;
            }
        }
        int argsAt = at + (logDevice ? 5 : 3);
        Optional<Arguments> parsed = argsAt < tokens.size() && tokens.get(argsAt).is("(") && !closed[argsAt]
                ? Optional.empty() : Arguments.parse(tokens, argsAt);
        if (parsed.isEmpty()) {
            unread = Optional.of(unread.orElse("line " + tokens.get(at).line() + ": a Logger call that never closes"
                    + " or runs past " + Arguments.MAX_TOKENS + " tokens"));
            return Optional.empty();
        }
        Arguments args = parsed.get();
        if (args.positional().isEmpty() || isConsole(args.positional().get(0))) {
            return Optional.empty();
        }
        List<Token> shiftAge = args.positional().size() > 1 ? args.positional().get(1) : args.keyword("shift_age");
        List<Token> shiftSize = args.positional().size() > 2 ? args.positional().get(2) : args.keyword("shift_size");
        Optional<RailsRotation.Kind> kind = logDevice ? logDeviceRotation(shiftAge) : loggerRotation(shiftAge);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String snippet = source.substring(tokens.get(callStart).start(), args.end());
        String fix = fixedCall(callStart, args, logDevice);
        String detail = describe(kind.get(), logDevice, text(shiftAge), text(shiftSize));
        return Optional.of(new RailsRotation(file, tokens.get(at).line(), kind.get(), snippet, fix, detail));
    }

    /** The same call with only the destination and the keyword arguments that are not about rotation. */
    private String fixedCall(int callStart, Arguments args, boolean logDevice) {
        StringBuilder fix = new StringBuilder(source.substring(tokens.get(callStart).start(), args.firstArgumentEnd()));
        args.keywordSource(source).forEach((name, text) -> {
            if (!name.startsWith("shift_")) {
                fix.append(", ").append(text);
            }
        });
        if (logDevice) {
            fix.append(", shift_age: 0");
        }
        return fix.append(args.parenthesised() ? ")" : "").toString();
    }

    /** Logger.new: rotation only with a shift age other than 0 / nil. */
    private Optional<RailsRotation.Kind> loggerRotation(List<Token> shiftAge) {
        if (shiftAge == null || isNoRotation(shiftAge)) {
            return Optional.empty();
        }
        return Optional.of(kindOf(shiftAge));
    }

    /** Logger::LogDevice.new on a file rotates unless shift_age is 0: its default is 7 files of 1 MiB. */
    private Optional<RailsRotation.Kind> logDeviceRotation(List<Token> shiftAge) {
        if (shiftAge == null) {
            return Optional.of(RailsRotation.Kind.BY_SIZE);
        }
        if (isNoRotation(shiftAge) && !text(shiftAge).equals("nil")) {
            return Optional.empty();
        }
        return Optional.of(text(shiftAge).equals("nil") ? RailsRotation.Kind.BY_SIZE : kindOf(shiftAge));
    }

    private static RailsRotation.Kind kindOf(List<Token> shiftAge) {
        if (shiftAge.size() == 1) {
            Token only = shiftAge.get(0);
            if ((only.type() == Type.STRING || only.type() == Type.SYMBOL) && PERIODS.contains(only.text())) {
                return RailsRotation.Kind.BY_PERIOD;
            }
            if (only.type() == Type.NUMBER) {
                return RailsRotation.Kind.BY_SIZE;
            }
        }
        return RailsRotation.Kind.BY_EXPRESSION;
    }

    private static boolean isNoRotation(List<Token> shiftAge) {
        String value = text(shiftAge);
        return value.equals("0") || value.equals("nil");
    }

    /** {@code config.log_file_size = <size>} (Rails 7.1+); {@code = nil} turns it off. */
    private Optional<RailsRotation> logFileSize(int at) {
        if (!tokens.get(at).is("config") || !matches(at + 1, ".", "log_file_size", "=")) {
            return Optional.empty();
        }
        int valueAt = at + 4;
        int end = valueAt;
        while (end < tokens.size() && tokens.get(end).type() != Type.NEWLINE && !tokens.get(end).is(";")) {
            end++;
        }
        if (end == valueAt || (end == valueAt + 1 && tokens.get(valueAt).is("nil"))) {
            return Optional.empty();
        }
        String value = source.substring(tokens.get(valueAt).start(), tokens.get(end - 1).end());
        String snippet = source.substring(tokens.get(at).start(), tokens.get(end - 1).end());
        return Optional.of(new RailsRotation(file, tokens.get(at).line(), RailsRotation.Kind.LOG_FILE_SIZE, snippet,
                null, "Rails 7.1+ rotates the log itself once it reaches " + value
                + " (renaming it to .log.0, .log.1, \u2026)."));
    }

    private boolean matches(int at, String... texts) {
        for (int k = 0; k < texts.length; k++) {
            int i = at + k;
            if (i >= tokens.size() || dead[i] || !tokens.get(i).is(texts[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isConsole(List<Token> destination) {
        return destination.stream().anyMatch(t -> CONSOLE.contains(t.text()));
    }

    private static String describe(RailsRotation.Kind kind, boolean logDevice, String shiftAge, String shiftSize) {
        return switch (kind) {
            case BY_PERIOD -> "Ruby's Logger renames the file at the end of each "
                    + PERIOD_NOUNS.get(unquoted(shiftAge)) + " (production.log.YYYYMMDD).";
            case BY_SIZE -> logDevice && shiftAge.isEmpty()
                    ? "Logger::LogDevice on a file rotates by default: it keeps 7 files of 1 MiB"
                            + " (production.log.0 \u2026 .6) unless given shift_age: 0."
                    : "Ruby's Logger renames the file when it grows past " + (shiftSize.isEmpty() ? "1 MiB" : shiftSize)
                            + " and keeps " + shiftAge + " old files (production.log.0, .1, \u2026).";
            case BY_EXPRESSION, LOG_FILE_SIZE -> "A shift argument (" + shiftAge + ") is set: unless it evaluates"
                    + " to 0, Ruby's Logger rotates the file itself.";
        };
    }

    private static String unquoted(String text) {
        return text.replace("'", "").replace("\"", "");
    }

    private static String text(List<Token> tokens) {
        if (tokens == null || tokens.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            if (out.length() > 0 && token.type() != Type.PUNCT && !out.toString().endsWith(".")) {
                out.append(' ');
            }
            out.append(token.type() == Type.STRING ? "'" + token.text() + "'" : token.text());
        }
        return out.toString();
    }
}
