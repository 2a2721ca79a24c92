package safetyconsole.logrotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import safetyconsole.logrotate.RubyLexer.Token;
import safetyconsole.logrotate.RubyLexer.Type;

/**
 * The arguments of a Ruby method call: in parentheses (over any number of lines) or without them (to the end of
 * the line, continued after a trailing comma). Positional arguments and keyword arguments (label or hash rocket)
 * as token lists; source offsets for rebuilding the call.
 */
record Arguments(List<List<Token>> positional, Map<String, List<Token>> keywords, boolean parenthesised,
                 int firstArgumentEnd, int end) {

    static final int MAX_TOKENS = 500;

    List<Token> keyword(String name) {
        return keywords.get(name);
    }

    /** Each keyword argument as written, {@code name: value}. */
    Map<String, String> keywordSource(String source) {
        Map<String, String> out = new LinkedHashMap<>();
        keywords.forEach((name, value) -> out.put(name, name + ": "
                + source.substring(value.get(0).start(), value.get(value.size() - 1).end())));
        return out;
    }

    /**
     * The arguments from {@code at}; empty when the parentheses never close or the call runs past
     * {@link #MAX_TOKENS}: a real logger call is a few dozen tokens, and walking on would make a hostile file of
     * many open calls quadratic.
     */
    static Optional<Arguments> parse(List<Token> tokens, int at) {
        boolean parens = at < tokens.size() && tokens.get(at).is("(");
        int i = parens ? at + 1 : at;
        List<List<Token>> arguments = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        int end = at < tokens.size() ? tokens.get(Math.max(at - 1, 0)).end() : 0;
        boolean closed = !parens;
        for (; i < tokens.size(); i++) {
            if (i - at > MAX_TOKENS) {
                return Optional.empty();
            }
            Token token = tokens.get(i);
            if (depth == 0 && parens && token.is(")")) {
                end = token.end();
                closed = true;
                break;
            }
            if (depth == 0 && !parens && endsBareArguments(token, current, arguments)) {
                break;
            }
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                depth--;
            }
            if (depth == 0 && token.is(",")) {
                arguments.add(current);
                current = new ArrayList<>();
                continue;
            }
            if (token.type() != Type.NEWLINE) {
                current.add(token);
                end = token.end();
            }
        }
        if (!closed) {
            return Optional.empty();
        }
        if (!current.isEmpty()) {
            arguments.add(current);
        }
        List<List<Token>> positional = new ArrayList<>();
        Map<String, List<Token>> keywords = new LinkedHashMap<>();
        for (List<Token> argument : arguments) {
            if (argument.size() >= 2 && argument.get(0).type() == Type.LABEL) {
                keywords.put(argument.get(0).text(), argument.subList(1, argument.size()));
            } else if (argument.size() >= 3 && argument.get(0).type() == Type.SYMBOL && argument.get(1).is("=>")) {
                keywords.put(argument.get(0).text(), argument.subList(2, argument.size()));
            } else if (keywords.isEmpty()) {
                positional.add(argument);
            }
        }
        int firstEnd = positional.isEmpty() ? end : positional.get(0).get(positional.get(0).size() - 1).end();
        return Optional.of(new Arguments(positional, keywords, parens, firstEnd, end));
    }

    /** Without parentheses the call ends at the line's end (unless a comma continues it) or a modifier. */
    private static boolean endsBareArguments(Token token, List<Token> current, List<List<Token>> done) {
        if (token.type() == Type.NEWLINE) {
            return !current.isEmpty() || done.isEmpty();
        }
        return token.is(";") || token.is("if") || token.is("unless") || token.is("end") || token.is(")")
                || token.is("do") || token.is("}");
    }
}
