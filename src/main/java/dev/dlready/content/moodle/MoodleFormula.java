package dev.dlready.content.moodle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts formulas between Moodle's calculated questions and DL Ready's parameterised questions.
 *
 * <p>Moodle writes a variable ("wildcard") as {@code {a}} and evaluates the formula as PHP arithmetic with PHP's math
 * functions ({@code pow(a, b)}, {@code pi()}, {@code fmod(a, b)}, {@code log(x, base)}…); it has no {@code ^}
 * operator. DL Ready evaluates formulas with exp4j: bare variable names, {@code ^} for powers, {@code %} for the
 * floating-point remainder, {@code pi} as a constant. Both are parsed into the same small tree (numbers, variables,
 * unary and binary operators, function calls, parentheses kept as written) and printed in the other dialect, so
 * formulas keep their shape: {@code P * 16 / N} ↔ {@code {P} * 16 / {N}}. A function one side lacks is an error
 * naming it.
 */
final class MoodleFormula {

    /** Functions with the same name and meaning on both sides, with their argument count. */
    private static final Map<String, Integer> SHARED = Map.ofEntries(
            Map.entry("abs", 1), Map.entry("acos", 1), Map.entry("asin", 1), Map.entry("atan", 1),
            Map.entry("ceil", 1), Map.entry("cos", 1), Map.entry("cosh", 1), Map.entry("exp", 1),
            Map.entry("expm1", 1), Map.entry("floor", 1), Map.entry("log", 1), Map.entry("log10", 1),
            Map.entry("log1p", 1), Map.entry("sin", 1), Map.entry("sinh", 1), Map.entry("sqrt", 1),
            Map.entry("tan", 1), Map.entry("tanh", 1), Map.entry("pow", 2), Map.entry("min", 2),
            Map.entry("max", 2), Map.entry("round", 1));

    private MoodleFormula() {}

