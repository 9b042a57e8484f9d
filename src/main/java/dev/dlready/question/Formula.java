package dev.dlready.question;

import java.util.Map;
import java.util.Set;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.function.Function;

/**
 * An arithmetic formula over named variables, evaluated by exp4j: numbers, {@code + - * / ^ %}, parentheses and a
 * fixed set of math functions. No scripting engine, no access to anything but the variables.
 */
public final class Formula {

    private static final Function MIN = new Function("min", 2) {
        @Override
        public double apply(double... args) {
            return Math.min(args[0], args[1]);
        }
    };
    private static final Function MAX = new Function("max", 2) {
        @Override
        public double apply(double... args) {
            return Math.max(args[0], args[1]);
        }
    };
    private static final Function POW = new Function("pow", 2) {
        @Override
        public double apply(double... args) {
            return Math.pow(args[0], args[1]);
        }
    };
    private static final Function ROUND = new Function("round", 1) {
        @Override
        public double apply(double... args) {
            return Math.rint(args[0]);
        }
    };

    private final String source;
    private final Set<String> variables;

    private Formula(String source, Set<String> variables) {
        this.source = source;
        this.variables = Set.copyOf(variables);
    }

    /**
     * Checks the formula's syntax and that it names only the given variables.
     *
     * @throws IllegalArgumentException with a readable reason when it does not
     */
    public static Formula compile(String source, Set<String> variables) {
        var formula = new Formula(source, variables);
        var result = formula.build().validate(false);
        if (!result.isValid()) {
            throw new IllegalArgumentException("cannot read the formula \"" + source + "\": "
                    + String.join("; ", result.getErrors()));
        }
        formula.evaluateChecked(variables.stream().collect(java.util.stream.Collectors.toMap(v -> v, v -> 1.0)));
        return formula;
    }

    private void evaluateChecked(Map<String, Double> values) {
        try {
            evaluate(values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read the formula \"" + source + "\": " + e.getMessage(), e);
        }
    }

    private Expression build() {
        try {
            return new ExpressionBuilder(source.strip())
                    .functions(MIN, MAX, POW, ROUND)
                    .variables(variables)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(explain(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read the formula: " + e.getMessage(), e);
        }
    }

    private String explain(String message) {
        if (message != null && message.startsWith("Unknown function or variable")) {
            return message.replace("Unknown function or variable", "unknown variable or function")
                    + " (declared variables: " + (variables.isEmpty() ? "none" : String.join(", ", variables)) + ")";
        }
        return message == null ? "cannot read the formula" : message;
    }

    public double evaluate(Map<String, Double> values) {
        var expression = build();
        for (String name : variables) {
            Double value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for variable " + name);
            }
            expression.setVariable(name, value);
        }
        try {
            return expression.evaluate();
        } catch (ArithmeticException e) {
            return Double.NaN;
        } catch (IllegalArgumentException | java.util.EmptyStackException e) {
            throw new IllegalArgumentException(
                    "check the operators and the number of arguments of each function", e);
        }
    }

    public String source() {
        return source;
    }
}
