package dev.dlready.readiness.engine;

/**
 * Parameters of one question under the three-parameter logistic model:
 * {@code P(correct | theta) = c + (1 - c) / (1 + exp(-a (theta - b)))}.
 *
 * @param discrimination a, how sharply the question separates weaker from stronger candidates (> 0)
 * @param difficulty b, the ability at which the chance of success is halfway between c and 1
 * @param guessing c, the chance of success by guessing (0 for open answers, about 1/k for k options)
 */
public record ItemParameters(double discrimination, double difficulty, double guessing) {

    public ItemParameters {
        if (!(discrimination > 0) || Double.isInfinite(discrimination)) {
            throw new IllegalArgumentException("discrimination must be positive");
        }
        if (!Double.isFinite(difficulty)) {
            throw new IllegalArgumentException("difficulty must be finite");
        }
        if (guessing < 0 || guessing >= 1) {
            throw new IllegalArgumentException("guessing must be in [0, 1)");
        }
    }

    public double probability(double theta) {
        return guessing + (1 - guessing) / (1 + Math.exp(-discrimination * (theta - difficulty)));
    }

    /** Fisher information of the item at {@code theta} (3PL form; reduces to a^2 P Q for c = 0). */
    public double information(double theta) {
        double p = probability(theta);
        double q = 1 - p;
        if (p <= 0 || q <= 0) {
            return 0;
        }
        double ratio = (p - guessing) / (1 - guessing);
        return discrimination * discrimination * (q / p) * ratio * ratio;
    }

    /**
     * Parameters before any response data exists, from the author's declared difficulty (1–5) and level: difficulty
     * 3 at intern level sits at ability 0, each step is 0.75 logits, entry level adds 0.5.
     */
    public static ItemParameters fromDeclared(int declaredDifficulty, boolean entryLevel, double guessing) {
        double b = (declaredDifficulty - 3) * 0.75 + (entryLevel ? 0.5 : 0);
        return new ItemParameters(1.0, b, guessing);
    }
}
