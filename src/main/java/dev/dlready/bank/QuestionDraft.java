package dev.dlready.bank;

import dev.dlready.content.ContentProblem;
import dev.dlready.content.ContentReader;
import dev.dlready.content.QuestionYaml;
import dev.dlready.question.Level;
import dev.dlready.question.Question;
import dev.dlready.question.QuestionType;
import dev.dlready.question.Tolerance;
import dev.dlready.question.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A question as the editor's form holds it, for the types a form can express (choice, true/false, numeric, short
 * answer). The form never saves on its own: it writes this draft as quizzes/ YAML ({@link #toYaml()}), and the editor
 * previews, validates and saves that text exactly as if it had been typed. Numbers are kept as typed, so a half-typed
 * value reaches the validator (and its message) instead of vanishing. Fields of the other form types are carried along,
 * so switching the type back and forth loses nothing.
 *
 * @param numericAnswer the numeric answer as typed; written as a number when it is one
 * @param toleranceAmount the tolerance as typed; written as a number when it is one
 * @param mistakes a numeric question's common mistakes, kept as they were written in YAML
 */
public record QuestionDraft(
        String id,
        QuestionType type,
        String topic,
        Level level,
        int difficulty,
        List<String> skills,
        String stem,
        List<DraftOption> options,
        boolean answer,
        String numericAnswer,
        String unit,
        List<String> acceptUnits,
        Tolerance.Kind toleranceKind,
        String toleranceAmount,
        List<DraftMistake> mistakes,
        List<String> accepted,
        List<String> patterns,
        String wrongFeedback,
        String explanation,
        List<String> references) {

    /** The types the form edits; the others are written in YAML. */
    public static final Set<QuestionType> FORM_TYPES = Set.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE,
            QuestionType.TRUE_FALSE, QuestionType.NUMERIC, QuestionType.SHORT_TEXT);

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d_]*\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** One option of a choice question; blank feedback means none. */
    public record DraftOption(String text, boolean correct, String feedback) {}

    /** A wrong numeric value that reveals a known misconception. */
    public record DraftMistake(String value, String feedback) {}

    /** A YAML text read for the form: the draft, or why the form cannot show it. */
    public record Reading(@Nullable QuestionDraft draft, String reason) {}

    public QuestionDraft {
        skills = List.copyOf(skills);
        options = List.copyOf(options);
        acceptUnits = List.copyOf(acceptUnits);
        mistakes = List.copyOf(mistakes);
        accepted = List.copyOf(accepted);
        patterns = List.copyOf(patterns);
        references = List.copyOf(references);
    }

    public static boolean formEdits(QuestionType type) {
        return FORM_TYPES.contains(type);
    }

    /** Why a type is not in the form, in the words the editor shows. */
    public static String yamlOnly(QuestionType type) {
        return type.title() + " questions are edited in YAML: the form covers single choice, multiple choice, "
                + "true or false, numeric and short answer questions.";
    }

    /**
     * Reads a question's YAML for the form, with the validator's rules: only a valid question of a form type fills
     * the form; otherwise the reason says what to fix, and the text stays as it is.
     */
    public static Reading read(String yaml, Set<String> topicIds) {
        var check = ContentReader.checkQuestion("question", yaml, topicIds);
        Question question = check.question();
        if (question != null && !formEdits(question.type())) {
            return new Reading(null, yamlOnly(question.type()));
        }
        if (!check.valid() || question == null) {
            int n = check.problems().size();
            String first = check.problems().stream().findFirst().map(QuestionDraft::describe).orElse("");
            return new Reading(null, "The YAML has " + (n == 1 ? "a problem" : n + " problems")
                    + (first.isEmpty() ? "" : " (" + first + (n > 1 ? ", …" : "") + ")")
                    + ". Fix it in YAML; the form opens once the question is valid.");
        }
        return new Reading(of(question), "");
    }

    private static String describe(ContentProblem p) {
        return "line " + p.line() + (p.field().isEmpty() ? "" : " · " + p.field()) + ": " + p.message();
    }

    static QuestionDraft of(Question question) {
        var meta = question.meta();
        List<DraftOption> options = List.of();
        boolean answer = true;
        String numericAnswer = "";
        String unit = "";
        List<String> acceptUnits = List.of();
        Tolerance.Kind kind = Tolerance.Kind.RELATIVE;
        String amount = "0.01";
        List<DraftMistake> mistakes = List.of();
        List<String> accepted = List.of();
        List<String> patterns = List.of();
        switch (question) {
            case Question.Choice c -> options = c.options().stream()
                    .map(o -> new DraftOption(o.text(), o.correct(), o.feedback() == null ? "" : o.feedback()))
                    .toList();
            case Question.TrueFalse t -> answer = t.answer();
            case Question.Numeric n -> {
                numericAnswer = plain(n.answer());
                unit = n.key().unit() == null ? "" : n.key().unit().symbol();
                acceptUnits = n.key().acceptUnits().stream().map(Unit::symbol).toList();
                kind = n.key().tolerance().kind();
                amount = plain(n.key().tolerance().amount());
                mistakes = n.mistakes().stream()
                        .map(m -> new DraftMistake(plain(Double.parseDouble(m.expression())), m.feedback()))
                        .toList();
            }
            case Question.ShortText s -> {
                accepted = s.accepted();
                patterns = s.patterns();
            }
            default -> throw new IllegalArgumentException(yamlOnly(question.type()));
        }
        return new QuestionDraft(meta.id(), question.type(), meta.topic(), meta.level(), meta.difficulty(),
                meta.skills(), meta.stem(), options, answer, numericAnswer, unit, acceptUnits, kind, amount, mistakes,
                accepted, patterns, meta.wrongFeedback() == null ? "" : meta.wrongFeedback(), meta.explanation(),
                meta.references());
    }

    /** The draft as one question in the quizzes/ format; SnakeYAML quotes whatever needs quoting. */
    public String toYaml() {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", id.strip());
        map.put("type", type.key());
        map.put("topic", topic);
        map.put("level", level.key());
        map.put("difficulty", difficulty);
        map.put("skills", cleaned(skills));
        map.put("stem", text(stem));
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                var list = new ArrayList<Map<String, Object>>();
                for (var option : options) {
                    var o = new LinkedHashMap<String, Object>();
                    o.put("text", text(option.text()));
                    if (option.correct()) {
                        o.put("correct", true);
                    }
                    if (!option.feedback().isBlank()) {
                        o.put("feedback", text(option.feedback()));
                    }
                    list.add(o);
                }
                map.put("options", list);
            }
            case TRUE_FALSE -> map.put("answer", answer);
            case NUMERIC -> {
                map.put("answer", numberOrText(numericAnswer));
                if (!unit.isBlank()) {
                    map.put("unit", unit.strip());
                }
                if (!cleaned(acceptUnits).isEmpty()) {
                    map.put("accept_units", cleaned(acceptUnits));
                }
                map.put("tolerance", Map.of(toleranceKind == Tolerance.Kind.ABSOLUTE ? "absolute" : "relative",
                        numberOrText(toleranceAmount)));
                if (!mistakes.isEmpty()) {
                    map.put("common_mistakes", mistakes.stream()
                            .map(m -> {
                                var entry = new LinkedHashMap<String, Object>();
                                entry.put("value", numberOrText(m.value()));
                                entry.put("feedback", text(m.feedback()));
                                return entry;
                            })
                            .toList());
                }
            }
            case SHORT_TEXT -> {
                if (!cleaned(accepted).isEmpty() || cleaned(patterns).isEmpty()) {
                    map.put("accepted", cleaned(accepted));
                }
                if (!cleaned(patterns).isEmpty()) {
                    map.put("patterns", cleaned(patterns));
                }
            }
            default -> throw new IllegalStateException(yamlOnly(type));
        }
        if (!wrongFeedback.isBlank()) {
            map.put("wrong_feedback", text(wrongFeedback));
        }
        map.put("explanation", text(explanation));
        map.put("references", cleaned(references));
        return QuestionYaml.dump(map);
    }

    /** Splits "a, b,c" or one-per-line text into trimmed, non-empty entries. */
    public static List<String> split(String text, String separator) {
        return cleaned(List.of(text.replace("\r\n", "\n").split(separator)));
    }

    private static List<String> cleaned(List<String> values) {
        return values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(String value) {
        return value.replace("\r\n", "\n").strip();
    }

    private static Object numberOrText(String typed) {
        String value = typed.strip();
        if (NUMBER.matcher(value).matches()) {
            double d = Double.parseDouble(value.replace("_", ""));
            if (Double.isFinite(d)) {
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
            }
        }
        return value;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
