package dev.dlready.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    static final Map<String, Double> VALUES = Map.of("P", 7.0, "N", 4.0);

    @Test
    void a_variable_placeholder_shows_the_variable_s_value() {
        assertThat(Placeholders.fill("A model with {{P}} billion parameters", VALUES))
                .isEqualTo("A model with 7 billion parameters");
        assertThat(Placeholders.fill("{{ P }} on {{N}} GPUs", VALUES)).isEqualTo("7 on 4 GPUs");
    }

    @Test
    void a_formula_placeholder_shows_the_computed_value() {
        assertThat(Placeholders.fill("each GPU holds {{= P*16/N }} GB", VALUES)).isEqualTo("each GPU holds 28 GB");
        assertThat(Placeholders.fill("{{=P*16}}", VALUES)).isEqualTo("112");
        assertThat(Placeholders.fill("{{= P*16/N }} GB", Map.of("P", 13.0, "N", 6.0))).isEqualTo("34.67 GB");
    }

    @Test
    void a_formula_placeholder_may_span_lines() {
        assertThat(Placeholders.fill("{{= P *\n 16 }}", VALUES)).isEqualTo("112");
    }

    @Test
    void latex_braces_are_left_alone() {
        String latex = "$\\frac{a}{b}$ and $2^{10}$ and $x_{i}$";
        assertThat(Placeholders.fill(latex, VALUES)).isEqualTo(latex);
        assertThat(Placeholders.hasPlaceholders(latex)).isFalse();
        assertThat(Placeholders.fill("$\\frac{ {{P}} }{ {{N}} } = {{= P/N }}$", VALUES)).isEqualTo("$\\frac{ 7 }{ 4 } = 1.75$");
        assertThat(Placeholders.fill("$\\sqrt{({{P}}^2)/{{N}}}$", VALUES)).isEqualTo("$\\sqrt{(7^2)/4}$");
    }

    @Test
    void text_without_placeholders_is_returned_unchanged() {
        String text = "No numbers here: {single} braces, $50 and \\{{escaped?";
        assertThat(Placeholders.fill("plain text", VALUES)).isEqualTo("plain text");
        assertThat(Placeholders.fill("{single}", VALUES)).isEqualTo("{single}");
        assertThat(Placeholders.hasPlaceholders("plain {text}")).isFalse();
        assertThat(Placeholders.hasPlaceholders(text)).isFalse();
    }

    @Test
    void integers_are_displayed_exactly() {
        assertThat(Placeholders.display(16384)).isEqualTo("16384");
        assertThat(Placeholders.display(0)).isEqualTo("0");
        assertThat(Placeholders.display(-3)).isEqualTo("-3");
        assertThat(Placeholders.display(7e9)).isEqualTo("7000000000");
        assertThat(Placeholders.display(123456789012345.0)).isEqualTo("123456789012345");
    }

    @Test
    void other_values_are_displayed_to_four_significant_digits() {
        assertThat(Placeholders.display(0.123456)).isEqualTo("0.1235");
        assertThat(Placeholders.display(2.5)).isEqualTo("2.5");
        assertThat(Placeholders.display(1.75)).isEqualTo("1.75");
        assertThat(Placeholders.display(34.666666)).isEqualTo("34.67");
        assertThat(Placeholders.display(1234.5678)).isEqualTo("1235");
        assertThat(Placeholders.display(-0.0123456)).isEqualTo("-0.01235");
        assertThat(Placeholders.display(0.0001)).isEqualTo("0.0001");
    }

    @Test
    void very_small_or_large_values_are_displayed_in_scientific_notation() {
        assertThat(Placeholders.display(1.5e-7)).isEqualTo("1.5 × 10^-7");
        assertThat(Placeholders.display(1.23456e-5)).isEqualTo("1.235 × 10^-5");
        assertThat(Placeholders.display(2e20)).isEqualTo("2 × 10^20");
        assertThat(Placeholders.display(1.5e15)).isEqualTo("1.5 × 10^15");
        assertThat(Placeholders.display(-4.2e-9)).isEqualTo("-4.2 × 10^-9");
    }

    @Test
    void a_value_that_is_not_a_number_is_displayed_as_a_question_mark() {
        assertThat(Placeholders.display(Double.NaN)).isEqualTo("?");
        assertThat(Placeholders.display(Double.POSITIVE_INFINITY)).isEqualTo("?");
        assertThat(Placeholders.fill("{{= 1/(N-4) }}", VALUES)).isEqualTo("?");
    }

    @Test
    void problems_names_undeclared_variables_and_unreadable_formulas() {
        Set<String> declared = Set.of("P", "N");

        assertThat(Placeholders.problems("{{P}} on {{N}} GPUs: {{= P*16/N }}", declared)).isEmpty();
        assertThat(Placeholders.problems("{{X}} GPUs", declared))
                .singleElement().asString().contains("{{X}}", "names no declared variable");
        assertThat(Placeholders.problems("{{= P*16/GPUS }}", declared))
                .singleElement().asString().contains("GPUS", "declared variables");
        assertThat(Placeholders.problems("{{= P*16/ }}", declared)).hasSize(1);
        assertThat(Placeholders.problems("{{X}}", Set.of())).singleElement().asString().contains("declared: none");
    }

    @Test
    void filling_a_formula_with_an_undeclared_variable_fails_readably() {
        assertThatThrownBy(() -> Placeholders.fill("{{= Q*2 }}", VALUES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Q'");
    }
}
