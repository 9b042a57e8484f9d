package dev.dlready.readiness.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Per-topic abilities under a hierarchical prior: {@code theta_k = g + u_k}, with a general ability
 * {@code g ~ N(0, generalSd^2)} shared by all topics and a topic-specific part {@code u_k ~ N(0, topicSd^2)}.
 *
 * <p>Topics are correlated through {@code g}: evidence in one topic moves the others a little, and a topic without
 * evidence is estimated near the candidate's general level with a wide band instead of being treated as an
 * independent coin flip. The posterior is computed exactly on grids: for each value of {@code g}, the topics are
 * independent given {@code g}, so each topic needs only a one-dimensional integral.
 */
public final class AbilityModel {

    /** The prior's spread: with the defaults each topic's marginal prior is N(0, 1). */
    public record Settings(double generalSd, double topicSd) {
        public static final Settings DEFAULT = new Settings(0.8, 0.6);

        public Settings {
            if (!(generalSd > 0) || !(topicSd > 0)) {
                throw new IllegalArgumentException("prior standard deviations must be positive");
            }
        }
    }

    static final int THETA_POINTS = 101;
    static final double THETA_LOW = -5;
    static final double THETA_HIGH = 5;
    static final int G_POINTS = 61;

    private final Settings settings;
    private final double[] theta = new double[THETA_POINTS];
    private final double[] g = new double[G_POINTS];
    private final double[] gPrior = new double[G_POINTS];
    /** kernel[j][t] = density of theta_t given g_j (unnormalised but the same constant for every j). */
    private final double[][] kernel = new double[G_POINTS][THETA_POINTS];

    public AbilityModel(Settings settings) {
        this.settings = settings;
        double step = (THETA_HIGH - THETA_LOW) / (THETA_POINTS - 1);
        for (int t = 0; t < THETA_POINTS; t++) {
            theta[t] = THETA_LOW + t * step;
        }
        double gHigh = 4 * settings.generalSd();
        double gStep = 2 * gHigh / (G_POINTS - 1);
        for (int j = 0; j < G_POINTS; j++) {
            g[j] = -gHigh + j * gStep;
            double z = g[j] / settings.generalSd();
            gPrior[j] = Math.exp(-0.5 * z * z);
            for (int t = 0; t < THETA_POINTS; t++) {
                double u = (theta[t] - g[j]) / settings.topicSd();
                kernel[j][t] = Math.exp(-0.5 * u * u);
            }
        }
    }

    public AbilityModel() {
        this(Settings.DEFAULT);
    }

    public Settings settings() {
        return settings;
    }

    /** The likelihood of one topic's responses on the ability grid, scaled so its maximum is 1. */
    public TopicLikelihood likelihood(List<Eap.Response> responses) {
        var likelihood = new TopicLikelihood();
        responses.forEach(likelihood::add);
        return likelihood;
    }

    /** A topic's log-likelihood on the ability grid; add responses one at a time (cheap, for adaptive testing). */
    public static final class TopicLikelihood {
        private final double[] log = new double[THETA_POINTS];
        private double evidence;

        public TopicLikelihood() {}

        public TopicLikelihood copy() {
            var copy = new TopicLikelihood();
            System.arraycopy(log, 0, copy.log, 0, THETA_POINTS);
            copy.evidence = evidence;
            return copy;
        }

        public void add(Eap.Response r) {
            double step = (THETA_HIGH - THETA_LOW) / (THETA_POINTS - 1);
            for (int t = 0; t < THETA_POINTS; t++) {
                double p = Math.min(1 - 1e-12, Math.max(1e-12, r.item().probability(THETA_LOW + t * step)));
                log[t] += r.weight() * (r.credit() * Math.log(p) + (1 - r.credit()) * Math.log(1 - p));
            }
            evidence += r.weight();
        }

        public double evidence() {
            return evidence;
        }
    }

