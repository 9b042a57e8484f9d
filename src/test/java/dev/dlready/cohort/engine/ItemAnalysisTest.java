package dev.dlready.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.dlready.cohort.engine.ItemAnalysis.Attempt;
import dev.dlready.cohort.engine.ItemAnalysis.Choices;
import dev.dlready.cohort.engine.ItemAnalysis.Flag;
import dev.dlready.cohort.engine.ItemAnalysis.Item;
import dev.dlready.cohort.engine.ItemAnalysis.ItemStatistics;
import dev.dlready.cohort.engine.ItemAnalysis.QuizStatistics;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    static final double EPS = 1e-9;

    /*
     * Five students, three right/wrong questions worth 1 mark each. Q1 is a single-choice question with four options
     * (option 0 is right); the students chose 0, 0, 0, 1, 2. Nobody chose option 3.
     *
     *            Q1 Q2 Q3 | T
     *   S1        1  1  1 | 3
     *   S2        1  1  0 | 2
     *   S3        1  0  1 | 2
     *   S4        0  1  0 | 1
     *   S5        0  0  0 | 0
     *
     * Test score T: mean 8/5 = 1.6; deviations 1.4, .4, .4, -.6, -1.6; squares 1.96 + .16 + .16 + .36 + 2.56 = 5.2;
     * V(T) = 5.2 / 4 = 1.3; SD = sqrt(1.3) = 1.140175.
     *
     * Facility: Q1 3/5 = .6, Q2 3/5 = .6, Q3 2/5 = .4.
     * Item variances: each has three values on one side and two on the other: Σ(x - mean)² = 3·.4² + 2·.6² = 1.2,
     * V = 1.2 / 4 = .3 for all three; SD = sqrt(.3) = .547723.
     *
     * Cronbach's alpha: k/(k-1) · (1 - ΣV(x_i)/V(T)) = 3/2 · (1 - .9/1.3) = 1.5 · .4/1.3 = .461538.
     * (KR-20 with p·q and the population variance gives the same: 1.5 · (1 - .72/1.04) = .461538.)
     * Error ratio sqrt(1 - α) = sqrt(.538462) = .733799; SEM = SD · sqrt(1 - α) = sqrt(1.3 · .538462) = sqrt(.7) =
     * .836660.
     *
     * Q1: rest X = T - x = 2, 1, 1, 1, 0 (mean 1; V = (1 + 0 + 0 + 0 + 1)/4 = .5).
     *     x - .6 = .4, .4, .4, -.6, -.6; X - 1 = 1, 0, 0, 0, -1; Σ products = .4 + .6 = 1.0; C = .25.
     *     D = .25 / sqrt(.3 · .5) = .645497.
     *     Sorted: x 0, 0, 1, 1, 1 and X 0, 1, 1, 1, 2 → Σ products (-.6·-1) + 0 + 0 + 0 + (.4·1) = 1.0; C_max = .25;
     *     efficiency 1.
     * Q2: rest X = 2, 1, 2, 0, 0 (mean 1; V = (1 + 0 + 1 + 1 + 1)/4 = 1).
     *     x - .6 = .4, .4, -.6, .4, -.6; X - 1 = 1, 0, 1, -1, -1; Σ products = .4 + 0 - .6 - .4 + .6 = 0 → D = 0.
     *     Sorted: X 0, 0, 1, 2, 2 → C_max = (.6 + .6 + 0 + .4 + .4)/4 = .5; efficiency 0.
     * Q3: rest X = 2, 2, 1, 1, 0 (mean 1.2; V = (.64 + .64 + .04 + .04 + 1.44)/4 = .7).
     *     x - .4 = .6, -.4, .6, -.4, -.4; X - 1.2 = .8, .8, -.2, -.2, -1.2;
     *     Σ products = .48 - .32 - .12 + .08 + .48 = .6; C = .15; D = .15 / sqrt(.3 · .7) = .327327.
     *     Sorted: x 0, 0, 0, 1, 1 and X 0, 1, 1, 2, 2 → Σ = .48 + .08 + .08 + .48 + .48 = 1.6; C_max = .4;
     *     efficiency .15 / .4 = .375.
     *
     * Distractors of Q1 (rest scores out of the 2 marks of Q2 and Q3): option 0 by S1, S2, S3 with rest 2, 1, 1 →
     * mean 4/3, share .666667; option 1 by S4 (rest 1) → .5; option 2 by S5 (rest 0) → 0; option 3 by nobody.
     */
    static final List<Item> ITEMS = List.of(
            new Item("q1", 1, new Choices(4, Set.of(0))), Item.of("q2", 1), Item.of("q3", 1));

    static Attempt attempt(int chosen, double q1, double q2, double q3) {
        return new Attempt(List.of(q1, q2, q3), List.of(Set.of(chosen), Set.of(), Set.of()));
    }

    static final List<Attempt> ATTEMPTS = List.of(
            attempt(0, 1, 1, 1), attempt(0, 1, 1, 0), attempt(0, 1, 0, 1), attempt(1, 0, 1, 0), attempt(2, 0, 0, 0));

    static double value(Statistic statistic) {
        return statistic.asOptional().orElseThrow(() -> new AssertionError("no value: " + statistic));
    }

    @Test
    void quiz_statistics_match_the_hand_computed_values() {
        QuizStatistics quiz = ItemAnalysis.analyse(ITEMS, ATTEMPTS);

        assertThat(quiz.attempts()).isEqualTo(5);
        assertThat(quiz.maxMark()).isEqualTo(3);
        assertThat(value(quiz.mean())).isCloseTo(1.6, within(EPS));
        assertThat(value(quiz.standardDeviation())).isCloseTo(Math.sqrt(1.3), within(EPS));
        assertThat(value(quiz.cronbachAlpha())).isCloseTo(6.0 / 13, within(EPS));
        assertThat(value(quiz.errorRatio())).isCloseTo(Math.sqrt(7.0 / 13), within(EPS));
        assertThat(value(quiz.standardError())).isCloseTo(Math.sqrt(0.7), within(EPS));
    }

    @Test
    void question_statistics_match_the_hand_computed_values() {
        List<ItemStatistics> items = ItemAnalysis.analyse(ITEMS, ATTEMPTS).items();

        assertThat(items).extracting(ItemStatistics::id).containsExactly("q1", "q2", "q3");
        double[] facility = {0.6, 0.6, 0.4};
        double[] discrimination = {0.25 / Math.sqrt(0.15), 0, 0.15 / Math.sqrt(0.21)};
        double[] efficiency = {1, 0, 0.375};
        for (int i = 0; i < 3; i++) {
            var item = items.get(i);
            assertThat(value(item.facility())).as("facility q%d", i + 1).isCloseTo(facility[i], within(EPS));
            assertThat(value(item.standardDeviation())).as("sd q%d", i + 1).isCloseTo(Math.sqrt(0.3), within(EPS));
            assertThat(value(item.discriminationIndex())).as("D q%d", i + 1).isCloseTo(discrimination[i], within(EPS));
            assertThat(value(item.discriminativeEfficiency())).as("DE q%d", i + 1)
                    .isCloseTo(efficiency[i], within(EPS));
        }
        assertThat(value(items.get(0).discriminationIndex())).isCloseTo(0.645497, within(1e-6));
        assertThat(value(items.get(2).discriminationIndex())).isCloseTo(0.327327, within(1e-6));
    }

    @Test
    void distractor_analysis_counts_each_option_and_the_rest_score_of_who_chose_it() {
        var q1 = ItemAnalysis.analyse(ITEMS, ATTEMPTS).items().getFirst();

        var options = q1.choices().options();
        assertThat(options).extracting(o -> o.index(), o -> o.correct(), o -> o.count())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, true, 3),
                        org.assertj.core.groups.Tuple.tuple(1, false, 1),
                        org.assertj.core.groups.Tuple.tuple(2, false, 1),
                        org.assertj.core.groups.Tuple.tuple(3, false, 0));
        assertThat(options).extracting(ItemAnalysis.OptionStatistics::share).containsExactly(0.6, 0.2, 0.2, 0.0);
        assertThat(value(options.get(0).meanRestScore())).isCloseTo(2.0 / 3, within(EPS));
        assertThat(value(options.get(1).meanRestScore())).isCloseTo(0.5, within(EPS));
        assertThat(value(options.get(2).meanRestScore())).isCloseTo(0, within(EPS));
        assertThat(options.get(3).meanRestScore()).isEqualTo(Statistic.notEnoughData("nobody chose this option"));
        assertThat(q1.choices().unanswered()).isZero();
    }

    @Test
    void flags_an_unused_distractor_and_a_question_that_does_not_discriminate() {
        var items = ItemAnalysis.analyse(ITEMS, ATTEMPTS).items();

        assertThat(items.get(0).flags()).containsExactly(Flag.UNUSED_DISTRACTOR);
        assertThat(items.get(1).flags()).containsExactly(Flag.LOW_DISCRIMINATION);
        assertThat(items.get(2).flags()).isEmpty();
    }

    @Test
    void a_question_the_weaker_students_get_right_is_flagged_negative() {
        // Q3 is right only for the two students who did worst on Q1 and Q2.
        var attempts = List.of(
                Attempt.ofCredits(1, 1, 0), Attempt.ofCredits(1, 1, 0), Attempt.ofCredits(1, 0, 0),
                Attempt.ofCredits(0, 0, 1), Attempt.ofCredits(0, 0, 1));

        var q3 = ItemAnalysis.analyse(List.of(Item.of("a", 1), Item.of("b", 1), Item.of("c", 1)), attempts)
                .items().get(2);

        assertThat(value(q3.discriminationIndex())).isNegative();
        assertThat(q3.flags()).containsExactly(Flag.NEGATIVE_DISCRIMINATION);
    }

    @Test
    void everybody_right_and_nobody_right_are_flagged_and_have_no_discrimination() {
        var attempts = List.of(
                Attempt.ofCredits(1, 0, 1), Attempt.ofCredits(1, 0, 0), Attempt.ofCredits(1, 0, 1));

        var items = ItemAnalysis.analyse(List.of(Item.of("easy", 1), Item.of("hard", 1), Item.of("mid", 1)), attempts)
                .items();

        assertThat(items.get(0).flags()).containsExactly(Flag.EVERYBODY_RIGHT);
        assertThat(items.get(1).flags()).containsExactly(Flag.NOBODY_RIGHT);
        assertThat(value(items.get(0).standardDeviation())).isZero();
        assertThat(items.get(0).discriminationIndex())
                .isEqualTo(Statistic.notEnoughData("every attempt scored the same on this question"));
        assertThat(items.get(1).discriminativeEfficiency()).isInstanceOf(Statistic.NotEnoughData.class);
    }

    @Test
    void with_fewer_than_two_attempts_only_means_are_computed_and_nothing_is_flagged() {
        var none = ItemAnalysis.analyse(ITEMS, List.of());
        var one = ItemAnalysis.analyse(ITEMS, List.of(attempt(3, 0, 1, 1)));

        assertThat(none.mean()).isEqualTo(Statistic.notEnoughData("no attempts yet"));
        assertThat(none.items().getFirst().facility()).isInstanceOf(Statistic.NotEnoughData.class);
        assertThat(value(one.mean())).isEqualTo(2);
        assertThat(one.standardDeviation()).isEqualTo(Statistic.notEnoughData("needs at least 2 attempts (1 so far)"));
        assertThat(one.cronbachAlpha()).isInstanceOf(Statistic.NotEnoughData.class);
        assertThat(one.standardError()).isInstanceOf(Statistic.NotEnoughData.class);
        var q1 = one.items().getFirst();
        assertThat(value(q1.facility())).isZero();
        assertThat(q1.discriminationIndex()).isInstanceOf(Statistic.NotEnoughData.class);
        assertThat(q1.flags()).isEmpty();
        for (var quiz : List.of(none, one)) {
            assertThat(quiz.toString()).doesNotContain("NaN").doesNotContain("Infinity");
        }
    }

    @Test
    void a_single_question_quiz_has_no_alpha_and_no_rest_score_to_correlate_with() {
        var quiz = ItemAnalysis.analyse(List.of(Item.of("only", 1)),
                List.of(Attempt.ofCredits(1), Attempt.ofCredits(0), Attempt.ofCredits(1)));

        assertThat(quiz.cronbachAlpha()).isEqualTo(Statistic.notEnoughData("needs at least 2 questions to compare"));
        assertThat(quiz.items().getFirst().discriminationIndex())
                .isEqualTo(Statistic.notEnoughData("every attempt scored the same on the rest of the quiz"));
        assertThat(value(quiz.standardDeviation())).isCloseTo(Math.sqrt(1.0 / 3), within(EPS));
    }

    @Test
    void identical_totals_give_no_alpha_instead_of_a_division_by_zero() {
        var quiz = ItemAnalysis.analyse(List.of(Item.of("a", 1), Item.of("b", 1)),
                List.of(Attempt.ofCredits(1, 0), Attempt.ofCredits(0, 1)));

        assertThat(quiz.cronbachAlpha()).isEqualTo(Statistic.notEnoughData("every attempt has the same total score"));
        assertThat(quiz.errorRatio()).isInstanceOf(Statistic.NotEnoughData.class);
        assertThat(value(quiz.items().getFirst().discriminationIndex())).isCloseTo(-1, within(EPS));
    }

    @Test
    void marks_scale_the_scores_but_not_the_shares_or_correlations() {
        var weighted = List.of(new Item("q1", 4, new Choices(4, Set.of(0))), Item.of("q2", 4), Item.of("q3", 4));

        var plain = ItemAnalysis.analyse(ITEMS, ATTEMPTS);
        var scaled = ItemAnalysis.analyse(weighted, ATTEMPTS);

        assertThat(scaled.maxMark()).isEqualTo(12);
        assertThat(value(scaled.mean())).isCloseTo(4 * value(plain.mean()), within(EPS));
        assertThat(value(scaled.standardError())).isCloseTo(4 * value(plain.standardError()), within(EPS));
        assertThat(value(scaled.cronbachAlpha())).isCloseTo(value(plain.cronbachAlpha()), within(EPS));
        for (int i = 0; i < 3; i++) {
            var a = plain.items().get(i);
            var b = scaled.items().get(i);
            assertThat(value(b.facility())).isCloseTo(value(a.facility()), within(EPS));
            assertThat(value(b.standardDeviation())).isCloseTo(value(a.standardDeviation()), within(EPS));
            assertThat(value(b.discriminationIndex())).isCloseTo(value(a.discriminationIndex()), within(EPS));
        }
    }

    @Test
    void questions_worth_more_weigh_more_in_alpha() {
        /*
         * Q1 worth 2 marks, Q2 worth 1, credits (1,1) (1,0) (0,1) (0,0): marks x1 = 2,2,0,0 (V = 4/3), x2 = 1,0,1,0
         * (V = 1/3), T = 3,2,1,0 (V = 5/3). alpha = 2 · (1 - (5/3)/(5/3)) = 0.
         */
        var quiz = ItemAnalysis.analyse(List.of(Item.of("heavy", 2), Item.of("light", 1)),
                List.of(Attempt.ofCredits(1, 1), Attempt.ofCredits(1, 0), Attempt.ofCredits(0, 1),
                        Attempt.ofCredits(0, 0)));

        assertThat(value(quiz.cronbachAlpha())).isCloseTo(0, within(EPS));
        assertThat(value(quiz.mean())).isCloseTo(1.5, within(EPS));
    }

    @Test
    void partial_credit_counts_towards_facility() {
        var quiz = ItemAnalysis.analyse(List.of(Item.of("a", 2), Item.of("b", 1)),
                List.of(Attempt.ofCredits(0.5, 1), Attempt.ofCredits(0.25, 0)));

        assertThat(value(quiz.items().getFirst().facility())).isCloseTo(0.375, within(EPS));
        assertThat(quiz.items().getFirst().flags()).doesNotContain(Flag.NOBODY_RIGHT, Flag.EVERYBODY_RIGHT);
    }

    @Test
    void multiple_answer_shares_can_add_up_to_more_than_one_and_blank_answers_are_counted() {
        var item = new Item("multi", 1, new Choices(3, Set.of(0, 1)));
        var attempts = List.of(
                new Attempt(List.of(1.0), List.of(Set.of(0, 1))),
                new Attempt(List.of(0.0), List.of(Set.of(0, 2))),
                new Attempt(List.of(0.0), List.of(Set.of())));

        var choices = ItemAnalysis.analyse(List.of(item), attempts).items().getFirst().choices();

        assertThat(choices.options()).extracting(ItemAnalysis.OptionStatistics::count).containsExactly(2, 1, 1);
        assertThat(choices.options().stream().mapToDouble(ItemAnalysis.OptionStatistics::share).sum())
                .isGreaterThan(1);
        assertThat(choices.unanswered()).isEqualTo(1);
        assertThat(choices.options().getFirst().meanRestScore())
                .isEqualTo(Statistic.notEnoughData("the quiz has no other questions"));
    }

    @Test
    void inconsistent_input_is_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> ItemAnalysis.analyse(ITEMS, List.of(Attempt.ofCredits(1, 1))))
                .hasMessageContaining("attempt 1 has 2 credits");
        assertThatThrownBy(() -> ItemAnalysis.analyse(ITEMS, List.of(attempt(0, 1.5, 0, 0))))
                .hasMessageContaining("credit 1.5 is not between 0 and 1");
        assertThatThrownBy(() -> ItemAnalysis.analyse(ITEMS, List.of(attempt(7, 1, 0, 0))))
                .hasMessageContaining("option 7 does not exist");
        assertThatThrownBy(() -> ItemAnalysis.analyse(List.of(Item.of("a", 1), Item.of("a", 1)), List.of()))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> Item.of("a", 0)).hasMessageContaining("maximum mark must be positive");
        assertThatThrownBy(() -> new Choices(2, Set.of(2))).hasMessageContaining("not among 0..1");
        assertThatThrownBy(() -> Statistic.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
