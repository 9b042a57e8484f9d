package dev.dlready.readiness.engine;

import java.util.List;

/**
 * Expected-a-posteriori ability estimation with a standard normal prior, by quadrature on a fixed grid. Credit in
 * [0, 1] is used as a fractional success (partial credit counts proportionally).
 */
public final class Eap {

    private static final int POINTS = 121;
    private static final double LOW = -5;
    private static final double HIGH = 5;

    private Eap() {}

    public record Response(ItemParameters item, double credit, double weight) {
        public Response {
            if (credit < 0 || credit > 1) {
                throw new IllegalArgumentException("credit must be in [0, 1]");
            }
            if (weight < 0) {
                throw new IllegalArgumentException("weight must not be negative");
            }
        }

        public Response(ItemParameters item, double credit) {
            this(item, credit, 1);
        }
    }

    public static AbilityEstimate estimate(List<Response> responses) {
        double step = (HIGH - LOW) / (POINTS - 1);
        double[] logPosterior = new double[POINTS];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < POINTS; i++) {
            double theta = LOW + i * step;
            double log = -0.5 * theta * theta;
            for (Response r : responses) {
                double p = Math.min(1 - 1e-12, Math.max(1e-12, r.item().probability(theta)));
                log += r.weight() * (r.credit() * Math.log(p) + (1 - r.credit()) * Math.log(1 - p));
            }
            logPosterior[i] = log;
            max = Math.max(max, log);
        }
        double sum = 0;
        double mean = 0;
        for (int i = 0; i < POINTS; i++) {
            double w = Math.exp(logPosterior[i] - max);
            sum += w;
            mean += w * (LOW + i * step);
        }
        mean /= sum;
        double variance = 0;
        for (int i = 0; i < POINTS; i++) {
            double w = Math.exp(logPosterior[i] - max);
            double d = LOW + i * step - mean;
            variance += w * d * d;
        }
        variance /= sum;
        double evidence = responses.stream().mapToDouble(Response::weight).sum();
        return new AbilityEstimate(mean, Math.sqrt(variance), evidence);
    }
}
