package dev.dlready.content;

import dev.dlready.question.Question;
import dev.dlready.question.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a question in the quizzes/ format. The output is canonical (same question, same text), so the bank stores it
 * as a version and compares hashes to notice edits; it is also what instructors export.
 */
public final class QuestionYaml {

    private QuestionYaml() {}

    public static String write(Question question) {
        return yaml().dump(toMap(question));
    }

    /** A whole quiz file. */
    public static String writeQuiz(QuizDefinition quiz) {
        var root = new LinkedHashMap<String, Object>();
        var head = new LinkedHashMap<String, Object>();
        head.put("id", quiz.id());
        head.put("title", quiz.title());
        head.put("topic", quiz.topic());
        if (!quiz.description().isBlank()) {
            head.put("description", quiz.description());
        }
        if (quiz.timeLimitMinutes() != null) {
            head.put("time_limit_minutes", quiz.timeLimitMinutes());
        }
        root.put("quiz", head);
        if (quiz.review() != null) {
            var review = new LinkedHashMap<String, Object>();
            review.put("reviewed_by", quiz.review().reviewedBy());
            review.put("reviewed_on", quiz.review().reviewedOn());
            review.put("notes", quiz.review().notes());
            root.put("review", review);
        }
        root.put("questions", quiz.questions().stream().map(QuestionYaml::toMap).toList());
        return yaml().dump(root);
    }

    static Map<String, Object> toMap(Question question) {
        var meta = question.meta();
        var map = new LinkedHashMap<String, Object>();
        map.put("id", meta.id());
        map.put("type", question.type().key());
        map.put("topic", meta.topic());
        map.put("level", meta.level().key());
        map.put("difficulty", meta.difficulty());
        map.put("skills", meta.skills());
        if (question instanceof Question.Parameterised p) {
            var variables = new LinkedHashMap<String, Object>();
            p.variables().forEach(v -> variables.put(v.name(), Map.of("values", v.values().stream().map(QuestionYaml::number).toList())));
            map.put("variables", variables);
        }
        map.put("stem", meta.stem());
        switch (question) {
            case Question.Choice c -> {
                var options = new ArrayList<Map<String, Object>>();
                for (var option : c.options()) {
                    var o = new LinkedHashMap<String, Object>();
                    o.put("text", option.text());
                    if (option.correct()) {
                        o.put("correct", true);
                    }
                    if (option.feedback() != null) {
                        o.put("feedback", option.feedback());
                    }
                    options.add(o);
                }
                map.put("options", options);
            }
            case Question.TrueFalse t -> map.put("answer", t.answer());
            case Question.Numeric n -> {
                map.put("answer", number(n.answer()));
                putKey(map, n.key());
                putMistakes(map, n.mistakes(), "value");
            }
            case Question.Parameterised p -> {
                map.put("answer", p.answerFormula());
                putKey(map, p.key());
                if (p.answerRange() != null) {
                    map.put("answer_range", List.of(number(p.answerRange().min()), number(p.answerRange().max())));
                }
                putMistakes(map, p.mistakes(), "formula");
            }
            case Question.ShortText s -> {
                if (!s.accepted().isEmpty()) {
                    map.put("accepted", s.accepted());
                }
                if (!s.patterns().isEmpty()) {
                    map.put("patterns", s.patterns());
                }
            }
            case Question.Ordering o -> map.put("items", o.items());
            case Question.Matching m -> {
                map.put("pairs", m.pairs().stream()
                        .map(p -> {
                            var pair = new LinkedHashMap<String, Object>();
                            pair.put("left", p.left());
                            pair.put("right", p.right());
                            return pair;
                        })
                        .toList());
                if (!m.distractors().isEmpty()) {
                    map.put("distractors", m.distractors());
                }
            }
        }
        if (meta.wrongFeedback() != null) {
            map.put("wrong_feedback", meta.wrongFeedback());
        }
        map.put("explanation", meta.explanation());
        map.put("references", meta.references());
        return map;
    }

    private static void putKey(Map<String, Object> map, Question.NumericKey key) {
        if (key.unit() != null) {
            map.put("unit", key.unit().symbol());
        }
        if (!key.acceptUnits().isEmpty()) {
            map.put("accept_units", key.acceptUnits().stream().map(Unit::symbol).toList());
        }
        map.put("tolerance", Map.of(
                key.tolerance().kind() == dev.dlready.question.Tolerance.Kind.RELATIVE ? "relative" : "absolute",
                number(key.tolerance().amount())));
    }

    private static void putMistakes(Map<String, Object> map, List<Question.CommonMistake> mistakes, String field) {
        if (mistakes.isEmpty()) {
            return;
        }
        map.put("common_mistakes", mistakes.stream()
                .map(m -> {
                    var entry = new LinkedHashMap<String, Object>();
                    entry.put(field, field.equals("value") ? number(Double.parseDouble(m.expression())) : m.expression());
                    entry.put("feedback", m.feedback());
                    return entry;
                })
                .toList());
    }

    private static Object number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }

    /**
     * Writes fields in the quiz files' layout (block style, two-space indent, multi-line text as literal blocks,
     * quoting wherever YAML needs it), e.g. for a question still being written in a form.
     */
    public static String dump(Map<String, Object> fields) {
        return yaml().dump(fields);
    }

    private static Yaml yaml() {
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(120);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        return new Yaml(new LiteralStrings(options), options);
    }

    /** Multi-line text as literal blocks, so Markdown stays readable in the file. */
    private static final class LiteralStrings extends Representer {
        LiteralStrings(DumperOptions options) {
            super(options);
            var plain = this.representers.get(String.class);
            this.representers.put(String.class, data -> {
                String text = (String) data;
                return text.contains("\n") && !text.contains("\t")
                        ? representScalar(Tag.STR, text, DumperOptions.ScalarStyle.LITERAL)
                        : plain.representData(data);
            });
        }
    }
}
