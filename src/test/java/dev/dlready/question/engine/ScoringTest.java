package dev.dlready.question.engine;

import static dev.dlready.question.QuestionSamples.WRONG_FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dlready.question.Presentation;
import dev.dlready.question.Question;
import dev.dlready.question.QuestionSamples;
import dev.dlready.question.QuestionToAsk;
import dev.dlready.question.Response;
import dev.dlready.question.Tolerance;
import dev.dlready.question.Variants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoringTest {

    // ---------------------------------------------------------------------------------------------------------------
    // single choice

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 20261125, -7})
    void single_choice_scores_1_for_the_correct_option_at_its_displayed_position(long seed) {
        var question = QuestionSamples.singleChoice();
        var shown = Presentation.present(question, seed);

        var result = Scoring.score(question, seed, choices(shown, "Keep small gradients from underflowing"));

        assertThat(result.credit()).isEqualTo(1.0);
        assertThat(result.correct()).isTrue();
        assertThat(result.feedback()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 20261125, -7})
    void single_choice_scores_0_for_a_wrong_option_and_returns_its_feedback(long seed) {
        var question = QuestionSamples.singleChoice();
        var shown = Presentation.present(question, seed);

        var result = Scoring.score(question, seed, choices(shown, "Save memory"));

        assertThat(result.credit()).isZero();
        assertThat(result.correct()).isFalse();
        assertThat(result.feedback()).containsExactly("FEEDBACK-MEMORY");
    }

    @Test
    void single_choice_with_the_correct_and_a_wrong_option_selected_scores_0() {
        var question = QuestionSamples.singleChoice();
        var shown = Presentation.present(question, 5);

        var result = Scoring.score(
                question, 5, choices(shown, "Keep small gradients from underflowing", "Take larger optimizer steps"));

        assertThat(result.credit()).isZero();
        assertThat(result.feedback()).containsExactly("FEEDBACK-LARGER-STEPS");
    }

    @Test
    void single_choice_with_nothing_selected_or_the_wrong_kind_of_response_scores_0() {
        var question = QuestionSamples.singleChoice();

        assertThat(Scoring.score(question, 5, new Response.Choices(Set.of())).credit()).isZero();
        assertThat(Scoring.score(question, 5, new Response.Choices(Set.of(-1, 99))).credit()).isZero();
        assertThat(Scoring.score(question, 5, new Response.TrueFalse(true)).credit()).isZero();
    }

    @Test
    void the_same_option_text_is_scored_right_whatever_position_the_seed_shows_it_at() {
        var question = QuestionSamples.singleChoice();
        var positions = new HashSet<Integer>();
        for (long seed = 0; seed < 200; seed++) {
            var shown = Presentation.present(question, seed);
            positions.add(shown.choices().indexOf("Keep small gradients from underflowing"));
            assertThat(Scoring.score(question, seed, choices(shown, "Keep small gradients from underflowing")).credit())
                    .isEqualTo(1.0);
        }
        assertThat(positions).as("options are really shuffled").hasSizeGreaterThan(1);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // multiple choice: max(0, c/C - w/W)

    @Test
    void multiple_choice_selecting_exactly_the_correct_options_scores_1() {
        var result = multiple("FP32", "BF16");

        assertThat(result.credit()).isEqualTo(1.0);
        assertThat(result.feedback()).isEmpty();
    }

    @Test
    void multiple_choice_selecting_every_option_scores_0() {
        assertThat(multiple("FP32", "BF16", "FP16", "FP8 E4M3").credit()).isZero();
    }

    @Test
    void multiple_choice_selecting_nothing_scores_0() {
        assertThat(multiple().credit()).isZero();
    }

    @Test
    void multiple_choice_selecting_one_of_two_correct_options_scores_a_half_and_says_some_are_missing() {
        var result = multiple("BF16");

        assertThat(result.credit()).isEqualTo(0.5);
        assertThat(result.correct()).isFalse();
        assertThat(result.feedback()).containsExactly("Some correct options were not selected.");
    }

    @Test
    void multiple_choice_one_correct_and_one_of_two_wrong_options_scores_0_with_the_wrong_options_feedback() {
        var result = multiple("FP32", "FP16");

        assertThat(result.credit()).isZero();
        assertThat(result.feedback()).containsExactly("FEEDBACK-FP16");
    }

    @Test
    void multiple_choice_both_correct_and_one_of_two_wrong_options_scores_a_half() {
        assertThat(multiple("FP32", "BF16", "FP8 E4M3").credit()).isEqualTo(0.5);
    }

    @Test
    void multiple_choice_partial_credit_follows_c_over_C_minus_w_over_W_with_three_wrong_options() {
        var question = new Question.Choice(QuestionSamples.meta("m3", "Pick", null), true, List.of(
                new Question.Option("A", true, null),
                new Question.Option("B", true, null),
                new Question.Option("C", false, null),
                new Question.Option("D", false, null),
                new Question.Option("E", false, null)));
        long seed = 11;
        var shown = Presentation.present(question, seed);

        assertThat(Scoring.score(question, seed, choices(shown, "A", "C")).credit()).isCloseTo(0.5 - 1.0 / 3, within(1e-12));
        assertThat(Scoring.score(question, seed, choices(shown, "A", "B", "C")).credit()).isCloseTo(1 - 1.0 / 3, within(1e-12));
        assertThat(Scoring.score(question, seed, choices(shown, "A", "C", "D")).credit()).isZero();
    }

    private static Scoring.Result multiple(String... texts) {
        var question = QuestionSamples.multipleChoice();
        long seed = 3;
        return Scoring.score(question, seed, choices(Presentation.present(question, seed), texts));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // true / false

    @Test
    void true_false_scores_the_right_value_1_and_the_wrong_value_0_with_the_wrong_feedback() {
        var question = QuestionSamples.trueFalse();

        assertThat(Scoring.score(question, 1, new Response.TrueFalse(false)).credit()).isEqualTo(1.0);
        var wrong = Scoring.score(question, 1, new Response.TrueFalse(true));
        assertThat(wrong.credit()).isZero();
        assertThat(wrong.feedback()).containsExactly(WRONG_FEEDBACK);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // numeric

    @Test
    void numeric_accepts_the_answer_in_its_own_unit_or_without_a_unit() {
        var question = QuestionSamples.numeric();

        assertThat(Scoring.score(question, 1, new Response.Number(2, "GiB")).credit()).isEqualTo(1.0);
        assertThat(Scoring.score(question, 1, new Response.Number(2, null)).credit()).isEqualTo(1.0);
    }

    @Test
    void numeric_converts_an_accepted_unit_before_comparing() {
        var question = QuestionSamples.numeric();

        assertThat(Scoring.score(question, 1, new Response.Number(2048, "MiB")).credit())
                .as("2048 MiB = 2 GiB").isEqualTo(1.0);
        assertThat(Scoring.score(question, 1, new Response.Number(2.147, "GB")).credit())
                .as("2.147 GB is 1.9996 GiB, within 1 %").isEqualTo(1.0);
    }

    @Test
    void numeric_confusing_decimal_and_binary_prefixes_is_wrong() {
        var question = QuestionSamples.numeric();

        var result = Scoring.score(question, 1, new Response.Number(2, "GB"));

        assertThat(result.credit()).as("2 GB is only 1.86 GiB").isZero();
        assertThat(result.feedback()).containsExactly(WRONG_FEEDBACK);
    }

    @Test
    void numeric_in_a_unit_not_offered_is_wrong_with_a_message_listing_the_units() {
        var question = QuestionSamples.numeric();

        for (String unit : List.of("TB", "ms", "parsecs")) {
            var result = Scoring.score(question, 1, new Response.Number(2, unit));
            assertThat(result.credit()).as(unit).isZero();
            assertThat(result.feedback()).containsExactly("Answer in one of: GiB, MiB, GB.");
        }
    }

    @Test
    void numeric_returns_the_common_mistake_feedback_for_a_known_wrong_value_in_any_accepted_unit() {
        var question = QuestionSamples.numeric();

        for (var response : List.of(new Response.Number(1, "GiB"), new Response.Number(1024, "MiB"), new Response.Number(1.005, null))) {
            var result = Scoring.score(question, 1, response);
            assertThat(result.credit()).as(response.toString()).isZero();
            assertThat(result.feedback()).containsExactly("MISTAKE-ONE-BYTE: counted one byte per value.");
        }
    }

    @Test
    void numeric_not_a_number_or_no_number_scores_0() {
        var question = QuestionSamples.numeric();

        assertThat(Scoring.score(question, 1, new Response.Number(Double.NaN, "GiB")).credit()).isZero();
        assertThat(Scoring.score(question, 1, new Response.Text("2")).credit()).isZero();
    }

    @Test
    void an_absolute_tolerance_allows_a_fixed_distance_whatever_the_answer() {
        var question = QuestionSamples.numeric(100, new Tolerance(Tolerance.Kind.ABSOLUTE, 0.5));

        assertThat(score(question, 100)).isEqualTo(1.0);
        assertThat(score(question, 100.5)).isEqualTo(1.0);
        assertThat(score(question, 99.5)).isEqualTo(1.0);
        assertThat(score(question, 100.6)).isZero();
        assertThat(score(question, 99.4)).isZero();
    }

    @Test
    void a_relative_tolerance_allows_a_distance_proportional_to_the_answer() {
        var large = QuestionSamples.numeric(100, new Tolerance(Tolerance.Kind.RELATIVE, 0.01));
        var small = QuestionSamples.numeric(0.5, new Tolerance(Tolerance.Kind.RELATIVE, 0.01));
        var smallAbsolute = QuestionSamples.numeric(0.5, new Tolerance(Tolerance.Kind.ABSOLUTE, 0.1));

        assertThat(score(large, 101)).isEqualTo(1.0);
        assertThat(score(large, 99)).isEqualTo(1.0);
        assertThat(score(large, 101.1)).isZero();
        assertThat(score(small, 0.505)).isEqualTo(1.0);
        assertThat(score(small, 0.51)).as("1 % of 0.5 is 0.005").isZero();
        assertThat(score(smallAbsolute, 0.59)).as("the absolute 0.1 is far wider here").isEqualTo(1.0);
    }

    @Test
    void a_negative_answer_is_compared_by_magnitude_of_the_difference() {
        var question = QuestionSamples.numeric(-4, new Tolerance(Tolerance.Kind.RELATIVE, 0.05));

        assertThat(score(question, -4.1)).isEqualTo(1.0);
        assertThat(score(question, 4)).isZero();
    }

    private static double score(Question question, double value) {
        return Scoring.score(question, 1, new Response.Number(value, null)).credit();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // parameterised numeric

    @Test
    void the_same_seed_gives_the_same_variant_the_same_text_and_the_same_key() {
        var question = QuestionSamples.parameterised();

        for (long seed : new long[] {0, 1, 99, 123456789L, Long.MIN_VALUE}) {
            assertThat(Variants.pick(question, seed)).isEqualTo(Variants.pick(question, seed));
            assertThat(Presentation.present(question, seed)).isEqualTo(Presentation.present(question, seed));
            double key = question.answerFor(Variants.pick(question, seed));
            assertThat(question.answerFor(Variants.pick(question, seed))).isEqualTo(key);
            assertThat(Scoring.score(question, seed, new Response.Number(key, "GB")).credit()).isEqualTo(1.0);
        }
    }

    @Test
    void different_seeds_eventually_give_different_variants_drawn_from_the_declared_values() {
        var question = QuestionSamples.parameterised();
        var variants = new HashSet<Map<String, Double>>();
        var stems = new HashSet<String>();

        for (long seed = 0; seed < 500; seed++) {
            var values = Variants.pick(question, seed);
            assertThat(values.keySet()).containsExactly("P", "N");
            assertThat(values.get("P")).isIn(1.0, 3.0, 7.0, 13.0);
            assertThat(values.get("N")).isIn(2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0);
            variants.add(values);
            stems.add(Presentation.present(question, seed).stem());
        }

        assertThat(variants).as("500 seeds cover most of the 32 variants").hasSizeGreaterThan(20);
        assertThat(stems).hasSize(variants.size());
    }

    @Test
    void a_parameterised_answer_is_scored_against_the_variant_of_the_seed() {
        var question = QuestionSamples.parameterised();
        long seed = findSeed(question, values -> values.get("P") == 7.0 && values.get("N") == 4.0);
        long otherSeed = findSeed(question, values -> values.get("P") == 13.0 && values.get("N") == 2.0);

        assertThat(Presentation.present(question, seed).stem())
                .isEqualTo("A model with 7 billion parameters is sharded over 4 GPUs. GB per GPU?");
        assertThat(Scoring.score(question, seed, new Response.Number(28, "GB")).credit()).isEqualTo(1.0);
        assertThat(Scoring.score(question, seed, new Response.Number(28.5, "GB")).credit()).as("within 2 %").isEqualTo(1.0);
        assertThat(Scoring.score(question, seed, new Response.Number(104, "GB")).credit())
                .as("the answer of another variant").isZero();
        assertThat(Scoring.score(question, otherSeed, new Response.Number(104, "GB")).credit()).isEqualTo(1.0);
        assertThat(Scoring.score(question, otherSeed, new Response.Number(28, "GB")).credit()).isZero();
    }

    @Test
    void a_parameterised_common_mistake_is_recognised_for_the_variant_and_its_feedback_filled_in() {
        var question = QuestionSamples.parameterised();
        long seed = findSeed(question, values -> values.get("P") == 7.0 && values.get("N") == 4.0);

        var result = Scoring.score(question, seed, new Response.Number(112, "GB"));

        assertThat(result.credit()).isZero();
        assertThat(result.feedback()).containsExactly("MISTAKE-NO-SHARDING: the 4 GPUs each hold a share.");
        assertThat(Scoring.score(question, seed, new Response.Number(50, "GB")).feedback()).containsExactly(WRONG_FEEDBACK);
    }

    private static long findSeed(Question question, java.util.function.Predicate<Map<String, Double>> wanted) {
        for (long seed = 0; seed < 100_000; seed++) {
            if (wanted.test(Variants.pick(question, seed))) {
                return seed;
            }
        }
        throw new AssertionError("no seed gives the wanted variant");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // short text

    @Test
    void short_text_ignores_case_and_surrounding_and_repeated_whitespace() {
        var question = QuestionSamples.shortText();

        for (String answer : List.of("all-reduce", "All-Reduce", "  ALLREDUCE \t", "ring all-reduce", "RING \t ALL-REDUCE ")) {
            assertThat(Scoring.score(question, 1, new Response.Text(answer)).credit()).as(answer).isEqualTo(1.0);
        }
    }

    @Test
    void short_text_accepts_answers_matching_a_pattern_after_normalisation() {
        var question = QuestionSamples.shortText();

        for (String answer : List.of("all reduce", "All Reduce Collective", "  all-reduce   collective ", "ALL REDUCE")) {
            assertThat(Scoring.score(question, 1, new Response.Text(answer)).credit()).as(answer).isEqualTo(1.0);
        }
    }

    @Test
    void short_text_refuses_other_answers_with_the_wrong_feedback() {
        var question = QuestionSamples.shortText();

        for (String answer : List.of("reduce", "broadcast", "all-reduce please", "all_reduce", "   ")) {
            var result = Scoring.score(question, 1, new Response.Text(answer));
            assertThat(result.credit()).as(answer).isZero();
            assertThat(result.feedback()).containsExactly(WRONG_FEEDBACK);
        }
    }

    @Test
    void normalise_trims_lower_cases_and_collapses_inner_whitespace() {
        assertThat(Scoring.normalise("  All \t  Reduce\n ")).isEqualTo("all reduce");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // ordering

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 6023413})
    void ordering_in_the_correct_order_scores_1(long seed) {
        var question = QuestionSamples.ordering();
        var shown = Presentation.present(question, seed);

        var result = Scoring.score(question, seed, order(shown, question.items()));

        assertThat(result.credit()).isEqualTo(1.0);
        assertThat(result.feedback()).isEmpty();
    }

    @Test
    void ordering_scores_the_share_of_items_in_their_correct_position() {
        var question = QuestionSamples.ordering();
        var items = question.items();
        long seed = 8;
        var shown = Presentation.present(question, seed);

        var firstTwoSwapped = List.of(items.get(1), items.get(0), items.get(2), items.get(3));
        var result = Scoring.score(question, seed, order(shown, firstTwoSwapped));
        assertThat(result.credit()).isEqualTo(0.5);
        assertThat(result.feedback()).containsExactly(WRONG_FEEDBACK);

        var reversed = List.of(items.get(3), items.get(2), items.get(1), items.get(0));
        assertThat(Scoring.score(question, seed, order(shown, reversed)).credit()).isZero();

        var rotatedLastThree = List.of(items.get(0), items.get(2), items.get(3), items.get(1));
        assertThat(Scoring.score(question, seed, order(shown, rotatedLastThree)).credit()).isEqualTo(0.25);
    }

    @Test
    void submitting_the_order_as_shown_is_never_fully_right() {
        var question = QuestionSamples.ordering();
        for (long seed = 0; seed < 500; seed++) {
            var asShown = IntStream.range(0, question.items().size()).boxed().toList();
            assertThat(Scoring.score(question, seed, new Response.Order(asShown)).credit()).as("seed " + seed).isLessThan(1);
        }
    }

    @Test
    void an_ordering_response_of_the_wrong_length_scores_0() {
        var question = QuestionSamples.ordering();

        assertThat(Scoring.score(question, 1, new Response.Order(List.of(0, 1, 2))).credit()).isZero();
        assertThat(Scoring.score(question, 1, new Response.Order(List.of(0, 0, 0, 0))).credit()).isLessThanOrEqualTo(0.25);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // matching

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42})
    void matching_every_left_item_correctly_scores_1(long seed) {
        var question = QuestionSamples.matching();
        var shown = Presentation.present(question, seed);
        var matches = new HashMap<Integer, Integer>();
        for (int left = 0; left < question.pairs().size(); left++) {
            matches.put(left, shown.rights().indexOf(question.pairs().get(left).right()));
        }

        var result = Scoring.score(question, seed, new Response.Matches(matches));

        assertThat(result.credit()).isEqualTo(1.0);
        assertThat(result.feedback()).isEmpty();
    }

    @Test
    void matching_scores_the_share_of_left_items_matched_correctly_and_a_distractor_matches_nothing() {
        var question = QuestionSamples.matching();
        long seed = 4;
        var shown = Presentation.present(question, seed);
        assertThat(shown.lefts()).containsExactly("Data parallelism", "Tensor parallelism", "Pipeline parallelism");

        var twoRight = Map.of(
                0, shown.rights().indexOf("The batch"),
                1, shown.rights().indexOf("The weight matrices inside a layer"),
                2, shown.rights().indexOf("The vocabulary"));
        var result = Scoring.score(question, seed, new Response.Matches(twoRight));
        assertThat(result.credit()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(result.feedback()).containsExactly(WRONG_FEEDBACK);

        var oneRightOneMissing = Map.of(0, shown.rights().indexOf("The batch"), 1, shown.rights().indexOf("The vocabulary"));
        assertThat(Scoring.score(question, seed, new Response.Matches(oneRightOneMissing)).credit())
                .isCloseTo(1.0 / 3, within(1e-12));

        var allDistractor = Map.of(
                0, shown.rights().indexOf("The vocabulary"),
                1, shown.rights().indexOf("The vocabulary"),
                2, shown.rights().indexOf("The vocabulary"));
        assertThat(Scoring.score(question, seed, new Response.Matches(allDistractor)).credit()).isZero();
    }

    @Test
    void matching_with_the_pairs_swapped_scores_0() {
        var question = QuestionSamples.matching();
        long seed = 4;
        var shown = Presentation.present(question, seed);
        var swapped = Map.of(
                0, shown.rights().indexOf("The weight matrices inside a layer"),
                1, shown.rights().indexOf("The sequence of layers"),
                2, shown.rights().indexOf("The batch"));

        assertThat(Scoring.score(question, seed, new Response.Matches(swapped)).credit()).isZero();
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void every_type_scores_a_response_of_the_wrong_kind_as_0_without_failing() {
        for (Question question : QuestionSamples.everyType()) {
            var response = question instanceof Question.TrueFalse ? new Response.Text("true") : new Response.TrueFalse(true);
            assertThat(Scoring.score(question, 1, response).credit()).as(question.id()).isZero();
        }
    }

    @Test
    void credit_is_always_between_0_and_1() {
        assertThat(new Scoring.Result(1.5, List.of()).credit()).isEqualTo(1.0);
        assertThat(new Scoring.Result(-0.5, List.of()).credit()).isZero();
    }

    /** The response selecting the given option texts, by their displayed positions. */
    static Response.Choices choices(QuestionToAsk shown, String... texts) {
        var selected = new HashSet<Integer>();
        for (String text : texts) {
            int position = shown.choices().indexOf(text);
            assertThat(position).as("option <" + text + "> is shown").isNotNegative();
            selected.add(position);
        }
        return new Response.Choices(selected);
    }

    /** The response putting the given item texts in this order, by their displayed positions. */
    static Response.Order order(QuestionToAsk shown, List<String> itemsInOrder) {
        var positions = new ArrayList<Integer>();
        for (String item : itemsInOrder) {
            int position = shown.items().indexOf(item);
            assertThat(position).as("item <" + item + "> is shown").isNotNegative();
            positions.add(position);
        }
        return new Response.Order(positions);
    }
}