    private static final java.util.regex.Pattern MOODLE_TOKEN =
            java.util.regex.Pattern.compile("\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}|\\bpi\\s*\\(\\s*\\)");
    private static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_]*+)(?!\\s*\\()");

    /** A Moodle formula (wildcards in braces) in DL Ready's syntax, checked against the wildcard names. */
    static String toDlReady(String moodle, Set<String> variables) {
        Node tree = new Reader(moodle, true).parseAll();
        String printed = print(tree, false, variables, true);
        if (sameShape(tree, false)) {
            // Nothing to restructure: keep the author's spacing and only unwrap the wildcards.
            return MOODLE_TOKEN.matcher(moodle.strip()).replaceAll(m -> m.group(1) != null ? m.group(1) : "pi");
        }
        return printed;
    }

    /** A DL Ready formula in Moodle's syntax. */
    static String toMoodle(String formula, Set<String> variables) {
        Node tree = new Reader(formula, false).parseAll();
        String printed = print(tree, true, variables, true);
        if (sameShape(tree, true)) {
            return NAME.matcher(formula.strip()).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    variables.contains(m.group(1)) ? "{" + m.group(1) + "}"
                            : m.group(1).equals("pi") ? "pi()"
                            : m.group(1).equals("e") ? "exp(1)"
                            : m.group(1)));
        }
        return printed;
    }

    /** True when printing in the other dialect changes nothing but variable names and constants. */
    private static boolean sameShape(Node node, boolean toMoodle) {
        return switch (node) {
            case Num n -> true;
            case Var v -> true;
            case Unary u -> sameShape(u.operand(), toMoodle);
            case Group g -> sameShape(g.inner(), toMoodle);
            case Binary b -> !b.op().equals("^") && !b.op().equals("%") && sameShape(b.left(), toMoodle)
                    && sameShape(b.right(), toMoodle);
            case Call c -> {
                String name = c.name().toLowerCase(Locale.ROOT);
                boolean plain = SHARED.containsKey(name) && SHARED.get(name) == c.args().size() && name.equals(c.name())
                                && (toMoodle || !name.equals("pow"))
                        || !toMoodle && name.equals("pi") && c.args().isEmpty();
                yield plain && c.args().stream().allMatch(a -> sameShape(a, toMoodle));
            }
        };
    }

    private sealed interface Node {}

    private record Num(String text) implements Node {}

    private record Var(String name) implements Node {}

    private record Unary(char op, Node operand) implements Node {}

    private record Binary(String op, Node left, Node right) implements Node {}

    private record Call(String name, List<Node> args) implements Node {}

    private record Group(Node inner) implements Node {}

    private static String print(Node node, boolean moodle, Set<String> variables, boolean top) {
        return switch (node) {
            case Num n -> n.text();
            case Var v -> {
                if (v.name().equals("pi") && !variables.contains("pi")) {
                    yield moodle ? "pi()" : "pi";
                }
                if (v.name().equals("e") && !variables.contains("e") && moodle) {
                    yield "exp(1)";
                }
                if (!variables.contains(v.name())) {
                    throw new IllegalArgumentException("\"" + v.name() + "\" is not a variable of this question"
                            + " (variables: " + (variables.isEmpty() ? "none" : String.join(", ", variables)) + ")");
                }
                yield moodle ? "{" + v.name() + "}" : v.name();
            }
            case Unary u -> {
                String operand = print(u.operand(), moodle, variables, false);
                // "- -x" must not become "--x", which PHP reads as a decrement.
                yield u.op() + (operand.startsWith("-") || operand.startsWith("+") ? " " : "") + operand;
            }
            case Group g -> "(" + print(g.inner(), moodle, variables, true) + ")";
            case Binary b -> {
                String left = print(b.left(), moodle, variables, false);
                String right = print(b.right(), moodle, variables, false);
                if (moodle && b.op().equals("^")) {
                    yield "pow(" + left + ", " + right + ")";
                }
                if (moodle && b.op().equals("%")) {
                    yield "fmod(" + left + ", " + right + ")";
                }
                yield left + " " + b.op() + " " + right;
            }
            case Call c -> call(c, moodle, variables, top);
        };
    }

    private static String call(Call c, boolean moodle, Set<String> variables, boolean top) {
        var args = new ArrayList<String>();
        c.args().forEach(a -> args.add(print(a, moodle, variables, true)));
        String name = c.name().toLowerCase(Locale.ROOT);
        if (moodle) {
            return switch (name) {
                case "cbrt" -> "pow(" + one(c, args) + ", 1/3)";
                case "log2" -> "(log(" + one(c, args) + ") / log(2))";
                default -> shared(c, args);
            };
        }
        return switch (name) {
            case "pow" -> {
                // exp4j has ^, which reads more naturally (and is what DL Ready authors write).
                var pair = two(c, args);
                yield (atomic(c.args().get(0)) ? pair.get(0) : "(" + pair.get(0) + ")") + " ^ "
                        + (atomic(c.args().get(1)) ? pair.get(1) : "(" + pair.get(1) + ")");
            }
            case "pi" -> {
                if (!args.isEmpty()) {
                    throw new IllegalArgumentException("pi() takes no arguments");
                }
                yield "pi";
            }
            case "fmod" -> {
                // a % b, with parentheses only where precedence needs them
                var pair = two(c, args);
                Node a = c.args().get(0);
                Node b = c.args().get(1);
                String left = a instanceof Binary x && (x.op().equals("+") || x.op().equals("-"))
                        ? "(" + pair.get(0) + ")" : pair.get(0);
                String right = b instanceof Binary || b instanceof Unary ? "(" + pair.get(1) + ")" : pair.get(1);
                yield top ? left + " % " + right : "(" + left + " % " + right + ")";
            }
            case "deg2rad" -> "(" + one(c, args) + " * pi / 180)";
            case "rad2deg" -> "(" + one(c, args) + " * 180 / pi)";
            case "log" -> args.size() == 2
                    ? "(log(" + args.get(0) + ") / log(" + args.get(1) + "))"
                    : shared(c, args);
            case "min", "max" -> {
                if (args.size() < 2) {
                    throw new IllegalArgumentException(name + "() needs at least two arguments");
                }
                // exp4j's min and max take exactly two arguments: min(a, b, c) becomes min(a, min(b, c)).
                String nested = args.getLast();
                for (int i = args.size() - 2; i >= 0; i--) {
                    nested = name + "(" + args.get(i) + ", " + nested + ")";
                }
                yield nested;
            }
            default -> shared(c, args);
        };
    }

    /** Printed without parentheses, it stays one operand of ^. */
    private static boolean atomic(Node node) {
        return switch (node) {
            case Num n -> !n.text().startsWith("-");
            case Var v -> true;
            case Group g -> true;
            case Call c -> !c.name().equalsIgnoreCase("pow") && !c.name().equalsIgnoreCase("fmod")
                    && !c.name().equalsIgnoreCase("log2") && !(c.name().equalsIgnoreCase("log") && c.args().size() == 2)
                    && !c.name().equalsIgnoreCase("deg2rad") && !c.name().equalsIgnoreCase("rad2deg");
            default -> false;
        };
    }

    private static String shared(Call c, List<String> args) {
        String name = c.name().toLowerCase(Locale.ROOT);
        Integer arity = SHARED.get(name);
        if (arity == null) {
            throw new IllegalArgumentException("the function " + c.name() + "() has no equivalent");
        }
        if (arity != args.size()) {
            throw new IllegalArgumentException(name + "() takes " + arity + (arity == 1 ? " argument" : " arguments")
                    + ", not " + args.size());
        }
        return name + "(" + String.join(", ", args) + ")";
    }

    private static String one(Call c, List<String> args) {
        if (args.size() != 1) {
            throw new IllegalArgumentException(c.name() + "() takes one argument");
        }
        return args.getFirst();
    }

    private static List<String> two(Call c, List<String> args) {
        if (args.size() != 2) {
            throw new IllegalArgumentException(c.name() + "() takes two arguments");
        }
        return args;
    }

    /**
     * Recursive descent with exp4j's precedence: {@code + -} below {@code * / %} below unary minus below {@code ^}
     * (right-associative), so {@code -2^2} is -4 on both sides. Moodle's {@code **} is read as {@code ^}.
     */
    private static final class Reader {
        private static final int MAX_DEPTH = 100;
        private final String text;
        private final boolean moodle;
        private int pos;
        private int depth;

        Reader(String text, boolean moodle) {
            this.text = text;
            this.moodle = moodle;
        }

        Node parseAll() {
            if (text.isBlank()) {
                throw new IllegalArgumentException("the formula is empty");
            }
            Node node = expression();
            skip();
            if (pos < text.length()) {
                throw error("unexpected \"" + text.charAt(pos) + "\"");
            }
            return node;
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException("cannot read the formula \"" + text.strip() + "\": " + message
                    + " at position " + (pos + 1));
        }

        private void skip() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private boolean at(String s) {
            skip();
            return text.startsWith(s, pos);
        }

        private Node expression() {
            if (++depth > MAX_DEPTH) {
                throw error("nested too deeply");
            }
            Node left = term();
            while (at("+") || at("-")) {
                String op = String.valueOf(text.charAt(pos++));
                left = new Binary(op, left, term());
            }
            depth--;
            return left;
        }

        private Node term() {
            Node left = unary();
            while ((at("*") && !at("**")) || at("/") || at("%")) {
                String op = String.valueOf(text.charAt(pos++));
                left = new Binary(op, left, unary());
            }
            return left;
        }

        private Node unary() {
            if (at("-") || at("+")) {
                char op = text.charAt(pos++);
                if (++depth > MAX_DEPTH) {
                    throw error("nested too deeply");
                }
                Node operand = unary();
                depth--;
                return new Unary(op, operand);
            }
            return power();
        }

        private Node power() {
            Node base = primary();
            if (at("^") || (moodle && at("**"))) {
                pos += text.charAt(pos) == '^' ? 1 : 2;
                return new Binary("^", base, unary());
            }
            return base;
        }

        private Node primary() {
            skip();
            if (pos >= text.length()) {
                throw error("the formula ends too early");
            }
            char c = text.charAt(pos);
            if (c == '(') {
                pos++;
                Node inner = expression();
                expect(')');
                return new Group(inner);
            }
            if (moodle && c == '{') {
                int close = text.indexOf('}', pos);
                if (close < 0) {
                    throw error("a { without }");
                }
                String name = text.substring(pos + 1, close).strip();
                if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw error("{" + name + "} is not a variable name");
                }
                pos = close + 1;
                return new Var(name);
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                    int mark = pos++;
                    if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                        pos++;
                    }
                    if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                            pos++;
                        }
                    } else {
                        pos = mark;
                    }
                }
                String number = text.substring(start, pos);
                try {
                    Double.parseDouble(number);
                } catch (NumberFormatException e) {
                    throw error("\"" + number + "\" is not a number");
                }
                return new Num(number);
            }
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < text.length()
                        && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    pos++;
                }
                String name = text.substring(start, pos);
                if (at("(")) {
                    pos++;
                    var args = new ArrayList<Node>();
                    if (!at(")")) {
                        args.add(expression());
                        while (at(",")) {
                            pos++;
                            args.add(expression());
                        }
                    }
                    expect(')');
                    return new Call(name, args);
                }
                return new Var(name);
            }
            throw error("unexpected \"" + c + "\"");
        }

        private void expect(char c) {
            skip();
            if (pos >= text.length() || text.charAt(pos) != c) {
                throw error("expected \"" + c + "\"");
            }
            pos++;
        }
    }
}