    /** The joint posterior of all topics, given each topic's responses (topics listed without responses use the prior). */
    public Posterior posterior(Collection<String> topics, Map<String, TopicLikelihood> data) {
        var all = new LinkedHashSet<String>(topics);
        all.addAll(data.keySet());
        int k = all.size();
        String[] names = all.toArray(String[]::new);
        double[][] mean = new double[k][G_POINTS];
        double[][] variance = new double[k][G_POINTS];
        double[] logWeight = new double[G_POINTS];
        double[] evidence = new double[k];
        for (int j = 0; j < G_POINTS; j++) {
            logWeight[j] = Math.log(gPrior[j]);
        }
        for (int i = 0; i < k; i++) {
            var likelihood = data.get(names[i]);
            if (likelihood == null || likelihood.evidence == 0) {
                for (int j = 0; j < G_POINTS; j++) {
                    mean[i][j] = g[j];
                    variance[i][j] = settings.topicSd() * settings.topicSd();
                }
                continue;
            }
            evidence[i] = likelihood.evidence;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : likelihood.log) {
                max = Math.max(max, v);
            }
            double[] lik = new double[THETA_POINTS];
            for (int t = 0; t < THETA_POINTS; t++) {
                lik[t] = Math.exp(likelihood.log[t] - max);
            }
            for (int j = 0; j < G_POINTS; j++) {
                double z = 0;
                double m = 0;
                double m2 = 0;
                double[] kj = kernel[j];
                for (int t = 0; t < THETA_POINTS; t++) {
                    double w = lik[t] * kj[t];
                    z += w;
                    m += w * theta[t];
                    m2 += w * theta[t] * theta[t];
                }
                if (z <= 0) {
                    // The responses are impossible for every ability near this g: it carries no posterior weight.
                    logWeight[j] = Double.NEGATIVE_INFINITY;
                    mean[i][j] = g[j];
                    variance[i][j] = settings.topicSd() * settings.topicSd();
                    continue;
                }
                m /= z;
                mean[i][j] = m;
                variance[i][j] = Math.max(0, m2 / z - m * m);
                logWeight[j] += Math.log(z);
            }
        }
        double maxLog = Double.NEGATIVE_INFINITY;
        for (double v : logWeight) {
            maxLog = Math.max(maxLog, v);
        }
        double[] weight = new double[G_POINTS];
        double sum = 0;
        for (int j = 0; j < G_POINTS; j++) {
            weight[j] = Math.exp(logWeight[j] - maxLog);
            sum += weight[j];
        }
        for (int j = 0; j < G_POINTS; j++) {
            weight[j] /= sum;
        }
        var index = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < k; i++) {
            index.put(names[i], i);
        }
        return new Posterior(index, weight, mean, variance, evidence, g);
    }

    /** Convenience: the posterior from lists of responses per topic. */
    public Posterior posteriorOf(Collection<String> topics, Map<String, List<Eap.Response>> responses) {
        var data = new LinkedHashMap<String, TopicLikelihood>();
        responses.forEach((topic, list) -> data.put(topic, likelihood(list)));
        return posterior(topics, data);
    }

    /** The joint posterior: a mixture over the general ability of independent per-topic posteriors. */
    public static final class Posterior {
        private final Map<String, Integer> index;
        private final double[] weight;
        private final double[][] mean;
        private final double[][] variance;
        private final double[] evidence;
        private final double[] g;

        Posterior(Map<String, Integer> index, double[] weight, double[][] mean, double[][] variance, double[] evidence,
                double[] g) {
            this.index = index;
            this.weight = weight;
            this.mean = mean;
            this.variance = variance;
            this.evidence = evidence;
            this.g = g;
        }

        public List<String> topics() {
            return List.copyOf(index.keySet());
        }

        /** One topic's ability: posterior mean and standard deviation, and the weight of evidence behind it. */
        public AbilityEstimate topic(String topic) {
            Integer i = index.get(topic);
            if (i == null) {
                throw new IllegalArgumentException("Unknown topic " + topic);
            }
            double m = 0;
            double m2 = 0;
            for (int j = 0; j < weight.length; j++) {
                m += weight[j] * mean[i][j];
                m2 += weight[j] * (variance[i][j] + mean[i][j] * mean[i][j]);
            }
            return new AbilityEstimate(m, Math.sqrt(Math.max(0, m2 - m * m)), evidence[i]);
        }

        /** The general ability shared by all topics. */
        public AbilityEstimate general() {
            double m = 0;
            double m2 = 0;
            for (int j = 0; j < weight.length; j++) {
                m += weight[j] * g[j];
                m2 += weight[j] * g[j] * g[j];
            }
            return new AbilityEstimate(m, Math.sqrt(Math.max(0, m2 - m * m)), 0);
        }

        /**
         * The margin over a role profile: the average over its topics of (ability − required level). Its posterior
         * mean and standard deviation.
         */
        public AbilityEstimate margin(Map<String, Double> required) {
            double m = 0;
            double m2 = 0;
            for (int j = 0; j < weight.length; j++) {
                double mu = conditionalMean(required, j);
                m += weight[j] * mu;
                m2 += weight[j] * (conditionalVariance(required, j) + mu * mu);
            }
            double e = required.keySet().stream().mapToDouble(t -> evidence[index.get(t)]).sum();
            return new AbilityEstimate(m, Math.sqrt(Math.max(0, m2 - m * m)), e);
        }

        /**
         * P(margin ≥ 0): given g the topics are independent, so the margin is approximately normal with the summed
         * conditional moments; the mixture over g is exact.
         */
        public double probabilityMeets(Map<String, Double> required) {
            return probabilityMarginAtLeast(required, 0);
        }

        /** P(margin ≥ threshold), computed as for {@link #probabilityMeets}. */
        public double probabilityMarginAtLeast(Map<String, Double> required, double threshold) {
            if (required.isEmpty()) {
                return threshold <= 0 ? 1 : 0;
            }
            double p = 0;
            for (int j = 0; j < weight.length; j++) {
                if (weight[j] == 0) {
                    continue;
                }
                double mu = conditionalMean(required, j) - threshold;
                double sd = Math.sqrt(conditionalVariance(required, j));
                p += weight[j] * (sd == 0 ? (mu >= 0 ? 1 : 0) : Normal.cdf(mu / sd));
            }
            return Math.min(1, Math.max(0, p));
        }

        private double conditionalMean(Map<String, Double> required, int j) {
            double sum = 0;
            for (var e : required.entrySet()) {
                sum += mean[topicIndex(e.getKey())][j] - e.getValue();
            }
            return sum / required.size();
        }

        private double conditionalVariance(Map<String, Double> required, int j) {
            double sum = 0;
            for (String topic : required.keySet()) {
                sum += variance[topicIndex(topic)][j];
            }
            return sum / ((double) required.size() * required.size());
        }

        private int topicIndex(String topic) {
            Integer i = index.get(topic);
            if (i == null) {
                throw new IllegalArgumentException("Topic " + topic + " is not part of this posterior");
            }
            return i;
        }
    }
}
