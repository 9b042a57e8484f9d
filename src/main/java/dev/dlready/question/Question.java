package dev.dlready.question;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A question with its answer key. Never sent to a student's browser before the answer is submitted. */
public sealed interface Question {

    Meta meta();

    QuestionType type();

    default String id() {
        return meta().id();
    }

    /** What every question has, whatever its type. */
    record Meta(
            String id,
            String topic,
            Level level,
            int difficulty,
            List<String> skills,
            String stem,
            String explanation,
            List<String> references,
            @Nullable String wrongFeedback) {
        public Meta {
            skills = List.copyOf(skills);
            references = List.copyOf(references);
        }
    }

    record Option(String text, boolean correct, @Nullable String feedback) {}

    record CommonMistake(String expression, String feedback) {}

    record Range(double min, double max) {}

    /** The numeric part of the key shared by fixed and parameterised numeric questions. */
    record NumericKey(@Nullable Unit unit, List<Unit> acceptUnits, Tolerance tolerance) {
        public NumericKey {
            acceptUnits = List.copyOf(acceptUnits);
        }

        /** The units a student may answer in, the key's own first. */
        public List<Unit> answerUnits() {
            if (unit == null) {
                return List.of();
            }
            var all = new java.util.ArrayList<Unit>();
            all.add(unit);
            acceptUnits.stream().filter(u -> !u.equals(unit)).forEach(all::add);
            return List.copyOf(all);
        }
    }

    record Variable(String name, List<Double> values) {
        public Variable {
            values = List.copyOf(values);
        }
    }

    record MatchPair(String left, String right) {}

    record Choice(Meta meta, boolean multiple, List<Option> options) implements Question {
        public Choice {
            options = List.copyOf(options);
        }

        @Override
        public QuestionType type() {
            return multiple ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
        }
    }

    record TrueFalse(Meta meta, boolean answer) implements Question {
        @Override
        public QuestionType type() {
            return QuestionType.TRUE_FALSE;
        }
    }

    record Numeric(Meta meta, double answer, NumericKey key, List<CommonMistake> mistakes) implements Question {
        public Numeric {
            mistakes = List.copyOf(mistakes);
        }

        @Override
        public QuestionType type() {
            return QuestionType.NUMERIC;
        }
    }

    record Parameterised(
            Meta meta,
            List<Variable> variables,
            String answerFormula,
            NumericKey key,
            @Nullable Range answerRange,
            List<CommonMistake> mistakes)
            implements Question {
        public Parameterised {
            variables = List.copyOf(variables);
            mistakes = List.copyOf(mistakes);
        }

        @Override
        public QuestionType type() {
            return QuestionType.PARAMETERISED_NUMERIC;
        }

        public java.util.Set<String> variableNames() {
            var names = new java.util.LinkedHashSet<String>();
            variables.forEach(v -> names.add(v.name()));
            return names;
        }

        public double answerFor(Map<String, Double> values) {
            return Formula.compile(answerFormula, variableNames()).evaluate(values);
        }
    }

    record ShortText(Meta meta, List<String> accepted, List<String> patterns) implements Question {
        public ShortText {
            accepted = List.copyOf(accepted);
            patterns = List.copyOf(patterns);
        }

        @Override
        public QuestionType type() {
            return QuestionType.SHORT_TEXT;
        }
    }

    record Ordering(Meta meta, List<String> items) implements Question {
        public Ordering {
            items = List.copyOf(items);
        }

        @Override
        public QuestionType type() {
            return QuestionType.ORDERING;
        }
    }

    record Matching(Meta meta, List<MatchPair> pairs, List<String> distractors) implements Question {
        public Matching {
            pairs = List.copyOf(pairs);
            distractors = List.copyOf(distractors);
        }

        @Override
        public QuestionType type() {
            return QuestionType.MATCHING;
        }
    }
}
