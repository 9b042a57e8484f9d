package dev.dlready.review.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The FSRS-6 memory model and scheduler (Free Spaced Repetition Scheduler, version 6), written from the published
 * formulas with its 21 default parameters w0…w20. Days are whole calendar days; every time is a parameter, so there
 * is no clock inside. This scheduler uses no learning steps and no fuzz: each review, whatever its rating, schedules the
 * next one at least a day later, which suits a daily review queue.
 *
 * <ul>
 *   <li>Retrievability after t days: R(t, S) = (1 + factor·t/S)^(−w20), with factor = 0.9^(−1/w20) − 1, so R(S, S)
 *       = 0.9.
 *   <li>First review with grade G (1 = Again … 4 = Easy): S0(G) = w[G−1]; D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to
 *       [1, 10].
 *   <li>Difficulty: ΔD = −w6·(G − 3); D' = D + ΔD·(10 − D)/9 (linear damping); D'' = w7·D0(4) + (1 − w7)·D' (mean
 *       reversion to the unclamped D0(4)), clamped to [1, 10].
 *   <li>Recall (G ≥ 2) a day or more later: S' = S·(1 + e^w8·(11 − D)·S^(−w9)·(e^(w10·(1−R)) − 1)·h·b), with the hard
 *       penalty h = w15 when G = 2 and the easy bonus b = w16 when G = 4.
 *   <li>Lapse (G = 1) a day or more later: S' = min(w11·D^(−w12)·((S + 1)^w13 − 1)·e^(w14·(1−R)), S/e^(w17·w18)).
 *   <li>Review on the same day: S' = S·e^(w17·(G − 3 + w18))·S^(−w19), never lower than S when G ≥ 3.
 *   <li>Next interval for the desired retention r: I = S/factor·(r^(1/−w20) − 1), rounded to whole days, at least one
 *       day and at most 36 500; with r = 0.9 it equals S.
 * </ul>
 */
public final class Fsrs {

    /** The FSRS-6 default parameters w0…w20 (fitted by the FSRS authors on a large set of review histories). */
    public static final List<Double> DEFAULT_PARAMETERS = List.of(
            0.2172, 1.1771, 3.2602, 16.1507, 7.0114, 0.57, 2.0966, 0.0069, 1.5261, 0.112, 1.0178, 1.849, 0.1133,
            0.3127, 2.2934, 0.2191, 3.0004, 0.7536, 0.3332, 0.1437, 0.2);

    public static final double DEFAULT_DESIRED_RETENTION = 0.9;
    public static final int MAXIMUM_INTERVAL_DAYS = 36_500;
    public static final double MIN_STABILITY = 0.001;
    public static final double MIN_DIFFICULTY = 1;
    public static final double MAX_DIFFICULTY = 10;

    private final double[] w;
    private final double desiredRetention;
    private final double decay;
    private final double factor;

    /** What one review did: the new memory, the days since the previous review, the recall chance then, the next due. */
    public record Step(
            Memory memory, long elapsedDays, @Nullable Double retrievability, int intervalDays, LocalDate due) {}

    public Fsrs(List<Double> parameters, double desiredRetention) {
        if (parameters.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 takes 21 parameters, not " + parameters.size());
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("The desired retention must lie strictly between 0 and 1");
        }
        this.w = parameters.stream().mapToDouble(Double::doubleValue).toArray();
        if (!(w[20] >= 0.1 && w[20] <= 0.8)) {
            throw new IllegalArgumentException("w20 (the decay) must lie in [0.1, 0.8], not " + w[20]);
        }
        this.desiredRetention = desiredRetention;
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** FSRS-6 with its default parameters and a desired retention of 90 %. */
    public static Fsrs withDefaults() {
        return new Fsrs(DEFAULT_PARAMETERS, DEFAULT_DESIRED_RETENTION);
    }

    /** The factor of the forgetting curve, 0.9^(−1/w20) − 1. */
    public double factor() {
        return factor;
    }

    public double desiredRetention() {
        return desiredRetention;
    }

    /** The chance of recall {@code elapsedDays} after the last review of a memory with this stability. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * Math.max(0, elapsedDays) / stability, decay);
    }

    /** S0(G) = w[G−1]. */
    public double initialStability(Rating rating) {
        return Math.max(w[rating.grade() - 1], MIN_STABILITY);
    }

    /** D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to [1, 10]. */
    public double initialDifficulty(Rating rating) {
        return clampDifficulty(rawInitialDifficulty(rating));
    }

    private double rawInitialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1;
    }

