package dev.dlready.readiness.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class AdaptiveAssessmentTest {

    static final List<Recommendation.Profile> PROFILES = List.of(
            new Recommendation.Profile("intern", Map.of("a", -0.25, "b", -0.25)),
            new Recommendation.Profile("entry", Map.of("a", 1.0, "b", 1.0)));

    static List<AdaptiveAssessment.Item> pool() {
        var pool = new ArrayList<AdaptiveAssessment.Item>();
        long id = 0;
        for (String topic : List.of("a", "b")) {
            for (int d = -8; d <= 8; d++) {
                pool.add(new AdaptiveAssessment.Item(++id, topic, new ItemParameters(1.2, d * 0.25, 0)));
            }
        }
        return pool;
    }

    static final AdaptiveAssessment.Rules GREEDY = new AdaptiveAssessment.Rules(2, 30, 0.05, 1, 0.25);

    @Test
    void the_first_question_is_the_most_informative_at_the_nearest_cut() {
        var posterior = new AbilityModel().posterior(List.of("a", "b"), Map.of());
        // Prior margins: +0.25 over intern, −1.0 over entry: the intern cut is nearer, so the target is
        // theta(a) − 0.25 = −0.25, and the item with difficulty −0.25 is the most informative there.
        var next = AdaptiveAssessment.next(pool(), Set.of(), Map.of(), posterior, PROFILES, GREEDY,
                RandomGeneratorFactory.of("L64X128MixRandom").create(1));
        assertThat(next).isPresent();
        assertThat(next.get().parameters().difficulty()).isEqualTo(-0.25);
    }

    @Test
    void topics_take_turns_so_content_stays_balanced() {
        var model = new AbilityModel();
        var random = RandomGeneratorFactory.of("L64X128MixRandom").create(3);
        var asked = new HashSet<Long>();
        var perTopic = new HashMap<String, Integer>();
        var likelihoods = new HashMap<String, AbilityModel.TopicLikelihood>();
        for (int i = 0; i < 10; i++) {
            var posterior = model.posterior(List.of("a", "b"), likelihoods);
            var item = AdaptiveAssessment.next(pool(), asked, perTopic, posterior, PROFILES, GREEDY, random).orElseThrow();
            assertThat(asked.add(item.id())).as("never the same question twice").isTrue();
            perTopic.merge(item.topic(), 1, Integer::sum);
            likelihoods.computeIfAbsent(item.topic(), t -> new AbilityModel.TopicLikelihood())
                    .add(new Eap.Response(item.parameters(), 1));
            assertThat(Math.abs(perTopic.getOrDefault("a", 0) - perTopic.getOrDefault("b", 0))).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void randomesque_selection_spreads_exposure() {
        var posterior = new AbilityModel().posterior(List.of("a", "b"), Map.of());
        var rules = new AdaptiveAssessment.Rules(2, 30, 0.05, 5, 0.25);
        var random = RandomGeneratorFactory.of("L64X128MixRandom").create(5);
        var seen = new HashSet<Long>();
        for (int i = 0; i < 200; i++) {
            seen.add(AdaptiveAssessment.next(pool(), Set.of(), Map.of(), posterior, PROFILES, rules, random)
                    .orElseThrow().id());
        }
        assertThat(seen).hasSize(5);
    }

    @Test
    void it_stops_when_confident_and_never_before_the_minimum_or_after_the_maximum() {
        var model = new AbilityModel();
        var strong = new HashMap<String, AbilityModel.TopicLikelihood>();
        for (String topic : List.of("a", "b")) {
            var l = new AbilityModel.TopicLikelihood();
            for (int i = 0; i < 25; i++) {
                l.add(new Eap.Response(new ItemParameters(1.2, 0.5, 0), 1));
                l.add(new Eap.Response(new ItemParameters(1.2, 1.0, 0), i % 4 == 0 ? 0 : 1));
            }
            strong.put(topic, l);
        }
        var confident = model.posterior(List.of("a", "b"), strong);
        assertThat(Recommendation.recommend(PROFILES, confident).role()).isEqualTo("entry");
        assertThat(AdaptiveAssessment.riskBeyondTolerance(PROFILES, confident, 0.25)).isLessThan(0.05);
        assertThat(AdaptiveAssessment.stop(GREEDY, 10, PROFILES, confident, true))
                .contains(AdaptiveAssessment.StopReason.CONFIDENT);
        assertThat(AdaptiveAssessment.stop(GREEDY, 1, PROFILES, confident, true)).isEmpty();

        var prior = model.posterior(List.of("a", "b"), Map.of());
        assertThat(AdaptiveAssessment.stop(GREEDY, 10, PROFILES, prior, true)).isEmpty();
        assertThat(AdaptiveAssessment.stop(GREEDY, 30, PROFILES, prior, true))
                .contains(AdaptiveAssessment.StopReason.MAX_LENGTH);
        assertThat(AdaptiveAssessment.stop(GREEDY, 10, PROFILES, prior, false))
                .contains(AdaptiveAssessment.StopReason.BANK_EXHAUSTED);
    }

    @Test
    void a_candidate_near_a_cut_may_be_placed_on_either_side_of_it() {
        var near = Map.of("a", 0.9, "b", 1.0); // margin over entry −0.05
        assertThat(AssessmentSimulation.trueRole(PROFILES, near, 0)).isEqualTo("intern");
        assertThat(AssessmentSimulation.acceptable(PROFILES, near, 0.25)).containsExactly("intern", "entry");
        var clear = Map.of("a", -2.0, "b", -2.0);
        assertThat(AssessmentSimulation.acceptable(PROFILES, clear, 0.25)).containsExactly(Recommendation.NOT_YET);
    }
}
