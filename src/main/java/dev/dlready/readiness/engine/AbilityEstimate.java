package dev.dlready.readiness.engine;

/** An ability on the logit scale with its standard error (the posterior standard deviation under EAP). */
public record AbilityEstimate(double theta, double standardError, double evidence) {

    /** The probability that the true ability is at least {@code cut}, under a normal approximation. */
    public double probabilityAtLeast(double cut) {
        return 1 - Normal.cdf((cut - theta) / standardError);
    }
}
