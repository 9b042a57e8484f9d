package dev.dlready.question;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{NAME}}} and {@code {{= formula }}} in question text with a variant's numbers. Other braces (LaTeX
 * groups) are left alone.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(=)?\\s*(.*?)\\s*}}", Pattern.DOTALL);

    private Placeholders() {}

    public static String fill(String text, Map<String, Double> values) {
        if (!text.contains("{{")) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String body = m.group(2);
            double value = m.group(1) != null
                    ? Formula.compile(body, values.keySet()).evaluate(values)
                    : values.getOrDefault(body, Double.NaN);
            m.appendReplacement(out, Matcher.quoteReplacement(display(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every problem with the placeholders of {@code text} given the declared variables; empty when all is well. */
    public static List<String> problems(String text, Set<String> variables) {
        var problems = new ArrayList<String>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String body = m.group(2);
            if (m.group(1) != null) {
                try {
                    Formula.compile(body, variables);
                } catch (IllegalArgumentException e) {
                    problems.add("{{= " + body + " }}: " + e.getMessage());
                }
            } else if (!variables.contains(body)) {
                problems.add("{{" + body + "}} names no declared variable (declared: "
                        + (variables.isEmpty() ? "none" : String.join(", ", variables)) + ")");
            }
        }
        return problems;
    }

    public static boolean hasPlaceholders(String text) {
        return PLACEHOLDER.matcher(text).find();
    }

    /**
     * A number as people read it: integers exactly (up to 10^15), other values to four significant digits, very
     * large or small ones in scientific notation.
     */
    public static String display(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "?";
        }
        double abs = Math.abs(value);
        if (value == Math.rint(value) && abs < 1e15) {
            return Long.toString((long) value);
        }
        if (abs != 0 && (abs < 1e-4 || abs >= 1e15)) {
            var bd = new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_EVEN));
            String s = String.format(java.util.Locale.ROOT, "%.3e", bd.doubleValue());
            String[] parts = s.split("e");
            String mantissa = parts[0].replaceAll("\\.?0+$", "");
            return mantissa + " × 10^" + Integer.parseInt(parts[1]);
        }
        var bd = new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return bd.toPlainString();
    }
}
