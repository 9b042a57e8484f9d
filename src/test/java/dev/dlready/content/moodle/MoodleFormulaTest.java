package dev.dlready.content.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlready.question.Formula;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formulas between Moodle's calculated questions (PHP arithmetic, {wildcards}) and DL Ready (exp4j). */
class MoodleFormulaTest {

    static final Set<String> VARS = Set.of("P", "N", "X");

    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            P * 16 / N                | {P} * 16 / {N}
            P*16/N                    | {P}*16/{N}
            sqrt(P) + min(N, 2)       | sqrt({P}) + min({N}, 2)
            2 * pi * X                | 2 * pi() * {X}
            1.5e9 / P                 | 1.5e9 / {P}
            """)
    void formulas_without_powers_keep_their_shape_both_ways(String dlReady, String moodle) {
        assertThat(MoodleFormula.toMoodle(dlReady, VARS)).isEqualTo(moodle);
        assertThat(MoodleFormula.toDlReady(moodle, VARS)).isEqualTo(dlReady);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            X^2                       | pow({X}, 2)
            (1 - P)^N                 | pow((1 - {P}), {N})
            -X^2                      | -pow({X}, 2)
            2^3^X                     | pow(2, pow(3, {X}))
            N % 4                     | fmod({N}, 4)
            cbrt(X)                   | pow({X}, 1/3)
            log2(N)                   | (log({N}) / log(2))
            """)
    void powers_and_functions_moodle_lacks_are_rewritten_for_moodle(String dlReady, String moodle) {
        assertThat(MoodleFormula.toMoodle(dlReady, VARS)).isEqualTo(moodle);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            X^2 + 1
            (1 - P)^N * X
            -X^2
            2^3^X
            N % 4 * 2 + X
            (N + 1) % 3
            log2(N * 8)
            cbrt(X) * 2
            min(P, max(N, X))
            """)
    void a_formula_sent_to_moodle_and_back_computes_the_same_values(String formula) {
        String back = MoodleFormula.toDlReady(MoodleFormula.toMoodle(formula, VARS), VARS);

        var values = Map.of("P", 0.3, "N", 7.0, "X", 2.5);
        assertThat(Formula.compile(back, VARS).evaluate(values))
                .isCloseTo(Formula.compile(formula, VARS).evaluate(values), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void moodle_only_functions_are_translated_for_exp4j() {
        assertThat(MoodleFormula.toDlReady("fmod({N}, 3) + log({X}, 10) + max({P}, {N}, {X})", VARS))
                .isEqualTo("(N % 3) + (log(X) / log(10)) + max(P, max(N, X))");
        assertThat(MoodleFormula.toDlReady("{X}**2", VARS)).isEqualTo("X ^ 2");
        assertThat(MoodleFormula.toDlReady("deg2rad({X})", VARS)).isEqualTo("(X * pi / 180)");
    }

    @Test
    void a_function_or_variable_without_equivalent_is_refused_with_its_name() {
        assertThatThrownBy(() -> MoodleFormula.toDlReady("atan2({X}, {N})", VARS))
                .hasMessageContaining("atan2() has no equivalent");
        assertThatThrownBy(() -> MoodleFormula.toDlReady("{Q} * 2", VARS))
                .hasMessageContaining("\"Q\" is not a variable");
        assertThatThrownBy(() -> MoodleFormula.toDlReady("({X} * 2", VARS)).hasMessageContaining("expected \")\"");
        assertThatThrownBy(() -> MoodleFormula.toMoodle("signum(X)", VARS))
                .hasMessageContaining("signum() has no equivalent");
    }

    @Test
    void nesting_beyond_reason_is_refused_instead_of_overflowing_the_stack() {
        String deep = "(".repeat(5000) + "X" + ")".repeat(5000);

        assertThatThrownBy(() -> MoodleFormula.toMoodle(deep, VARS)).hasMessageContaining("nested too deeply");
    }
}
