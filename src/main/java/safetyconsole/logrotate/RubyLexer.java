package safetyconsole.logrotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Just enough of Ruby's lexical grammar to find logger calls reliably: comments (including =begin/=end),
 * strings (quotes, %-literals, heredocs, interpolation), symbols, labels, regexps and line continuations are
 * recognised so that nothing inside them is mistaken for code. Not a parser: it yields tokens with lines
 * and source offsets.
 */
final class RubyLexer {

    enum Type { WORD, LABEL, NUMBER, STRING, SYMBOL, GVAR, IVAR, PUNCT, NEWLINE }

    record Token(Type type, String text, int line, int start, int end) {

        boolean is(String value) {
            return text.equals(value) && (type == Type.WORD || type == Type.PUNCT);
        }
    }

    /** The tokens, and where lexing had to stop (an unterminated string, say), if it did. */
    record Result(List<Token> tokens, String problem) {
    }

    private static final Set<String> OPERAND_WORDS_THAT_ARE_NOT = Set.of("if", "unless", "while", "until", "and",
            "or", "not", "return", "when", "in", "then", "do", "else", "elsif", "case", "puts", "p");

    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private final List<String> pendingHeredocs = new ArrayList<>();
    private final List<Boolean> pendingSquiggly = new ArrayList<>();
    private int pos;
    private int line = 1;

    private RubyLexer(String src) {
        this.src = src;
    }

    static Result lex(String source) {
        RubyLexer lexer = new RubyLexer(source);
        String problem = lexer.run();
        return new Result(List.copyOf(lexer.tokens), problem);
    }

