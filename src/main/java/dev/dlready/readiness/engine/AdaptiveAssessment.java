package dev.dlready.readiness.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Adaptive readiness assessment: which question to ask next, and when to stop.
 *
 * <ul>
 *   <li><b>Content balance.</b> Every topic of the role profiles gets an equal share: the next question comes from the
 *       topic furthest below its share (ties go to the topic with the widest ability band).
 *   <li><b>Information near the cut.</b> Of the role cuts, the one the candidate is closest to (in standard errors of
 *       their margin) decides the target: the ability this topic would have if the candidate sat exactly on that cut.
 *       Questions are ranked by Fisher information there.
 *   <li><b>Exposure control.</b> "Randomesque" selection: one of the {@code randomesque} most informative questions
 *       is drawn at random, so the same few questions do not appear in every assessment.
 *   <li><b>Stopping.</b> Stop when the probability that the call is wrong by more than the indifference zone is at
 *       most {@code maxRisk}, after at least {@code minLength} questions; or at {@code maxLength}; or when the bank runs
 *       out. This is the Bayesian form of a sequential probability ratio test with an indifference region: a candidate
 *       whose margin is within {@code tolerance} logits of a cut may be placed on either side of it, and the test
 *       stops once the credible interval is clear of the cuts widened by that zone.
 * </ul>
 */
public final class AdaptiveAssessment {

    private AdaptiveAssessment() {}

    /** A question the assessment may ask: an id, its topic and its item parameters. */
    public record Item(long id, String topic, ItemParameters parameters) {}

    public record Rules(int minLength, int maxLength, double maxRisk, int randomesque, double tolerance) {
        public static final Rules DEFAULT = new Rules(11, 80, 0.02, 5, 0.25);

        public Rules {
            if (minLength < 1 || maxLength < minLength) {
                throw new IllegalArgumentException("need 1 <= minLength <= maxLength");
            }
            if (!(maxRisk > 0 && maxRisk < 0.5)) {
                throw new IllegalArgumentException("maxRisk must be in (0, 0.5)");
            }
            if (tolerance < 0) {
                throw new IllegalArgumentException("tolerance must not be negative");
            }
            if (randomesque < 1) {
                throw new IllegalArgumentException("randomesque must be at least 1");
            }
        }
    }

    /** Why an assessment ended. */
    public enum StopReason {
        CONFIDENT,
        MAX_LENGTH,
        BANK_EXHAUSTED
    }

    /** The topics the profiles cover, in profile order. */
    public static List<String> topics(List<Recommendation.Profile> profiles) {
        var topics = new LinkedHashSet<String>();
        profiles.forEach(p -> topics.addAll(p.requiredLevel().keySet().stream().sorted().toList()));
        return List.copyOf(topics);
    }

    /** Whether to stop now, and why; empty to go on. */
    public static Optional<StopReason> stop(
            Rules rules, int asked, List<Recommendation.Profile> profiles, AbilityModel.Posterior posterior,
            boolean itemsLeft) {
        if (asked >= rules.maxLength()) {
            return Optional.of(StopReason.MAX_LENGTH);
        }
        if (!itemsLeft) {
            return Optional.of(StopReason.BANK_EXHAUSTED);
        }
        if (asked >= rules.minLength() && riskBeyondTolerance(profiles, posterior, rules.tolerance()) <= rules.maxRisk()) {
            return Optional.of(StopReason.CONFIDENT);
        }
        return Optional.empty();
    }

    /**
     * The probability that the current call is wrong by more than {@code tolerance}: that the margin over the called
     * role is below −tolerance, or the margin over the next role up is above +tolerance.
     */
    public static double riskBeyondTolerance(
            List<Recommendation.Profile> profiles, AbilityModel.Posterior posterior, double tolerance) {
        var call = Recommendation.recommend(profiles, posterior);
        int index = -1;
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).role().equals(call.role())) {
                index = i;
            }
        }
        double risk = 0;
        if (index >= 0) {
            risk += 1 - posterior.probabilityMarginAtLeast(profiles.get(index).requiredLevel(), -tolerance);
        }
        if (index + 1 < profiles.size()) {
            risk += posterior.probabilityMarginAtLeast(profiles.get(index + 1).requiredLevel(), tolerance);
        }
        return Math.min(1, risk);
    }

    /**
     * The next question, or empty when no unasked question is left in any profile topic.
     *
     * @param asked ids of questions already asked
     * @param askedPerTopic how many questions each topic has had so far
     */
    public static Optional<Item> next(
            List<Item> pool,
            Set<Long> asked,
            Map<String, Integer> askedPerTopic,
            AbilityModel.Posterior posterior,
            List<Recommendation.Profile> profiles,
            Rules rules,
            RandomGenerator random) {
        var byTopic = new HashMap<String, List<Item>>();
        for (Item item : pool) {
            if (!asked.contains(item.id())) {
                byTopic.computeIfAbsent(item.topic(), t -> new ArrayList<>()).add(item);
            }
        }
        List<String> topics = topics(profiles).stream().filter(byTopic::containsKey).toList();
        if (topics.isEmpty()) {
            return Optional.empty();
        }
        int total = askedPerTopic.values().stream().mapToInt(Integer::intValue).sum();
        double share = (total + 1.0) / topics(profiles).size();
        String topic = topics.stream()
                .max(Comparator.<String>comparingDouble(t -> share - askedPerTopic.getOrDefault(t, 0))
                        .thenComparingDouble(t -> posterior.topic(t).standardError())
                        .thenComparing(Comparator.<String>naturalOrder().reversed()))
                .orElseThrow();

        double shift = nearestCutShift(profiles, posterior);
        double target = posterior.topic(topic).theta() - shift;
        var candidates = new ArrayList<>(byTopic.get(topic));
        candidates.sort(Comparator.<Item>comparingDouble(i -> -i.parameters().information(target))
                .thenComparingLong(Item::id));
        int k = Math.min(rules.randomesque(), candidates.size());
        return Optional.of(candidates.get(random.nextInt(k)));
    }

    /** The expected margin over the profile whose cut the candidate is closest to, in standard errors. */
    static double nearestCutShift(List<Recommendation.Profile> profiles, AbilityModel.Posterior posterior) {
        double best = Double.POSITIVE_INFINITY;
        double shift = 0;
        for (var profile : profiles) {
            var margin = posterior.margin(profile.requiredLevel());
            double distance = Math.abs(margin.theta()) / Math.max(1e-9, margin.standardError());
            if (distance < best) {
                best = distance;
                shift = margin.theta();
            }
        }
        return shift;
    }
}
