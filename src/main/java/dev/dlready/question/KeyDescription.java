package dev.dlready.question;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

/** The answer key in words (Markdown), for feedback after an answer and for reviews. Never shown before submission. */
public final class KeyDescription {

    private KeyDescription() {}

    public static String describe(Question question, long seed) {
        Map<String, Double> values = Variants.pick(question, seed);
        return switch (question) {
            case Question.Choice c -> {
                var correct = c.options().stream()
                        .filter(Question.Option::correct)
                        .map(o -> "- " + Placeholders.fill(o.text(), values))
                        .toList();
                yield (correct.size() == 1 ? "**Correct answer:**\n\n" : "**Correct answers:**\n\n") + String.join("\n", correct);
            }
            case Question.TrueFalse t -> "**Correct answer:** " + (t.answer() ? "True" : "False");
            case Question.Numeric n -> "**Correct answer:** " + number(n.answer(), n.key());
            case Question.Parameterised p -> "**Correct answer:** " + number(p.answerFor(values), p.key());
            case Question.ShortText s -> s.accepted().isEmpty()
                    ? "**Accepted answers** follow the pattern " + String.join(" or ", s.patterns().stream().map(x -> "`" + x + "`").toList())
                    : "**Accepted answers:** " + String.join(", ", s.accepted());
            case Question.Ordering o -> {
                var lines = new ArrayList<String>();
                for (int i = 0; i < o.items().size(); i++) {
                    lines.add((i + 1) + ". " + o.items().get(i));
                }
                yield "**Correct order:**\n\n" + String.join("\n", lines);
            }
            case Question.Matching m -> "**Correct matches:**\n\n" + String.join("\n", m.pairs().stream()
                    .map(p -> "- " + p.left() + " → " + p.right())
                    .toList());
        };
    }

    private static String number(double answer, Question.NumericKey key) {
        String unit = key.unit() == null ? "" : " " + key.unit().symbol();
        var tolerance = key.tolerance();
        String within = switch (tolerance.kind()) {
            case RELATIVE -> "±" + Placeholders.display(tolerance.amount() * 100) + " %";
            case ABSOLUTE -> "±" + Placeholders.display(tolerance.amount()) + unit;
        };
        String alternatives = key.acceptUnits().isEmpty()
                ? ""
                : " (answers in " + String.join(", ", key.acceptUnits().stream().map(Unit::symbol).toList())
                        + " are converted)";
        return Placeholders.display(answer) + unit + " (accepted within " + within + ")" + alternatives;
    }

    /** Parses a student's number: accepts 2048, 2,048, 1.5e9, 1.5E+9, 2 048. */
    public static java.util.Optional<Double> parseNumber(String text) {
        String cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", "").replace("×10^", "e")
                .toLowerCase(Locale.ROOT);
        if (cleaned.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            double value = Double.parseDouble(cleaned);
            return Double.isFinite(value) ? java.util.Optional.of(value) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
