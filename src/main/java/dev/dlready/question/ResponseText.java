package dev.dlready.question;

import java.util.ArrayList;
import java.util.List;

/** A student's answer in words, as they gave it, for reviews. */
public final class ResponseText {

    private ResponseText() {}

    public static String describe(QuestionToAsk asked, Response response) {
        return switch (response) {
            case Response.Choices c -> c.selected().isEmpty()
                    ? "No option chosen"
                    : String.join("; ", c.selected().stream()
                            .sorted()
                            .filter(i -> i >= 0 && i < asked.choices().size())
                            .map(asked.choices()::get)
                            .toList());
            case Response.TrueFalse t -> t.value() ? "True" : "False";
            case Response.Number n -> Placeholders.display(n.value()) + (n.unit() == null ? "" : " " + n.unit());
            case Response.Text t -> t.text();
            case Response.Order o -> {
                var items = new ArrayList<String>();
                for (int i = 0; i < o.positions().size(); i++) {
                    int position = o.positions().get(i);
                    if (position >= 0 && position < asked.items().size()) {
                        items.add((i + 1) + ". " + asked.items().get(position));
                    }
                }
                yield String.join("  \n", items);
            }
            case Response.Matches m -> {
                List<String> pairs = new ArrayList<>();
                for (int left = 0; left < asked.lefts().size(); left++) {
                    Integer right = m.rightForLeft().get(left);
                    pairs.add(asked.lefts().get(left) + " → "
                            + (right == null || right >= asked.rights().size() ? "(none)" : asked.rights().get(right)));
                }
                yield String.join("  \n", pairs);
            }
        };
    }
}
