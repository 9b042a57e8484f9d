package dev.dlready.readiness.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class IrtEngineTest {

    static final ItemParameters MIDDLE = new ItemParameters(1, 0, 0);

    @Test
    void at_its_difficulty_an_item_gives_even_odds_above_the_guessing_floor() {
        assertThat(MIDDLE.probability(0)).isEqualTo(0.5);
        assertThat(new ItemParameters(1.7, 0.4, 0.25).probability(0.4)).isCloseTo(0.625, within(1e-12));
        assertThat(MIDDLE.information(0)).isCloseTo(0.25, within(1e-12)); // a^2 P Q
        assertThat(new ItemParameters(2, 0, 0).information(0)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void declared_difficulty_maps_to_the_logit_scale() {
        assertThat(ItemParameters.fromDeclared(3, false, 0).difficulty()).isEqualTo(0);
        assertThat(ItemParameters.fromDeclared(5, true, 0).difficulty()).isEqualTo(2.0);
        assertThat(ItemParameters.fromDeclared(1, false, 0.25).guessing()).isEqualTo(0.25);
    }

    @Test
    void without_responses_the_estimate_is_the_prior() {
        var estimate = Eap.estimate(List.of());
        assertThat(estimate.theta()).isCloseTo(0, within(1e-6));
        assertThat(estimate.standardError()).isCloseTo(1, within(1e-3));
    }

    @Test
    void one_correct_answer_matches_the_integral_computed_independently() {
        // Posterior ∝ φ(θ)·σ(θ); its mean by Simpson's rule on a fine grid.
        int n = 20_000;
        double lo = -10;
        double hi = 10;
        double h = (hi - lo) / n;
        double num = 0;
        double den = 0;
        for (int i = 0; i <= n; i++) {
            double t = lo + i * h;
            double w = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2);
            double f = Math.exp(-0.5 * t * t) / (1 + Math.exp(-t));
            num += w * t * f;
            den += w * f;
        }
        double expected = num / den;

        var estimate = Eap.estimate(List.of(new Eap.Response(MIDDLE, 1)));

        assertThat(expected).isCloseTo(0.4, within(0.05)); // sanity: a single success moves the estimate up a little
        assertThat(estimate.theta()).isCloseTo(expected, within(1e-3));
        assertThat(estimate.standardError()).isLessThan(1);
    }

    @Test
    void one_right_and_one_wrong_on_the_same_item_cancel_out() {
        var estimate = Eap.estimate(List.of(new Eap.Response(MIDDLE, 1), new Eap.Response(MIDDLE, 0)));
        assertThat(estimate.theta()).isCloseTo(0, within(1e-9));
    }

    @Test
    void the_standard_error_shrinks_as_information_accumulates() {
        var responses = new ArrayList<Eap.Response>();
        double previous = Eap.estimate(responses).standardError();
        for (int i = 0; i < 30; i++) {
            responses.add(new Eap.Response(MIDDLE, i % 2));
            double se = Eap.estimate(responses).standardError();
            assertThat(se).isLessThan(previous);
            previous = se;
        }
        assertThat(previous).isLessThan(0.4);
    }

    @Test
    void estimates_recover_simulated_abilities_within_two_standard_errors_about_95_percent_of_the_time() {
        // Seeded, so the test is deterministic; many candidates, so it checks calibration rather than one lucky draw.
        var random = RandomGeneratorFactory.of("L64X128MixRandom").create(20261125L);
        int candidates = 400;
        int covered = 0;
        for (int c = 0; c < candidates; c++) {
            double trueTheta = -2 + 4 * random.nextDouble();
            var responses = new ArrayList<Eap.Response>();
            for (int i = 0; i < 200; i++) {
                var item = new ItemParameters(0.8 + (i % 5) * 0.2, -2 + (i % 9) * 0.5, 0);
                responses.add(new Eap.Response(item, random.nextDouble() < item.probability(trueTheta) ? 1 : 0));
            }
            var estimate = Eap.estimate(responses);
            assertThat(estimate.standardError()).isLessThan(0.25);
            if (Math.abs(estimate.theta() - trueTheta) < 2 * estimate.standardError()) {
                covered++;
            }
        }
        // A 2-SE interval should cover the truth ~95% of the time; 400 draws put the sampling spread near 1.1%.
        assertThat(covered / (double) candidates).isBetween(0.92, 0.99);
    }

    @Test
    void practice_weight_counts_less_than_exam_evidence() {
        var exam = Eap.estimate(List.of(new Eap.Response(MIDDLE, 1, 1), new Eap.Response(MIDDLE, 1, 1)));
        var practice = Eap.estimate(List.of(new Eap.Response(MIDDLE, 1, 0.25), new Eap.Response(MIDDLE, 1, 0.25)));
        assertThat(practice.theta()).isLessThan(exam.theta());
        assertThat(practice.standardError()).isGreaterThan(exam.standardError());
    }

    @Test
    void the_call_is_the_highest_role_met_with_its_risk_of_being_wrong() {
        var intern = new Recommendation.Profile("intern", Map.of("cuda", 0.0, "autograd", 0.0));
        var entry = new Recommendation.Profile("entry", Map.of("cuda", 1.0, "autograd", 1.0));
        var profiles = List.of(intern, entry);

        var strong = Recommendation.recommend(profiles, Map.of(
                "cuda", new AbilityEstimate(2.0, 0.2, 40), "autograd", new AbilityEstimate(2.2, 0.2, 40)));
        assertThat(strong.role()).isEqualTo("entry");
        assertThat(strong.probabilityWrong()).isLessThan(0.01);

        var middle = Recommendation.recommend(profiles, Map.of(
                "cuda", new AbilityEstimate(0.5, 0.15, 40), "autograd", new AbilityEstimate(0.6, 0.15, 40)));
        assertThat(middle.role()).isEqualTo("intern");
        assertThat(middle.holdingBack()).extracting(Recommendation.Gap::topic).containsExactlyInAnyOrder("cuda", "autograd");

        var weak = Recommendation.recommend(profiles, Map.of(
                "cuda", new AbilityEstimate(-1.5, 0.2, 40), "autograd", new AbilityEstimate(0.5, 0.2, 40)));
        assertThat(weak.role()).isEqualTo(Recommendation.NOT_YET);
        assertThat(weak.probabilityWrong()).isLessThan(0.01);

        var unsure = Recommendation.recommend(profiles, Map.of(
                "cuda", new AbilityEstimate(0.1, 0.8, 3), "autograd", new AbilityEstimate(0.1, 0.8, 3)));
        assertThat(unsure.role()).isEqualTo(Recommendation.NOT_YET);
        assertThat(unsure.probabilityWrong()).isGreaterThan(0.25); // P(meets intern) = 0.55^2, far from certain
    }

    @Test
    void the_normal_cdf_is_accurate() {
        assertThat(Normal.cdf(0)).isCloseTo(0.5, within(1e-7));
        assertThat(Normal.cdf(1.959964)).isCloseTo(0.975, within(1e-6));
        assertThat(Normal.cdf(-1)).isCloseTo(0.158655, within(1e-6));
    }
}