    /** The difficulty after a review: linear damping of the change, then mean reversion to D0(4). */
    public double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3);
        double damped = difficulty + delta * (10 - difficulty) / 9;
        double reverted = w[7] * rawInitialDifficulty(Rating.EASY) + (1 - w[7]) * damped;
        return clampDifficulty(reverted);
    }

    /** The stability after a successful recall (Hard, Good or Easy) a day or more after the last review. */
    public double recallStability(double difficulty, double stability, double retrievability, Rating rating) {
        if (rating == Rating.AGAIN) {
            throw new IllegalArgumentException("Again is a lapse, not a recall");
        }
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        double growth = Math.exp(w[8])
                * (11 - difficulty)
                * Math.pow(stability, -w[9])
                * (Math.exp(w[10] * (1 - retrievability)) - 1)
                * hardPenalty
                * easyBonus;
        return Math.max(stability * (1 + growth), MIN_STABILITY);
    }

    /** The stability after a lapse (Again) a day or more after the last review; never above S/e^(w17·w18). */
    public double forgetStability(double difficulty, double stability, double retrievability) {
        double longTerm = w[11]
                * Math.pow(difficulty, -w[12])
                * (Math.pow(stability + 1, w[13]) - 1)
                * Math.exp(w[14] * (1 - retrievability));
        double shortTermCap = stability / Math.exp(w[17] * w[18]);
        return Math.max(Math.min(longTerm, shortTermCap), MIN_STABILITY);
    }

    /** The stability after a second review on the same day. */
    public double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1);
        }
        return Math.max(stability * increase, MIN_STABILITY);
    }

    /** Whole days until the chance of recall falls to the desired retention: at least 1, at most 36 500. */
    public int intervalDays(double stability) {
        double days = stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
        return (int) Math.min(Math.max(Math.round(days), 1), MAXIMUM_INTERVAL_DAYS);
    }

    /** The memory after the first review of a card. */
    public Memory first(Rating rating) {
        return new Memory(initialStability(rating), initialDifficulty(rating));
    }

    /** The memory after a later review, {@code elapsedDays} whole days after the previous one (0 = the same day). */
    public Memory next(Memory memory, long elapsedDays, Rating rating) {
        double stability;
        if (elapsedDays < 1) {
            stability = shortTermStability(memory.stability(), rating);
        } else {
            double r = retrievability(elapsedDays, memory.stability());
            stability = rating == Rating.AGAIN
                    ? forgetStability(memory.difficulty(), memory.stability(), r)
                    : recallStability(memory.difficulty(), memory.stability(), r, rating);
        }
        return new Memory(stability, nextDifficulty(memory.difficulty(), rating));
    }

    /**
     * One review on {@code day}: the first when {@code before} is null, otherwise a later one after the review on
     * {@code lastReview}. Returns the new memory and the day the card is due next.
     */
    public Step review(@Nullable Memory before, @Nullable LocalDate lastReview, LocalDate day, Rating rating) {
        if (before == null || lastReview == null) {
            Memory memory = first(rating);
            int interval = intervalDays(memory.stability());
            return new Step(memory, 0, null, interval, day.plusDays(interval));
        }
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(lastReview, day));
        double r = retrievability(elapsed, before.stability());
        Memory memory = next(before, elapsed, rating);
        int interval = intervalDays(memory.stability());
        return new Step(memory, elapsed, r, interval, day.plusDays(interval));
    }

    /** The chance of recalling a card on {@code day} if it is not reviewed again after {@code lastReview}. */
    public double retrievabilityOn(Memory memory, LocalDate lastReview, LocalDate day) {
        return retrievability(Math.max(0, ChronoUnit.DAYS.between(lastReview, day)), memory.stability());
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }
}
