package dev.dlready.cohort.engine;

import java.util.OptionalDouble;

/**
 * A computed number, or the reason it cannot be computed from the data at hand (too few attempts, no spread). Never
 * NaN or infinite, so a screen can show either the value or the reason without checking.
 */
public sealed interface Statistic {

    record Value(double value) implements Statistic {
        public Value {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a statistic must be a finite number, not " + value);
            }
        }
    }

    record NotEnoughData(String reason) implements Statistic {
        public NotEnoughData {
            if (reason.isBlank()) {
                throw new IllegalArgumentException("say why there is not enough data");
            }
        }
    }

    static Statistic of(double value) {
        return new Value(value);
    }

    static Statistic notEnoughData(String reason) {
        return new NotEnoughData(reason);
    }

    default boolean known() {
        return this instanceof Value;
    }

    default OptionalDouble asOptional() {
        return this instanceof Value v ? OptionalDouble.of(v.value()) : OptionalDouble.empty();
    }

    /** The value, or {@code fallback} when there is not enough data. */
    default double orElse(double fallback) {
        return this instanceof Value v ? v.value() : fallback;
    }
}
