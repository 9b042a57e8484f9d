package dev.dlready.review.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FSRS-6 with its default parameters. Expected values were worked out by hand from the published formulas (with a
 * calculator, to ten digits), not read back from this code.
 */
class FsrsTest {

    static final double EPS = 1e-9;
    static final Fsrs FSRS = Fsrs.withDefaults();
    static final List<Double> W = Fsrs.DEFAULT_PARAMETERS;

    @Test
    void the_default_parameters_are_the_21_weights_of_fsrs_6() {
        assertThat(W).hasSize(21);
        assertThat(W.getFirst()).isEqualTo(0.2172);
        assertThat(W.get(20)).isEqualTo(0.2);
        // factor = 0.9^(-1/0.2) - 1 = 0.9^-5 - 1
        assertThat(FSRS.factor()).isCloseTo(0.6935087808430285, within(EPS));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2172, 1, 3.2602, 10, 365, 5000})
    void retrievability_is_90_percent_after_exactly_the_stability_and_full_right_after_a_review(double stability) {
        assertThat(FSRS.retrievability(stability, stability)).isCloseTo(0.9, within(EPS));
        assertThat(FSRS.retrievability(0, stability)).isEqualTo(1.0);
    }

    @Test
    void retrievability_follows_the_power_forgetting_curve() {
        // (1 + 0.69350878 * 5/10)^-0.2 and (1 + 0.69350878 * 30/10)^-0.2
        assertThat(FSRS.retrievability(5, 10)).isCloseTo(0.9421983079979164, within(EPS));
        assertThat(FSRS.retrievability(30, 10)).isCloseTo(0.7985001730858255, within(EPS));
        assertThat(FSRS.retrievability(20, 10)).isLessThan(FSRS.retrievability(10, 10));
    }

    @Test
    void first_review_stabilities_are_w0_to_w3() {
        assertThat(FSRS.first(Rating.AGAIN).stability()).isEqualTo(0.2172);
        assertThat(FSRS.first(Rating.HARD).stability()).isEqualTo(1.1771);
        assertThat(FSRS.first(Rating.GOOD).stability()).isEqualTo(3.2602);
        assertThat(FSRS.first(Rating.EASY).stability()).isEqualTo(16.1507);
    }

    @Test
    void first_review_difficulty_is_w4_minus_an_exponential_of_the_grade() {
        // D0(G) = 7.0114 - e^(0.57 (G-1)) + 1
        assertThat(FSRS.initialDifficulty(Rating.AGAIN)).isCloseTo(7.0114, within(EPS));
        assertThat(FSRS.initialDifficulty(Rating.HARD)).isCloseTo(6.243132948566265, within(EPS));
        assertThat(FSRS.initialDifficulty(Rating.GOOD)).isCloseTo(4.884631634813845, within(EPS));
        assertThat(FSRS.initialDifficulty(Rating.EASY)).isCloseTo(2.482438522375996, within(EPS));
    }

    @Test
    void with_a_desired_retention_of_90_percent_the_interval_is_the_stability_rounded_and_at_least_a_day() {
        assertThat(FSRS.intervalDays(10)).isEqualTo(10);
        assertThat(FSRS.intervalDays(3.2602)).isEqualTo(3);
        assertThat(FSRS.intervalDays(11.5)).isEqualTo(12);
        assertThat(FSRS.intervalDays(0.2172)).isEqualTo(1);
        assertThat(FSRS.intervalDays(1e7)).isEqualTo(Fsrs.MAXIMUM_INTERVAL_DAYS);
    }

    @Test
    void a_lower_desired_retention_gives_longer_intervals() {
        var relaxed = new Fsrs(W, 0.8);
        // 10 / 0.69350878 * (0.8^-5 - 1) = 29.585…
        assertThat(relaxed.intervalDays(10)).isEqualTo(30);
    }

    @Test
    void a_review_three_days_after_a_first_good_grows_stability_by_grade() {
        var after = FSRS.first(Rating.GOOD); // S = 3.2602, D = 4.8846316348
        // R(3, 3.2602) = 0.9060012221881756
        var good = FSRS.next(after, 3, Rating.GOOD);
        var hard = FSRS.next(after, 3, Rating.HARD);
        var easy = FSRS.next(after, 3, Rating.EASY);
        var again = FSRS.next(after, 3, Rating.AGAIN);

        assertThat(good.stability()).isCloseTo(11.326706579101865, within(1e-8));
        assertThat(good.difficulty()).isCloseTo(4.868056502338024, within(1e-8));
        assertThat(FSRS.intervalDays(good.stability())).isEqualTo(11);
        assertThat(hard.stability()).isCloseTo(5.027571591481219, within(1e-8));
        assertThat(hard.difficulty()).isCloseTo(6.051487572713533, within(1e-8));
        assertThat(easy.stability()).isCloseTo(27.46294633993724, within(1e-8));
        assertThat(easy.difficulty()).isCloseTo(3.6846254319625134, within(1e-8));
        assertThat(again.stability()).isCloseTo(1.0988256704705697, within(1e-8));
        assertThat(again.difficulty()).isCloseTo(7.234918643089044, within(1e-8));
        assertThat(again.stability()).isLessThan(after.stability());
        assertThat(hard.stability()).isLessThan(good.stability()).isGreaterThan(after.stability());
    }

    @Test
    void a_lapse_uses_the_post_lapse_formula_and_never_exceeds_the_short_term_cap() {
        // S = 30, D = 5, 30 days later (R = 0.9): 1.849 * 5^-0.1133 * (31^0.3127 - 1) * e^(2.2934 * 0.1)
        assertThat(FSRS.forgetStability(5, 30, 0.9)).isCloseTo(3.733482624918215, within(1e-8));
        // S = 0.2, D = 1, a day later: the long-term value 0.19635 is above 0.2 / e^(0.7536 * 0.3332)
        double r = FSRS.retrievability(1, 0.2);
        assertThat(r).isCloseTo(0.7412867443588202, within(EPS));
        assertThat(FSRS.forgetStability(1, 0.2, r)).isCloseTo(0.15558898932505366, within(1e-9));
    }

    @Test
    void a_second_review_on_the_same_day_uses_the_short_term_formula() {
        // S' = 2 * e^(0.7536 (G - 3 + 0.3332)) * 2^-0.1437
        assertThat(FSRS.shortTermStability(2, Rating.AGAIN)).isCloseTo(0.5155306351362566, within(1e-9));
        assertThat(FSRS.shortTermStability(2, Rating.HARD)).isCloseTo(1.0953144058811248, within(1e-9));
        assertThat(FSRS.shortTermStability(2, Rating.GOOD)).isCloseTo(2.3271432694075163, within(1e-9));
        assertThat(FSRS.shortTermStability(2, Rating.EASY)).isCloseTo(4.944329926887185, within(1e-9));
        // for a stable memory the factor falls below 1, but Good never lowers stability
        assertThat(FSRS.shortTermStability(100, Rating.GOOD)).isEqualTo(100);
        assertThat(FSRS.next(new Memory(2, 5), 0, Rating.GOOD).stability())
                .isEqualTo(FSRS.shortTermStability(2, Rating.GOOD));
    }

    @Test
    void a_missed_question_reviewed_on_later_days_follows_the_published_sequence() {
        var day = LocalDate.of(2026, 3, 2);
        var miss = FSRS.review(null, null, day, Rating.AGAIN);
        assertThat(miss.memory()).isEqualTo(new Memory(0.2172, 7.0114));
        assertThat(miss.retrievability()).isNull();
        assertThat(miss.intervalDays()).isEqualTo(1);
        assertThat(miss.due()).isEqualTo(day.plusDays(1));

        var sameDay = FSRS.review(miss.memory(), day, day, Rating.GOOD);
        assertThat(sameDay.elapsedDays()).isZero();
        assertThat(sameDay.memory().stability()).isCloseTo(0.34769960763172647, within(1e-9));
        assertThat(sameDay.memory().difficulty()).isCloseTo(6.980150165804394, within(1e-9));
        assertThat(sameDay.due()).isEqualTo(day.plusDays(1));

        var nextDay = FSRS.review(sameDay.memory(), day, day.plusDays(1), Rating.GOOD);
        assertThat(nextDay.elapsedDays()).isEqualTo(1);
        assertThat(nextDay.retrievability()).isCloseTo(0.8030328443495993, within(1e-9));
        assertThat(nextDay.memory().stability()).isCloseTo(1.9542392054002855, within(1e-8));
        assertThat(nextDay.memory().difficulty()).isCloseTo(6.949115955464738, within(1e-8));
        assertThat(nextDay.intervalDays()).isEqualTo(2);
        assertThat(nextDay.due()).isEqualTo(day.plusDays(3));
    }

    @Test
    void again_lowers_stability_at_any_point_of_a_history() {
        var memory = FSRS.first(Rating.GOOD);
        for (int i = 0; i < 6; i++) {
            var lapse = FSRS.next(memory, FSRS.intervalDays(memory.stability()), Rating.AGAIN);
            assertThat(lapse.stability()).isLessThan(memory.stability());
            memory = FSRS.next(memory, FSRS.intervalDays(memory.stability()), Rating.GOOD);
        }
    }

    @Test
    void difficulty_stays_within_1_and_10_whatever_the_ratings() {
        var random = new SplittableRandom(7);
        var ratings = Rating.values();
        for (int run = 0; run < 200; run++) {
            var memory = FSRS.first(ratings[random.nextInt(4)]);
            var seen = new ArrayList<Double>();
            for (int review = 0; review < 30; review++) {
                memory = FSRS.next(memory, random.nextInt(0, 60), ratings[random.nextInt(4)]);
                seen.add(memory.difficulty());
                assertThat(memory.stability()).isGreaterThanOrEqualTo(Fsrs.MIN_STABILITY);
            }
            assertThat(seen).allSatisfy(d -> assertThat(d).isBetween(1.0, 10.0));
        }
        var hardest = new Memory(10, 10);
        for (int i = 0; i < 10; i++) {
            hardest = FSRS.next(hardest, 1, Rating.AGAIN);
        }
        assertThat(hardest.difficulty()).isLessThanOrEqualTo(10);
        var easiest = new Memory(10, 1);
        for (int i = 0; i < 10; i++) {
            easiest = FSRS.next(easiest, 10, Rating.EASY);
        }
        assertThat(easiest.difficulty()).isEqualTo(1);
    }

    @Test
    void good_pulls_difficulty_slightly_toward_the_easy_mean_and_again_pushes_it_up() {
        // Good has no change of its own: only the mean reversion 0.0069 * D0(4) + 0.9931 * D
        assertThat(FSRS.nextDifficulty(5, Rating.GOOD)).isCloseTo(0.0069 * 2.482438522375996 + 0.9931 * 5, within(EPS));
        assertThat(FSRS.nextDifficulty(5, Rating.AGAIN)).isGreaterThan(5);
        assertThat(FSRS.nextDifficulty(5, Rating.EASY)).isLessThan(5);
    }

    @Test
    void the_predicted_retention_on_a_day_uses_calendar_days_since_the_last_review() {
        var memory = new Memory(10, 5);
        var last = LocalDate.of(2026, 1, 1);
        assertThat(FSRS.retrievabilityOn(memory, last, last.plusDays(10))).isCloseTo(0.9, within(EPS));
        assertThat(FSRS.retrievabilityOn(memory, last, last)).isEqualTo(1.0);
    }

    @Test
    void suggested_ratings_follow_the_credit_of_the_answer() {
        assertThat(Rating.suggestedFor(1)).isEqualTo(Rating.GOOD);
        assertThat(Rating.suggestedFor(0.5)).isEqualTo(Rating.HARD);
        assertThat(Rating.suggestedFor(0.49)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.suggestedFor(0)).isEqualTo(Rating.AGAIN);
    }

    @Test
    void parameters_out_of_range_are_refused_with_the_reason() {
        assertThatThrownBy(() -> new Fsrs(W.subList(0, 19), 0.9)).hasMessageContaining("21 parameters");
        assertThatThrownBy(() -> new Fsrs(W, 1.0)).hasMessageContaining("desired retention");
        var badDecay = new ArrayList<>(W);
        badDecay.set(20, 0.05);
        assertThatThrownBy(() -> new Fsrs(badDecay, 0.9)).hasMessageContaining("w20");
        assertThatThrownBy(() -> new Memory(0, 5)).hasMessageContaining("Stability");
        assertThatThrownBy(() -> new Memory(1, 11)).hasMessageContaining("Difficulty");
    }
}
