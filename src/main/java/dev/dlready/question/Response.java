package dev.dlready.question;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A student's answer, in the terms the student saw: choices, items and right-hand texts are referred to by their
 * displayed position in the {@link QuestionToAsk}, never by the key's own order.
 */
public sealed interface Response {

    record Choices(Set<Integer> selected) implements Response {
        public Choices {
            selected = Set.copyOf(selected);
        }
    }

    record TrueFalse(boolean value) implements Response {}

    record Number(double value, @Nullable String unit) implements Response {}

    record Text(String text) implements Response {}

    /** Displayed positions of the items, in the order the student put them. */
    record Order(List<Integer> positions) implements Response {
        public Order {
            positions = List.copyOf(positions);
        }
    }

    /** For each left-hand item (by index), the displayed position of the right-hand text chosen for it. */
    record Matches(Map<Integer, Integer> rightForLeft) implements Response {
        public Matches {
            rightForLeft = Map.copyOf(rightForLeft);
        }
    }
}
