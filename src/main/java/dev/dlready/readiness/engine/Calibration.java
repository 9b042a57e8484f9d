package dev.dlready.readiness.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Item calibration by marginal maximum likelihood with the EM algorithm of Bock and Aitkin (1981), for the items of one
 * skill (students' abilities are per topic, so each topic is calibrated on its own).
 *
 * <p>Abilities are integrated out over a fixed quadrature grid under a standard normal prior. Each item gets a
 * discrimination {@code a} and a difficulty {@code b}; its guessing floor {@code c} is known from the question type (1/k
 * for a single choice among k options) and held fixed, so the model is a 2PL above a fixed floor. The M-step maximises
 * each item's expected complete-data log-likelihood plus weak priors, {@code log a ~ N(0, 0.5²)} and
 * {@code b ~ N(0, 2²)}, by Fisher scoring in {@code (log a, b)}; the priors keep items that nearly everyone gets right
 * (or wrong) finite. Credit in [0, 1] is a fractional success and each response carries a weight, as in {@link Eap}.
 *
 * <p>Only items with enough responses (see {@link Settings}) take part; the others keep their declared parameters and
 * contribute nothing, not even to the abilities. The result is deterministic: no randomness, fixed iteration order.
 */
public final class Calibration {

    private static final int POINTS = 61;
    private static final double LOW = -5;
    private static final double HIGH = 5;
    private static final double MIN_A = 0.1;
    private static final double MAX_A = 6;
    private static final double MAX_B = 6;

    private Calibration() {}

    /**
     * When and how to calibrate.
     *
     * @param minResponses weighted responses an item needs before it is calibrated (an exam answer weighs 1)
     * @param minStudents distinct students who must have answered it
     * @param logDiscriminationPriorSd standard deviation of the normal prior on {@code log a} (mean 0, i.e. a = 1)
     * @param difficultyPriorSd standard deviation of the normal prior on {@code b} (mean 0)
     * @param maxCycles EM cycles before giving up on convergence (the last estimates are kept)
     * @param tolerance convergence: the largest change of any a or b in one cycle
     */
    public record Settings(
            double minResponses,
            int minStudents,
            double logDiscriminationPriorSd,
            double difficultyPriorSd,
            int maxCycles,
            double tolerance) {

        public static final Settings DEFAULT = new Settings(150, 100, 0.5, 2.0, 500, 1e-4);

        public Settings {
            if (minResponses < 1 || minStudents < 1) {
                throw new IllegalArgumentException("an item needs at least one response from one student");
            }
            if (!(logDiscriminationPriorSd > 0) || !(difficultyPriorSd > 0)) {
                throw new IllegalArgumentException("prior standard deviations must be positive");
            }
            if (maxCycles < 1 || !(tolerance > 0)) {
                throw new IllegalArgumentException("at least one cycle and a positive tolerance are needed");
            }
        }

        public Settings withThreshold(double responses, int students) {
            return new Settings(responses, students, logDiscriminationPriorSd, difficultyPriorSd, maxCycles, tolerance);
        }
    }

    /** An item to calibrate: its id and the parameters in force before (their guessing floor is kept). */
    public record Item(long id, ItemParameters declared) {}

    /** One scored answer: who, which item, the credit in [0, 1] and the weight of the evidence. */
    public record Response(long student, long item, double credit, double weight) {
        public Response {
            if (credit < 0 || credit > 1) {
                throw new IllegalArgumentException("credit must be in [0, 1]");
            }
            if (!(weight > 0)) {
                throw new IllegalArgumentException("weight must be positive");
            }
        }
    }

    /**
     * What happened to one item.
     *
     * @param calibrated the estimated parameters, or null when the item had too few responses
     * @param responses the weighted number of responses
     * @param students how many distinct students answered it
     */
    public record ItemResult(
            long item, ItemParameters declared, @Nullable ItemParameters calibrated, double responses, int students) {

        public boolean isCalibrated() {
            return calibrated != null;
        }

        /** The parameters to use: calibrated when available, else declared. */
        public ItemParameters inForce() {
            return calibrated != null ? calibrated : declared;
        }
    }

    /**
     * The outcome for a set of items.
     *
     * @param students students who answered at least one calibrated item
     * @param cycles EM cycles run
     * @param converged whether the estimates settled within the tolerance
     * @param logLikelihood marginal log-likelihood of the data at the estimates (without the priors)
     */
    public record Result(List<ItemResult> items, int students, int cycles, boolean converged, double logLikelihood) {
        public Result {
            items = List.copyOf(items);
        }

        public List<ItemResult> calibrated() {
            return items.stream().filter(ItemResult::isCalibrated).toList();
        }
    }

    /** Calibrates the items that have enough responses; responses to unknown items are ignored. */
    public static Result calibrate(List<Item> items, List<Response> responses, Settings settings) {
        var byId = new LinkedHashMap<Long, Item>();
        items.forEach(item -> byId.put(item.id(), item));
        var weightByItem = new HashMap<Long, Double>();
        var studentsByItem = new HashMap<Long, Set<Long>>();
        for (Response r : responses) {
            if (byId.containsKey(r.item())) {
                weightByItem.merge(r.item(), r.weight(), Double::sum);
                studentsByItem.computeIfAbsent(r.item(), k -> new HashSet<>()).add(r.student());
            }
        }
        // Items that qualify, in a fixed order, with their index in the arrays below.
        var index = new LinkedHashMap<Long, Integer>();
        for (Item item : byId.values()) {
            double weight = weightByItem.getOrDefault(item.id(), 0.0);
            int students = studentsByItem.getOrDefault(item.id(), Set.of()).size();
            if (weight >= settings.minResponses() && students >= settings.minStudents()) {
                index.put(item.id(), index.size());
            }
        }
        int n = index.size();
        // Each student's responses to qualifying items, students in id order.
        var byStudent = new TreeMap<Long, List<Response>>();
        for (Response r : responses) {
            if (index.containsKey(r.item())) {
                byStudent.computeIfAbsent(r.student(), k -> new ArrayList<>()).add(r);
            }
        }
        var patterns = new ArrayList<int[]>();
        var credits = new ArrayList<double[]>();
        var weights = new ArrayList<double[]>();
        for (var answers : byStudent.values()) {
            int[] itemIndex = new int[answers.size()];
            double[] credit = new double[answers.size()];
            double[] weight = new double[answers.size()];
            for (int k = 0; k < answers.size(); k++) {
                itemIndex[k] = index.get(answers.get(k).item());
                credit[k] = answers.get(k).credit();
                weight[k] = answers.get(k).weight();
            }
            patterns.add(itemIndex);
            credits.add(credit);
            weights.add(weight);
        }

        double[] theta = new double[POINTS];
        double[] logPrior = new double[POINTS];
        double priorSum = 0;
        for (int q = 0; q < POINTS; q++) {
            theta[q] = LOW + q * (HIGH - LOW) / (POINTS - 1);
            priorSum += Math.exp(-0.5 * theta[q] * theta[q]);
        }
        for (int q = 0; q < POINTS; q++) {
            logPrior[q] = -0.5 * theta[q] * theta[q] - Math.log(priorSum);
        }

        double[] a = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        var qualifying = new ArrayList<>(index.keySet());
        for (int i = 0; i < n; i++) {
            Item item = byId.get(qualifying.get(i));
            c[i] = item.declared().guessing();
            a[i] = 1;
            b[i] = startingDifficulty(qualifying.get(i), responses, c[i]);
        }

        int cycles = 0;
        boolean converged = n == 0;
        double logLikelihood = 0;
        double[][] expectedTrials = new double[n][POINTS];
        double[][] expectedSuccesses = new double[n][POINTS];
        double[] posterior = new double[POINTS];
        while (!converged && cycles < settings.maxCycles()) {
            cycles++;
            logLikelihood = expectation(a, b, c, theta, logPrior, patterns, credits, weights, expectedTrials,
                    expectedSuccesses, posterior);
            double change = 0;
            for (int i = 0; i < n; i++) {
                double[] next = maximise(a[i], b[i], c[i], theta, expectedTrials[i], expectedSuccesses[i], settings);
                change = Math.max(change, Math.max(Math.abs(next[0] - a[i]), Math.abs(next[1] - b[i])));
                a[i] = next[0];
                b[i] = next[1];
            }
            converged = change < settings.tolerance();
        }
        if (n > 0) {
            logLikelihood = expectation(a, b, c, theta, logPrior, patterns, credits, weights, expectedTrials,
                    expectedSuccesses, posterior);
        }

        var results = new ArrayList<ItemResult>();
        for (Item item : byId.values()) {
            Integer i = index.get(item.id());
            results.add(new ItemResult(item.id(), item.declared(),
                    i == null ? null : new ItemParameters(a[i], b[i], c[i]),
                    weightByItem.getOrDefault(item.id(), 0.0),
                    studentsByItem.getOrDefault(item.id(), Set.of()).size()));
        }
        return new Result(results, byStudent.size(), cycles, converged, logLikelihood);
    }

    /**
     * Puts calibrated difficulties on the scale of the declared ones. The EM places the mean ability of the students who
     * answered at 0, while role requirements are set on the declared scale (0 = a typical intern question of
     * difficulty 3 is answered half the time). Shifting every calibrated {@code b} by the same amount, so that the
     * calibrated items keep the average of their declared difficulties, keeps the requirements meaningful: the data
     * decide which items are harder than others and how sharply they discriminate, the authors' scale decides where
     * the middle is. Discriminations are unchanged (the unit of the scale is the same).
     */
    public static Result linkToDeclared(Result result) {
        var calibrated = result.calibrated();
        if (calibrated.isEmpty()) {
            return result;
        }
        double shift = calibrated.stream()
                .mapToDouble(r -> r.declared().difficulty() - r.calibrated().difficulty())
                .average()
                .orElse(0);
        var linked = result.items().stream().map(r -> r.calibrated() == null ? r : new ItemResult(r.item(),
                        r.declared(), new ItemParameters(r.calibrated().discrimination(),
                                r.calibrated().difficulty() + shift, r.calibrated().guessing()),
                        r.responses(), r.students()))
                .toList();
        return new Result(linked, result.students(), result.cycles(), result.converged(), result.logLikelihood());
    }

    /** E-step: expected trials and successes of each item at each grid point; returns the marginal log-likelihood. */
    private static double expectation(
            double[] a,
            double[] b,
            double[] c,
            double[] theta,
            double[] logPrior,
            List<int[]> patterns,
            List<double[]> credits,
            List<double[]> weights,
            double[][] expectedTrials,
            double[][] expectedSuccesses,
            double[] posterior) {
        int n = a.length;
        double[][] logP = new double[n][POINTS];
        double[][] logQ = new double[n][POINTS];
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < POINTS; q++) {
                double p = clamp(probability(a[i], b[i], c[i], theta[q]));
                logP[i][q] = Math.log(p);
                logQ[i][q] = Math.log(1 - p);
            }
            java.util.Arrays.fill(expectedTrials[i], 0);
            java.util.Arrays.fill(expectedSuccesses[i], 0);
        }
        double total = 0;
        for (int s = 0; s < patterns.size(); s++) {
            int[] items = patterns.get(s);
            double[] credit = credits.get(s);
            double[] weight = weights.get(s);
            double max = Double.NEGATIVE_INFINITY;
            for (int q = 0; q < POINTS; q++) {
                double log = logPrior[q];
                for (int k = 0; k < items.length; k++) {
                    log += weight[k] * (credit[k] * logP[items[k]][q] + (1 - credit[k]) * logQ[items[k]][q]);
                }
                posterior[q] = log;
                max = Math.max(max, log);
            }
            double sum = 0;
            for (int q = 0; q < POINTS; q++) {
                posterior[q] = Math.exp(posterior[q] - max);
                sum += posterior[q];
            }
            total += max + Math.log(sum);
            for (int q = 0; q < POINTS; q++) {
                posterior[q] /= sum;
            }
            for (int k = 0; k < items.length; k++) {
                double[] trials = expectedTrials[items[k]];
                double[] successes = expectedSuccesses[items[k]];
                for (int q = 0; q < POINTS; q++) {
                    double w = weight[k] * posterior[q];
                    trials[q] += w;
                    successes[q] += w * credit[k];
                }
            }
        }
        return total;
    }

    /**
     * M-step for one item: Fisher scoring on {@code (log a, b)} for the expected log-likelihood plus the log priors,
     * with step halving so the objective never decreases. Returns {@code {a, b}}.
     */
    private static double[] maximise(
            double a0, double b0, double c, double[] theta, double[] trials, double[] successes, Settings settings) {
        double alpha = Math.log(a0);
        double b = b0;
        double varAlpha = settings.logDiscriminationPriorSd() * settings.logDiscriminationPriorSd();
        double varB = settings.difficultyPriorSd() * settings.difficultyPriorSd();
        double current = objective(alpha, b, c, theta, trials, successes, varAlpha, varB);
        for (int iteration = 0; iteration < 20; iteration++) {
            double a = Math.exp(alpha);
            double gAlpha = -alpha / varAlpha;
            double gB = -b / varB;
            double iAA = 1 / varAlpha;
            double iAB = 0;
            double iBB = 1 / varB;
            for (int q = 0; q < POINTS; q++) {
                if (trials[q] <= 0) {
                    continue;
                }
                double s = 1 / (1 + Math.exp(-a * (theta[q] - b)));
                double p = clamp(c + (1 - c) * s);
                double dPdz = (1 - c) * s * (1 - s);
                double dzdAlpha = a * (theta[q] - b);
                double dzdB = -a;
                double residual = (successes[q] - trials[q] * p) / (p * (1 - p));
                gAlpha += residual * dPdz * dzdAlpha;
                gB += residual * dPdz * dzdB;
                double info = trials[q] * dPdz * dPdz / (p * (1 - p));
                iAA += info * dzdAlpha * dzdAlpha;
                iAB += info * dzdAlpha * dzdB;
                iBB += info * dzdB * dzdB;
            }
            double det = iAA * iBB - iAB * iAB;
            if (!(det > 0)) {
                break;
            }
            double stepAlpha = (iBB * gAlpha - iAB * gB) / det;
            double stepB = (iAA * gB - iAB * gAlpha) / det;
            double scale = 1;
            boolean improved = false;
            for (int halving = 0; halving < 30; halving++) {
                double nextAlpha = clampRange(alpha + scale * stepAlpha, Math.log(MIN_A), Math.log(MAX_A));
                double nextB = clampRange(b + scale * stepB, -MAX_B, MAX_B);
                double value = objective(nextAlpha, nextB, c, theta, trials, successes, varAlpha, varB);
                if (value >= current) {
                    double moved = Math.max(Math.abs(nextAlpha - alpha), Math.abs(nextB - b));
                    alpha = nextAlpha;
                    b = nextB;
                    current = value;
                    improved = moved > 1e-10;
                    break;
                }
                scale /= 2;
            }
            if (!improved || Math.max(Math.abs(stepAlpha), Math.abs(stepB)) < 1e-8) {
                break;
            }
        }
        return new double[] {Math.exp(alpha), b};
    }

    private static double objective(
            double alpha, double b, double c, double[] theta, double[] trials, double[] successes, double varAlpha,
            double varB) {
        double a = Math.exp(alpha);
        double value = -0.5 * alpha * alpha / varAlpha - 0.5 * b * b / varB;
        for (int q = 0; q < POINTS; q++) {
            if (trials[q] <= 0) {
                continue;
            }
            double p = clamp(probability(a, b, c, theta[q]));
            value += successes[q] * Math.log(p) + (trials[q] - successes[q]) * Math.log(1 - p);
        }
        return value;
    }

    /** A start for b from the share of credit above the guessing floor, as if a were 1. */
    private static double startingDifficulty(long item, List<Response> responses, double c) {
        double credit = 0;
        double weight = 0;
        for (Response r : responses) {
            if (r.item() == item) {
                credit += r.weight() * r.credit();
                weight += r.weight();
            }
        }
        double p = weight == 0 ? 0.5 : credit / weight;
        double aboveFloor = clampRange((p - c) / (1 - c), 0.02, 0.98);
        return clampRange(-Math.log(aboveFloor / (1 - aboveFloor)), -4, 4);
    }

    private static double probability(double a, double b, double c, double theta) {
        return c + (1 - c) / (1 + Math.exp(-a * (theta - b)));
    }

    private static double clamp(double p) {
        return clampRange(p, 1e-12, 1 - 1e-12);
    }

    private static double clampRange(double x, double low, double high) {
        return Math.max(low, Math.min(high, x));
    }
}
