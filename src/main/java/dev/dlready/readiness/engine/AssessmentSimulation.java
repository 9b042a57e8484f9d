package dev.dlready.readiness.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Simulated candidates with known abilities take the adaptive assessment and fixed forms of the same bank; the
 * report compares how often each classifies them correctly and how many questions it needs.
 *
 * <p>Candidates are drawn from the model's own prior (general ability N(0, 0.8²), topic parts N(0, 0.6²)); their true
 * role is the highest profile whose margin, computed from the true abilities, is at least zero. Responses are drawn
 * from the item parameters, so the simulation measures the design (selection, stopping, scoring), not the fit of the
 * model to real people.
 */
public final class AssessmentSimulation {

    private AssessmentSimulation() {}

    /** The result of one design on the simulated population. */
    /**
     * @param accuracy share of candidates placed in their true role, or in a neighbouring role when their true margin
     *     is within the tolerance of the cut between them
     * @param strictAccuracy share placed exactly in their true role, however close to a cut they are
     */
    public record Outcome(
            String design, double accuracy, double strictAccuracy, double meanLength, int maxLength, double maxExposure) {}

    public record Report(int candidates, Outcome adaptive, List<Outcome> fixedForms, int fixedLengthForSameAccuracy) {
        public Report {
            fixedForms = List.copyOf(fixedForms);
        }

        /** Adaptive mean length over the shortest fixed form that is at least as accurate (∞ if none is). */
        public double lengthRatio() {
            return fixedLengthForSameAccuracy <= 0 ? 0 : adaptive.meanLength() / fixedLengthForSameAccuracy;
        }
    }

    public static Report run(
            List<AdaptiveAssessment.Item> pool,
            List<Recommendation.Profile> profiles,
            AdaptiveAssessment.Rules rules,
            List<Integer> fixedLengths,
            int candidates,
            RandomGenerator random) {
        var model = new AbilityModel();
        var settings = model.settings();
        List<String> topics = AdaptiveAssessment.topics(profiles);
        var population = new ArrayList<Map<String, Double>>();
        for (int c = 0; c < candidates; c++) {
            double g = settings.generalSd() * random.nextGaussian();
            var theta = new LinkedHashMap<String, Double>();
            for (String topic : topics) {
                theta.put(topic, g + settings.topicSd() * random.nextGaussian());
            }
            population.add(theta);
        }

        int correct = 0;
        int strict = 0;
        long totalLength = 0;
        int longest = 0;
        var exposure = new HashMap<Long, Integer>();
        for (var theta : population) {
            var likelihoods = new HashMap<String, AbilityModel.TopicLikelihood>();
            var asked = new HashSet<Long>();
            var perTopic = new HashMap<String, Integer>();
            Recommendation.Result call;
            while (true) {
                var posterior = model.posterior(topics, likelihoods);
                call = Recommendation.recommend(profiles, posterior);
                var next = AdaptiveAssessment.next(pool, asked, perTopic, posterior, profiles, rules, random);
                if (AdaptiveAssessment.stop(rules, asked.size(), profiles, posterior, next.isPresent()).isPresent()) {
                    break;
                }
                var item = next.orElseThrow();
                asked.add(item.id());
                perTopic.merge(item.topic(), 1, Integer::sum);
                exposure.merge(item.id(), 1, Integer::sum);
                double p = item.parameters().probability(theta.get(item.topic()));
                likelihoods.computeIfAbsent(item.topic(), t -> new AbilityModel.TopicLikelihood())
                        .add(new Eap.Response(item.parameters(), random.nextDouble() < p ? 1 : 0));
            }
            if (call.role().equals(trueRole(profiles, theta, 0))) {
                strict++;
            }
            if (acceptable(profiles, theta, rules.tolerance()).contains(call.role())) {
                correct++;
            }
            totalLength += asked.size();
            longest = Math.max(longest, asked.size());
        }
        double maxExposure = exposure.values().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) candidates;
        var adaptive = new Outcome("adaptive", correct / (double) candidates, strict / (double) candidates, totalLength / (double) candidates, longest,
                maxExposure);

        var fixed = new ArrayList<Outcome>();
        int sameAccuracy = -1;
        for (int length : fixedLengths) {
            var form = fixedForm(pool, topics, length);
            int right = 0;
            int exact = 0;
            for (var theta : population) {
                var likelihoods = new HashMap<String, AbilityModel.TopicLikelihood>();
                for (var item : form) {
                    double p = item.parameters().probability(theta.get(item.topic()));
                    likelihoods.computeIfAbsent(item.topic(), t -> new AbilityModel.TopicLikelihood())
                            .add(new Eap.Response(item.parameters(), random.nextDouble() < p ? 1 : 0));
                }
                var call = Recommendation.recommend(profiles, model.posterior(topics, likelihoods));
                if (call.role().equals(trueRole(profiles, theta, 0))) {
                    exact++;
                }
                if (acceptable(profiles, theta, rules.tolerance()).contains(call.role())) {
                    right++;
                }
            }
            var outcome = new Outcome("fixed " + form.size(), right / (double) candidates, exact / (double) candidates, form.size(), form.size(),
                    form.isEmpty() ? 0 : 1);
            fixed.add(outcome);
            if (sameAccuracy < 0 && outcome.accuracy() >= adaptive.accuracy()) {
                sameAccuracy = form.size();
            }
        }
        return new Report(candidates, adaptive, fixed, sameAccuracy);
    }

    /** The highest role whose profile the true abilities, all shifted by {@code shift}, meet. */
    public static String trueRole(List<Recommendation.Profile> profiles, Map<String, Double> theta, double shift) {
        String role = Recommendation.NOT_YET;
        for (var profile : profiles) {
            double margin = profile.requiredLevel().entrySet().stream()
                    .mapToDouble(e -> theta.get(e.getKey()) - e.getValue()).average().orElse(0);
            if (margin + shift >= 0) {
                role = profile.role();
            }
        }
        return role;
    }

    /** The roles a candidate may be placed in: their own, and any reached by moving every ability by ≤ tolerance. */
    public static java.util.Set<String> acceptable(
            List<Recommendation.Profile> profiles, Map<String, Double> theta, double tolerance) {
        var roles = new java.util.LinkedHashSet<String>();
        roles.add(Recommendation.NOT_YET);
        profiles.forEach(p -> roles.add(p.role()));
        var order = List.copyOf(roles);
        int low = order.indexOf(trueRole(profiles, theta, -tolerance));
        int high = order.indexOf(trueRole(profiles, theta, tolerance));
        return new java.util.LinkedHashSet<>(order.subList(low, high + 1));
    }

    /**
     * A fixed form of about {@code length} questions: an equal share per topic, spread evenly over each topic's
     * difficulty range (the way a careful author would assemble a one-size-fits-all quiz).
     */
    public static List<AdaptiveAssessment.Item> fixedForm(List<AdaptiveAssessment.Item> pool, List<String> topics, int length) {
        var form = new ArrayList<AdaptiveAssessment.Item>();
        int per = Math.max(1, Math.round(length / (float) topics.size()));
        for (String topic : topics) {
            var items = pool.stream().filter(i -> i.topic().equals(topic))
                    .sorted(Comparator.<AdaptiveAssessment.Item>comparingDouble(i -> i.parameters().difficulty())
                            .thenComparingLong(AdaptiveAssessment.Item::id))
                    .toList();
            int n = Math.min(per, items.size());
            for (int i = 0; i < n; i++) {
                form.add(items.get((int) ((i + 0.5) * items.size() / n)));
            }
        }
        return form;
    }
}
