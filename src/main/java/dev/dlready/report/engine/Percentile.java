package dev.dlready.report.engine;

import java.util.Collection;

/** Where a value stands among others: the share of the population below it, ties counting half. */
public final class Percentile {

    private Percentile() {}

    /**
     * @param others the values of everyone else (not including this candidate)
     * @return 0–100, rounded; 50 when there is nobody else to compare with
     */
    public static int rank(double value, Collection<Double> others) {
        if (others.isEmpty()) {
            return 50;
        }
        double below = 0;
        for (double other : others) {
            if (other < value - 1e-9) {
                below += 1;
            } else if (Math.abs(other - value) <= 1e-9) {
                below += 0.5;
            }
        }
        // The candidate counts as half of themselves, so the only candidate sits at 50.
        return (int) Math.round(100 * (below + 0.5) / (others.size() + 1));
    }
}
