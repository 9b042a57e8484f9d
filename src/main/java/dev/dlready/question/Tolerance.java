package dev.dlready.question;

/** How far a numeric answer may be from the key and still count as right. */
public record Tolerance(Kind kind, double amount) {

    public enum Kind {
        ABSOLUTE,
        RELATIVE
    }

    /** The largest relative tolerance allowed: anything wider would accept nearly every plausible answer. */
    public static final double MAX_RELATIVE = 0.25;

    public Tolerance {
        if (!(amount > 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("A tolerance must be a positive number");
        }
    }

    public boolean accepts(double expected, double given) {
        double diff = Math.abs(expected - given);
        return switch (kind) {
            case ABSOLUTE -> diff <= amount + 1e-12 * Math.max(1, Math.abs(expected));
            case RELATIVE -> expected == 0 ? diff <= 1e-12 : diff <= amount * Math.abs(expected) * (1 + 1e-12);
        };
    }

    /** Why this tolerance would make every plausible answer right for {@code answer}; empty when it is fine. */
    public java.util.Optional<String> tooWideFor(double answer) {
        if (kind == Kind.RELATIVE && amount > MAX_RELATIVE) {
            return java.util.Optional.of(
                    "a relative tolerance above " + MAX_RELATIVE + " accepts answers that are far off");
        }
        if (kind == Kind.ABSOLUTE && answer != 0 && amount >= Math.abs(answer)) {
            return java.util.Optional.of("an absolute tolerance of " + amount + " is as large as the answer "
                    + answer + ", so even 0 would count as right");
        }
        return java.util.Optional.empty();
    }
}