    private String run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            int startLine = line;
            if (atLineStart() && src.startsWith("=begin", pos)) {
                if (!skipEmbeddedDocument()) {
                    return "line " + startLine + ": =begin without =end";
                }
                continue;
            }
            if (atLineStart() && src.startsWith("__END__", pos)) {
                return null;
            }
            if (c == '\n') {
                add(Type.NEWLINE, "\n", pos, pos + 1);
                pos++;
                line++;
                if (!pendingHeredocs.isEmpty() && !skipHeredocBodies()) {
                    return "line " + line + ": a heredoc that never ends";
                }
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos += 2;
                line++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (Character.isDigit(c)) {
                number();
            } else if (Character.isLetter(c) || c == '_') {
                word();
            } else if (c == '@') {
                int start = pos++;
                while (pos < src.length() && (src.charAt(pos) == '@' || isWordChar(src.charAt(pos)))) {
                    pos++;
                }
                add(Type.IVAR, src.substring(start, pos), start, pos);
            } else if (c == '$') {
                int start = pos++;
                while (pos < src.length() && isWordChar(src.charAt(pos))) {
                    pos++;
                }
                add(Type.GVAR, src.substring(start, pos), start, pos);
            } else if (c == '"' || c == '\'' || c == '`') {
                if (!quoted(c, c, false)) {
                    return "line " + startLine + ": a string that never ends";
                }
            } else if (c == ':') {
                if (!colon()) {
                    return "line " + startLine + ": a symbol that never ends";
                }
            } else if (c == '%' && !afterOperand() && pos + 1 < src.length() && percentLiteralStart()) {
                if (!percentLiteral()) {
                    return "line " + startLine + ": a %-literal that never ends";
                }
            } else if (c == '<' && src.startsWith("<<", pos) && heredocStart()) {
                heredoc();
            } else if (c == '/' && !afterOperand()) {
                if (!quoted('/', '/', false)) {
                    return "line " + startLine + ": a regular expression that never ends";
                }
            } else {
                punct();
            }
        }
        return null;
    }

    private boolean atLineStart() {
        return pos == 0 || src.charAt(pos - 1) == '\n';
    }

    private boolean skipEmbeddedDocument() {
        int end = src.indexOf("\n=end", pos);
        if (end < 0) {
            return false;
        }
        for (int i = pos; i < end + 1; i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
        int after = src.indexOf('\n', end + 1);
        pos = after < 0 ? src.length() : after;
        return true;
    }

    private void number() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (pos + 1 < src.length() && src.charAt(pos) == '.' && Character.isDigit(src.charAt(pos + 1))) {
            pos++;
            while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
        }
        add(Type.NUMBER, src.substring(start, pos), start, pos);
    }

    private void word() {
        int start = pos;
        while (pos < src.length() && isWordChar(src.charAt(pos))) {
            pos++;
        }
        if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '!')
                && !(pos + 1 < src.length() && src.charAt(pos + 1) == '=')) {
            pos++;
        }
        boolean label = pos < src.length() && src.charAt(pos) == ':'
                && !(pos + 1 < src.length() && src.charAt(pos + 1) == ':');
        if (label) {
            add(Type.LABEL, src.substring(start, pos), start, pos + 1);
            pos++;
        } else {
            add(Type.WORD, src.substring(start, pos), start, pos);
        }
    }

    /** A symbol, {@code ::} or {@code :}; false for a quoted symbol whose quote never closes. */
    private boolean colon() {
        int start = pos;
        if (src.startsWith("::", pos)) {
            pos += 2;
            add(Type.PUNCT, "::", start, pos);
        } else if (pos + 1 < src.length() && (Character.isLetter(src.charAt(pos + 1)) || src.charAt(pos + 1) == '_')) {
            pos++;
            while (pos < src.length() && isWordChar(src.charAt(pos))) {
                pos++;
            }
            add(Type.SYMBOL, src.substring(start + 1, pos), start, pos);
        } else if (pos + 1 < src.length() && src.charAt(pos + 1) == '"') {
            pos++;
            if (!quoted('"', '"', false)) {
                return false;
            }
            Token string = tokens.remove(tokens.size() - 1);
            add(Type.SYMBOL, string.text(), start, pos);
        } else {
            pos++;
            add(Type.PUNCT, ":", start, pos);
        }
        return true;
    }

    /** A string from the opening delimiter at pos; {@code nests} for bracket pairs. Interpolation is skipped. */
    private boolean quoted(char open, char close, boolean nests) {
        int start = pos;
        int startLine = line;
        pos++;
        int depth = 1;
        StringBuilder text = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\' && pos + 1 < src.length()) {
                text.append(src.charAt(pos + 1));
                if (src.charAt(pos + 1) == '\n') {
                    line++;
                }
                pos += 2;
                continue;
            }
            if (c == '\n') {
                line++;
            }
            if (c == '#' && open != '\'' && pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
                int braces = 0;
                do {
                    char d = src.charAt(pos);
                    braces += d == '{' ? 1 : d == '}' ? -1 : 0;
                    if (d == '\n') {
                        line++;
                    }
                    text.append(d);
                    pos++;
                } while (pos < src.length() && braces > 0);
                continue;
            }
            if (nests && c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                pos++;
                tokens.add(new Token(Type.STRING, text.toString(), startLine, start, pos));
                return true;
            }
            text.append(c);
            pos++;
        }
        return false;
    }

    private boolean percentLiteralStart() {
        char next = src.charAt(pos + 1);
        if ("qQwWiIrsx".indexOf(next) >= 0) {
            return pos + 2 < src.length() && !Character.isLetterOrDigit(src.charAt(pos + 2))
                    && !Character.isWhitespace(src.charAt(pos + 2));
        }
        return "([{<|!/".indexOf(next) >= 0;
    }

    private boolean percentLiteral() {
        pos++;
        if (Character.isLetter(src.charAt(pos))) {
            pos++;
        }
        char open = src.charAt(pos);
        char close = open == '(' ? ')' : open == '[' ? ']' : open == '{' ? '}' : open == '<' ? '>' : open;
        return quoted(open, close, open != close);
    }

    private boolean heredocStart() {
        int i = pos + 2;
        if (i < src.length() && (src.charAt(i) == '~' || src.charAt(i) == '-')) {
            i++;
        }
        if (i < src.length() && (src.charAt(i) == '\'' || src.charAt(i) == '"')) {
            i++;
        }
        return i < src.length() && (Character.isUpperCase(src.charAt(i)) || src.charAt(i) == '_') && !afterOperand();
    }

    private void heredoc() {
        int start = pos;
        pos += 2;
        boolean squiggly = pos < src.length() && (src.charAt(pos) == '~' || src.charAt(pos) == '-');
        if (squiggly) {
            pos++;
        }
        char quote = src.charAt(pos) == '\'' || src.charAt(pos) == '"' ? src.charAt(pos++) : 0;
        int nameStart = pos;
        while (pos < src.length() && isWordChar(src.charAt(pos))) {
            pos++;
        }
        pendingHeredocs.add(src.substring(nameStart, pos));
        pendingSquiggly.add(squiggly);
        if (quote != 0 && pos < src.length() && src.charAt(pos) == quote) {
            pos++;
        }
        add(Type.STRING, "", start, pos);
    }

    /** After the line that opened them, heredoc bodies run to their terminators; none of it is code. */
    private boolean skipHeredocBodies() {
        for (int h = 0; h < pendingHeredocs.size(); h++) {
            String terminator = pendingHeredocs.get(h);
            boolean indented = pendingSquiggly.get(h);
            while (true) {
                if (pos >= src.length()) {
                    return false;
                }
                int end = src.indexOf('\n', pos);
                String bodyLine = src.substring(pos, end < 0 ? src.length() : end);
                pos = end < 0 ? src.length() : end + 1;
                line++;
                if ((indented ? bodyLine.strip() : bodyLine).equals(terminator)) {
                    break;
                }
            }
        }
        pendingHeredocs.clear();
        pendingSquiggly.clear();
        return true;
    }

    private void punct() {
        int start = pos;
        for (String op : new String[] {"**=", "...", "<=>", "===", "::", "=>", "==", "!=", ">=", "<=", "&&", "||",
            "&.", "..", "<<", ">>", "+=", "-=", "*=", "/=", "||=", "&&=", "->"}) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                add(Type.PUNCT, op, start, pos);
                return;
            }
        }
        pos++;
        add(Type.PUNCT, src.substring(start, pos), start, pos);
    }

    /** Whether the previous token ends an operand, which decides between '/' as division and as a regexp. */
    private boolean afterOperand() {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return switch (last.type()) {
            case NUMBER, STRING, SYMBOL, GVAR, IVAR -> true;
            case WORD -> !OPERAND_WORDS_THAT_ARE_NOT.contains(last.text());
            case PUNCT -> last.text().equals(")") || last.text().equals("]") || last.text().equals("}");
            case LABEL, NEWLINE -> false;
        };
    }

    private void add(Type type, String text, int start, int end) {
        tokens.add(new Token(type, text, line, start, end));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
