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

    /** Ten answers per topic at a fixed success rate on items of difficulty 0: a known, strong signal. */
    static Map<String, List<Eap.Response>> answers(Map<String, Double> successRate, int perTopic) {
        var out = new java.util.LinkedHashMap<String, List<Eap.Response>>();
        successRate.forEach((topic, rate) -> {
            var list = new ArrayList<Eap.Response>();
            for (int i = 0; i < perTopic; i++) {
                list.add(new Eap.Response(MIDDLE, rate));
            }
            out.put(topic, list);
        });
        return out;
    }

    @Test
    void the_call_is_the_highest_role_met_with_its_risk_of_being_wrong() {
        var model = new AbilityModel();
        var topics = List.of("cuda", "autograd");
        var intern = new Recommendation.Profile("intern", Map.of("cuda", -0.5, "autograd", -0.5));
        var entry = new Recommendation.Profile("entry", Map.of("cuda", 1.0, "autograd", 1.0));
        var profiles = List.of(intern, entry);

        var strong = Recommendation.recommend(profiles,
                model.posteriorOf(topics, answers(Map.of("cuda", 0.95, "autograd", 0.95), 60)));
        assertThat(strong.role()).isEqualTo("entry");
        assertThat(strong.probabilityWrong()).isLessThan(0.05);

        var middle = Recommendation.recommend(profiles,
                model.posteriorOf(topics, answers(Map.of("cuda", 0.6, "autograd", 0.6), 60)));
        assertThat(middle.role()).isEqualTo("intern");
        assertThat(middle.holdingBack()).extracting(Recommendation.Gap::topic).containsExactlyInAnyOrder("cuda", "autograd");

        var weak = Recommendation.recommend(profiles,
                model.posteriorOf(topics, answers(Map.of("cuda", 0.1, "autograd", 0.2), 60)));
        assertThat(weak.role()).isEqualTo(Recommendation.NOT_YET);
        assertThat(weak.probabilityWrong()).isLessThan(0.05);
    }

    @Test
    void without_evidence_the_call_is_openly_uncertain() {
        // Under the prior every topic is N(0, 1), correlated through the general ability: with requirements at 0 the
        // candidate meets the profile with probability one half, never with a confident "no".
        var model = new AbilityModel();
        var topics = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
        var required = new java.util.LinkedHashMap<String, Double>();
        topics.forEach(t -> required.put(t, 0.0));
        var posterior = model.posteriorOf(topics, Map.of());
        assertThat(posterior.probabilityMeets(required)).isCloseTo(0.5, within(0.01));
        assertThat(posterior.topic("a").theta()).isCloseTo(0, within(1e-6));
        assertThat(posterior.topic("a").standardError()).isCloseTo(1.0, within(0.01)); // sqrt(0.8^2 + 0.6^2)
        // The margin's prior spread is dominated by the shared general ability: sqrt(0.8^2 + 0.6^2/11) ≈ 0.82.
        assertThat(posterior.margin(required).standardError()).isCloseTo(Math.sqrt(0.64 + 0.36 / 11), within(0.01));
        var result = Recommendation.recommend(List.of(new Recommendation.Profile("intern", required)), posterior);
        assertThat(result.probabilityWrong()).isGreaterThan(0.45);
    }

    @Test
    void evidence_in_one_topic_moves_the_others_through_the_general_ability() {
        var model = new AbilityModel();
        var topics = List.of("cuda", "autograd");
        var posterior = model.posteriorOf(topics, answers(Map.of("cuda", 0.95), 40));
        var cuda = posterior.topic("cuda");
        var autograd = posterior.topic("autograd");
        assertThat(cuda.theta()).isGreaterThan(1.5);
        // Prior correlation 0.64: autograd rises, but far less than cuda, and stays uncertain.
        assertThat(autograd.theta()).isBetween(0.5, cuda.theta() - 0.5);
        assertThat(autograd.standardError()).isGreaterThan(0.6);
        assertThat(cuda.standardError()).isLessThan(autograd.standardError() - 0.2);
    }

    @Test
    void with_one_topic_and_a_flat_general_level_the_model_reduces_to_single_topic_eap() {
        // If the general ability's spread is tiny, theta ~ N(0, topicSd^2): compare with Eap under the same prior,
        // computed by scaling the items (theta' = theta / topicSd).
        var model = new AbilityModel(new AbilityModel.Settings(1e-3, 1.0));
        var responses = List.of(new Eap.Response(MIDDLE, 1), new Eap.Response(MIDDLE, 1), new Eap.Response(MIDDLE, 0));
        var posterior = model.posteriorOf(List.of("x"), Map.of("x", responses));
        var eap = Eap.estimate(responses);
        assertThat(posterior.topic("x").theta()).isCloseTo(eap.theta(), within(0.01));
        assertThat(posterior.topic("x").standardError()).isCloseTo(eap.standardError(), within(0.01));
    }

    @Test
    void the_normal_cdf_is_accurate() {
        assertThat(Normal.cdf(0)).isCloseTo(0.5, within(1e-7));
        assertThat(Normal.cdf(1.959964)).isCloseTo(0.975, within(1e-6));
        assertThat(Normal.cdf(-1)).isCloseTo(0.158655, within(1e-6));
    }
}
