package dev.dlready.question.engine;

import dev.dlready.question.Formula;
import dev.dlready.question.Placeholders;
import dev.dlready.question.Presentation;
import dev.dlready.question.Question;
import dev.dlready.question.Response;
import dev.dlready.question.Unit;
import dev.dlready.question.Variants;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Scores a response against a question's key, for the variant and order given by the attempt's seed. Pure function.
 *
 * <p>Credit is between 0 and 1. Multiple choice with C correct and W wrong options scores {@code max(0, c/C - w/W)};
 * ordering scores the share of items in their correct position; matching the share of correct pairs.
 */
public final class Scoring {

    private Scoring() {}

    public record Result(double credit, List<String> feedback) {
        public Result {
            credit = Math.max(0, Math.min(1, credit));
            feedback = List.copyOf(feedback);
        }

        public boolean correct() {
            return credit >= 1 - 1e-9;
        }
    }

    public static Result score(Question question, long seed, Response response) {
        Map<String, Double> values = Variants.pick(question, seed);
        return switch (question) {
            case Question.Choice c -> choice(c, seed, response, values);
            case Question.TrueFalse t -> response instanceof Response.TrueFalse r && r.value() == t.answer()
                    ? new Result(1, List.of())
                    : wrong(question);
            case Question.Numeric n -> numeric(question, n.answer(), n.key(), n.mistakes(), values, response);
            case Question.Parameterised p -> numeric(question, p.answerFor(values), p.key(), p.mistakes(), values, response);
            case Question.ShortText s -> shortText(s, response);
            case Question.Ordering o -> ordering(o, seed, response);
            case Question.Matching m -> matching(m, seed, response);
        };
    }

    private static Result wrong(Question question) {
        String feedback = question.meta().wrongFeedback();
        return new Result(0, feedback == null ? List.of() : List.of(feedback));
    }

    private static Result choice(Question.Choice c, long seed, Response response, Map<String, Double> values) {
        if (!(response instanceof Response.Choices r)) {
            return new Result(0, List.of());
        }
        int[] order = Presentation.order(c.options().size(), seed, 1);
        int totalCorrect = (int) c.options().stream().filter(Question.Option::correct).count();
        int totalWrong = c.options().size() - totalCorrect;
        int chosenCorrect = 0;
        int chosenWrong = 0;
        var feedback = new ArrayList<String>();
        for (int position : r.selected()) {
            if (position < 0 || position >= order.length) {
                continue;
            }
            var option = c.options().get(order[position]);
            if (option.correct()) {
                chosenCorrect++;
            } else {
                chosenWrong++;
                if (option.feedback() != null) {
                    feedback.add(Placeholders.fill(option.feedback(), values));
                }
            }
        }
        if (!c.multiple()) {
            boolean right = chosenCorrect == 1 && chosenWrong == 0;
            return new Result(right ? 1 : 0, right ? List.of() : feedback);
        }
        double credit = (double) chosenCorrect / totalCorrect - (totalWrong == 0 ? 0 : (double) chosenWrong / totalWrong);
        if (chosenCorrect < totalCorrect && chosenWrong == 0 && credit < 1) {
            feedback.add("Some correct options were not selected.");
        }
        return new Result(credit, credit >= 1 ? List.of() : feedback);
    }

    private static Result numeric(
            Question question,
            double answer,
            Question.NumericKey key,
            List<Question.CommonMistake> mistakes,
            Map<String, Double> values,
            Response response) {
        if (!(response instanceof Response.Number r) || Double.isNaN(r.value())) {
            return new Result(0, List.of());
        }
        double given = r.value();
        if (key.unit() != null && r.unit() != null && !r.unit().equals(key.unit().symbol())) {
            Optional<Unit> unit = Unit.of(r.unit())
                    .filter(u -> key.answerUnits().contains(u));
            if (unit.isEmpty()) {
                return new Result(0, List.of("Answer in one of: " + String.join(", ",
                        key.answerUnits().stream().map(Unit::symbol).toList()) + "."));
            }
            given = unit.get().convert(given, key.unit());
        }
        if (key.tolerance().accepts(answer, given)) {
            return new Result(1, List.of());
        }
        for (var mistake : mistakes) {
            double wrongValue;
            try {
                wrongValue = Formula.compile(mistake.expression(), values.keySet()).evaluate(values);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (key.tolerance().accepts(wrongValue, given) && !key.tolerance().accepts(answer, wrongValue)) {
                return new Result(0, List.of(Placeholders.fill(mistake.feedback(), values)));
            }
        }
        return wrong(question);
    }

    /** Trimmed, lower-cased, inner whitespace collapsed. */
    public static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static Result shortText(Question.ShortText s, Response response) {
        if (!(response instanceof Response.Text r)) {
            return new Result(0, List.of());
        }
        String answer = normalise(r.text());
        if (answer.isEmpty()) {
            return wrong(s);
        }
        boolean accepted = s.accepted().stream().anyMatch(a -> normalise(a).equals(answer));
        if (!accepted) {
            for (String pattern : s.patterns()) {
                try {
                    if (Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                            .matcher(answer)
                            .matches()) {
                        accepted = true;
                        break;
                    }
                } catch (PatternSyntaxException e) {
                    // the validator refuses such patterns; a stored bad one simply never matches
                }
            }
        }
        return accepted ? new Result(1, List.of()) : wrong(s);
    }

    private static Result ordering(Question.Ordering o, long seed, Response response) {
        if (!(response instanceof Response.Order r) || r.positions().size() != o.items().size()) {
            return new Result(0, List.of());
        }
        int[] order = Presentation.order(o.items().size(), seed, 2);
        int inPlace = 0;
        for (int i = 0; i < r.positions().size(); i++) {
            int position = r.positions().get(i);
            if (position >= 0 && position < order.length && order[position] == i) {
                inPlace++;
            }
        }
        double credit = (double) inPlace / o.items().size();
        return credit >= 1 ? new Result(1, List.of()) : new Result(credit, wrong(o).feedback());
    }

    private static Result matching(Question.Matching m, long seed, Response response) {
        if (!(response instanceof Response.Matches r)) {
            return new Result(0, List.of());
        }
        int rights = m.pairs().size() + m.distractors().size();
        int[] order = Presentation.order(rights, seed, 3);
        int correct = 0;
        for (int left = 0; left < m.pairs().size(); left++) {
            Integer position = r.rightForLeft().get(left);
            if (position != null && position >= 0 && position < order.length && order[position] == left) {
                correct++;
            }
        }
        double credit = (double) correct / m.pairs().size();
        return credit >= 1 ? new Result(1, List.of()) : new Result(credit, wrong(m).feedback());
    }
}
