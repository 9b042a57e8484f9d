package dev.dlready.review.engine;

/**
 * The memory state of one card in FSRS: stability S (days until the chance of recall falls to 90 %) and difficulty D
 * (1 to 10).
 */
public record Memory(double stability, double difficulty) {
    public Memory {
        if (!(stability > 0) || Double.isInfinite(stability)) {
            throw new IllegalArgumentException("Stability must be a positive number of days, not " + stability);
        }
        if (!(difficulty >= Fsrs.MIN_DIFFICULTY && difficulty <= Fsrs.MAX_DIFFICULTY)) {
            throw new IllegalArgumentException("Difficulty must lie in [1, 10], not " + difficulty);
        }
    }
}
