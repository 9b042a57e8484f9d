package dev.dlready.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormulaTest {

    static double eval(String source) {
        return Formula.compile(source, Set.of()).evaluate(Map.of());
    }

    static double eval(String source, Map<String, Double> values) {
        return Formula.compile(source, values.keySet()).evaluate(values);
    }

    @Test
    void a_formula_is_evaluated_over_its_variables() {
        assertThat(eval("P * 16 / N", Map.of("P", 7.0, "N", 4.0))).isEqualTo(28.0);
        assertThat(eval("(P + 1) * 2", Map.of("P", 3.0))).isEqualTo(8.0);
        assertThat(Formula.compile("P * 16 / N", Set.of("P", "N")).source()).isEqualTo("P * 16 / N");
    }

    @Test
    void operators_follow_the_usual_precedence() {
        assertThat(eval("2 + 3 * 4")).isEqualTo(14.0);
        assertThat(eval("2 ^ 10")).isEqualTo(1024.0);
        assertThat(eval("7 % 3")).isEqualTo(1.0);
        assertThat(eval("(2 + 3) * 4")).isEqualTo(20.0);
    }

    @Test
    void scientific_literals_are_numbers() {
        assertThat(eval("1e9")).isEqualTo(1e9);
        assertThat(eval("7 * 1e9 * 16 / 1e9")).isEqualTo(112.0);
        assertThat(eval("2.5e-3 * 4")).isCloseTo(0.01, within(1e-15));
        assertThat(eval("P * 1e9", Map.of("P", 3.0))).isEqualTo(3e9);
    }

    @Test
    void the_two_argument_functions_min_max_and_pow_work_and_nest() {
        assertThat(eval("min(3, 5)")).isEqualTo(3.0);
        assertThat(eval("max(3, 5)")).isEqualTo(5.0);
        assertThat(eval("pow(2, 10)")).isEqualTo(1024.0);
        assertThat(eval("min(A, min(B, C))", Map.of("A", 4.0, "B", 2.0, "C", 3.0))).isEqualTo(2.0);
        assertThat(eval("max(1, pow(2, N))", Map.of("N", 3.0))).isEqualTo(8.0);
    }

    @Test
    void round_goes_to_the_nearest_integer_with_halves_to_even() {
        assertThat(eval("round(2.4)")).isEqualTo(2.0);
        assertThat(eval("round(2.6)")).isEqualTo(3.0);
        assertThat(eval("round(2.5)")).isEqualTo(2.0);
        assertThat(eval("round(3.5)")).isEqualTo(4.0);
        assertThat(eval("round(-1.5)")).isEqualTo(-2.0);
    }

    @Test
    void the_one_argument_functions_of_the_readme_work() {
        assertThat(eval("log2(1024)")).isEqualTo(10.0);
        assertThat(eval("sqrt(16)")).isEqualTo(4.0);
        assertThat(eval("cbrt(27)")).isEqualTo(3.0);
        assertThat(eval("abs(-2.5)")).isEqualTo(2.5);
        assertThat(eval("exp(0)")).isEqualTo(1.0);
        assertThat(eval("log(exp(2))")).isCloseTo(2.0, within(1e-12));
        assertThat(eval("log10(1000)")).isCloseTo(3.0, within(1e-12));
        assertThat(eval("floor(2.7)")).isEqualTo(2.0);
        assertThat(eval("ceil(2.1)")).isEqualTo(3.0);
        assertThat(eval("sin(0) + cos(0) + tan(0)")).isEqualTo(1.0);
    }

    @Test
    void a_formula_naming_an_undefined_variable_is_refused_with_a_readable_message() {
        assertThatThrownBy(() -> Formula.compile("P * 16 / M", Set.of("P", "N")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown variable or function 'M'")
                .hasMessageContaining("declared variables: ")
                .hasMessageContaining("P")
                .hasMessageContaining("N");
        assertThatThrownBy(() -> Formula.compile("X + 1", Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'X'")
                .hasMessageContaining("declared variables: none");
    }

    @Test
    void an_unknown_function_is_refused() {
        assertThatThrownBy(() -> Formula.compile("factorial(3)", Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("factorial");
    }

    @Test
    void malformed_formulas_are_refused_with_an_illegal_argument_exception() {
        for (String source : new String[] {"P * * 2", "(P + 1", "min(1)", "", "System.exit(1)", "1 +", "P +* 2"}) {
            assertThatThrownBy(() -> Formula.compile(source, Set.of("P")))
                    .as(source)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("null");
        }
    }

    @Test
    void division_by_zero_yields_a_non_finite_value_instead_of_failing() {
        var formula = Formula.compile("P * 16 / (N - 2)", Set.of("P", "N"));

        assertThat(Double.isFinite(formula.evaluate(Map.of("P", 1.0, "N", 2.0)))).isFalse();
        assertThat(formula.evaluate(Map.of("P", 1.0, "N", 4.0))).isEqualTo(8.0);
        assertThat(Double.isFinite(eval("log(0)"))).isFalse();
        assertThat(Double.isFinite(eval("sqrt(-1)"))).isFalse();
    }

    @Test
    void evaluating_without_a_value_for_a_variable_fails_readably() {
        var formula = Formula.compile("P * N", Set.of("P", "N"));

        assertThatThrownBy(() -> formula.evaluate(Map.of("P", 1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no value for variable N");
    }
}
