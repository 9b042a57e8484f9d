package dev.dlready.content.moodle;

import dev.dlready.question.Question;
import dev.dlready.question.Tolerance;
import dev.dlready.question.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps DL Ready questions to {@link MoodleQuestion}s for one target format, noting what that format cannot carry.
 *
 * <p>Everything DL Ready-specific travels in places Moodle keeps and shows: the question id as the Moodle id number
 * (and name), the topic as the category {@code $course$/top/DL Ready/<topic>}, level, difficulty and skills as tags
 * ({@code dlready-level-intern}, {@code dlready-difficulty-3}, then the skills), and references as a "References" list
 * at the end of the general feedback. Importing the file again restores them. Texts are written in Moodle's Markdown
 * format, so they keep their meaning in Moodle and come back unchanged.
 */
final class FromDlReady {

    static final String CATEGORY_ROOT = "$course$/top/DL Ready/";

    /** Moodle stores at most 100 sets of values (dataset items) per calculated question. */
    static final int MAX_DATASET_ITEMS = 100;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(=)?\\s*(.*?)\\s*}}", Pattern.DOTALL);

    private final boolean gift;
    private final List<ExportNote> notes;
    private String id = "";

    FromDlReady(boolean gift, List<ExportNote> notes) {
        this.gift = gift;
        this.notes = notes;
    }

    private void changed(String message) {
        notes.add(new ExportNote(id, ExportNote.Kind.CHANGED, message));
    }

    private void dropped(String message) {
        notes.add(new ExportNote(id, ExportNote.Kind.DROPPED, message));
    }

    private @Nullable MoodleQuestion notExported(String message) {
        notes.add(new ExportNote(id, ExportNote.Kind.NOT_EXPORTED, message));
        return null;
    }

    private String format() {
        return gift ? "GIFT" : "Moodle XML";
    }

    /** The question in Moodle's terms, or null (with a note) when the target format cannot hold it. */
    @Nullable MoodleQuestion convert(Question question) {
        id = question.id();
        try {
            return switch (question) {
                case Question.Choice c -> choice(c);
                case Question.TrueFalse t -> trueFalse(t);
                case Question.Numeric n -> numeric(n);
                case Question.Parameterised p -> gift
                        ? notExported("GIFT has no calculated questions; export it as Moodle XML")
                        : calculated(p);
                case Question.ShortText s -> shortAnswer(s);
                case Question.Ordering o -> ordering(o);
                case Question.Matching m -> matching(m);
            };
        } catch (IllegalArgumentException e) {
            return notExported(e.getMessage());
        }
    }

    private MoodleQuestion common(Question question, String type, @Nullable Set<String> variables) {
        var meta = question.meta();
        var q = new MoodleQuestion(0);
        q.type = type;
        q.name = meta.id();
        q.idNumber = meta.id();
        q.category = CATEGORY_ROOT + meta.topic();
        q.tags.add(ToDlReady.LEVEL_TAG + meta.level().key());
        q.tags.add(ToDlReady.DIFFICULTY_TAG + meta.difficulty());
        q.tags.addAll(meta.skills());
        q.text = markdown(variables == null ? meta.stem() : wildcards(meta.stem(), variables, "question text"));
        String explanation = meta.explanation().strip();
        if (!meta.references().isEmpty()) {
            explanation += "\n\n" + ToDlReady.REFERENCES_HEADING + "\n\n"
                    + String.join("\n", meta.references().stream().map(r -> "- " + r.strip()).toList());
        }
        q.generalFeedback =
                markdown(variables == null ? explanation : wildcards(explanation, variables, "explanation"));
        return q;
    }

    private static MoodleQuestion.Text markdown(String text) {
        return new MoodleQuestion.Text(MoodleText.toMoodleMarkdown(text), MoodleText.Format.MARKDOWN);
    }

    private static MoodleQuestion.Text none() {
        return new MoodleQuestion.Text("", MoodleText.Format.MARKDOWN);
    }

    private static MoodleQuestion.Text markdownOrNone(@Nullable String text) {
        return text == null ? none() : markdown(text);
    }

    private void wrongFeedbackOnlyInXml(MoodleQuestion q, @Nullable String wrongFeedback) {
        if (wrongFeedback == null) {
            return;
        }
        if (gift) {
            dropped("the feedback for a wrong answer (GIFT has no place for it in this question type)");
        } else {
            q.incorrectFeedback = markdown(wrongFeedback);
        }
    }

    private @Nullable MoodleQuestion choice(Question.Choice c) {
        var q = common(c, "multichoice", null);
        q.single = !c.multiple();
        long right = c.options().stream().filter(Question.Option::correct).count();
        long wrong = c.options().size() - right;
        if (c.multiple() && (right > 10 || wrong > 10)) {
            changed("with more than 10 right or wrong options the weights 1/" + Math.max(right, wrong)
                    + " are not among the grades Moodle offers; Moodle rounds them when importing");
        }
        for (var option : c.options()) {
            double fraction = !c.multiple()
                    ? (option.correct() ? 1 : 0)
                    : option.correct() ? 1.0 / right : -1.0 / wrong;
            q.answers.add(new MoodleQuestion.Answer(
                    markdown(option.text()), fraction, markdownOrNone(option.feedback())));
        }
        wrongFeedbackOnlyInXml(q, c.meta().wrongFeedback());
        return q;
    }

    private MoodleQuestion trueFalse(Question.TrueFalse t) {
        var q = common(t, "truefalse", null);
        var wrong = markdownOrNone(t.meta().wrongFeedback());
        q.answers.add(new MoodleQuestion.Answer(new MoodleQuestion.Text("true", MoodleText.Format.MOODLE),
                t.answer() ? 1 : 0, t.answer() ? none() : wrong));
        q.answers.add(new MoodleQuestion.Answer(new MoodleQuestion.Text("false", MoodleText.Format.MOODLE),
                t.answer() ? 0 : 1, t.answer() ? wrong : none()));
        return q;
    }

    private double absoluteTolerance(double answer, Tolerance tolerance) {
        if (tolerance.kind() == Tolerance.Kind.ABSOLUTE) {
            return tolerance.amount();
        }
        if (exact(tolerance)) {
            return 0;
        }
        double amount = Math.abs(answer) * tolerance.amount();
        changed("Moodle numerical questions take an absolute tolerance: ±" + number(tolerance.amount() * 100)
                + " % of " + number(answer) + " is written as ±" + number(amount));
        return amount;
    }

    /** The tolerance an import gives to Moodle's exact answers goes back as Moodle's 0 (exact). */
    private static boolean exact(Tolerance tolerance) {
        return tolerance.kind() == Tolerance.Kind.RELATIVE && tolerance.amount() <= ToDlReady.EXACT;
    }

    private MoodleQuestion numeric(Question.Numeric n) {
        var q = common(n, "numerical", null);
        double tolerance = absoluteTolerance(n.answer(), n.key().tolerance());
        q.answers.add(new MoodleQuestion.Answer(
                plain(number(n.answer())), 1, none(), tolerance, MoodleQuestion.NOMINAL));
        for (var mistake : n.mistakes()) {
            q.answers.add(new MoodleQuestion.Answer(plain(number(Double.parseDouble(mistake.expression()))), 0,
                    markdown(mistake.feedback()), tolerance, MoodleQuestion.NOMINAL));
        }
        otherwise(q, n.meta().wrongFeedback());
        units(q, n.key());
        return q;
    }

    private static MoodleQuestion.Text plain(String text) {
        return new MoodleQuestion.Text(text, MoodleText.Format.PLAIN);
    }

    /** "Any other answer" with feedback: the answer * in Moodle's numerical and short-answer questions. */
    private static void otherwise(MoodleQuestion q, @Nullable String wrongFeedback) {
        if (wrongFeedback != null) {
            q.answers.add(new MoodleQuestion.Answer(plain("*"), 0, markdown(wrongFeedback), 0, MoodleQuestion.NOMINAL));
        }
    }

    private void units(MoodleQuestion q, Question.NumericKey key) {
        Unit unit = key.unit();
        if (unit == null) {
            return;
        }
        if (gift) {
            dropped("the unit " + unit.symbol() + (key.acceptUnits().isEmpty() ? "" : " and its alternatives")
                    + " (GIFT has no units; the answer is a number in " + unit.symbol()
                    + ", so the question text should name the unit)");
            return;
        }
        q.units.add(new MoodleQuestion.UnitDef(unit.symbol(), 1));
        for (Unit other : key.acceptUnits()) {
            if (!other.equals(unit)) {
                q.units.add(new MoodleQuestion.UnitDef(other.symbol(), unit.convert(1, other)));
            }
        }
    }

    private @Nullable MoodleQuestion calculated(Question.Parameterised p) {
        var names = p.variableNames();
        var q = common(p, "calculated", names);
        var key = p.key();
        int type = key.tolerance().kind() == Tolerance.Kind.RELATIVE ? MoodleQuestion.RELATIVE : MoodleQuestion.NOMINAL;
        double amount = exact(key.tolerance()) ? 0 : key.tolerance().amount();
        q.answers.add(new MoodleQuestion.Answer(plain(MoodleFormula.toMoodle(p.answerFormula(), names)), 1, none(),
                amount, type));
        for (var mistake : p.mistakes()) {
            q.answers.add(new MoodleQuestion.Answer(plain(MoodleFormula.toMoodle(mistake.expression(), names)), 0,
                    markdown(wildcards(mistake.feedback(), names, "feedback")), amount, type));
        }
        if (p.meta().wrongFeedback() != null) {
            dropped("the feedback for a wrong answer (Moodle calculated questions have no place for it)");
        }
        if (p.answerRange() != null) {
            dropped("the answer range check (a DL Ready validation rule; Moodle has none)");
        }
        units(q, key);
        datasets(q, p.variables());
        return q;
    }

    /**
     * DL Ready placeholders as Moodle wildcards: {{P}} → {P}, {{= P*2 }} → {={P}*2}. Moodle replaces {P} anywhere in
     * the text, so a {P} that is not a placeholder (a LaTeX group such as \sqrt{P}) is written { P }, which LaTeX
     * reads the same and Moodle leaves alone.
     */
    private String wildcards(String text, Set<String> names, String where) {
        var out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        var guarded = new java.util.TreeSet<String>();
        while (m.find()) {
            out.append(guard(text.substring(last, m.start()), names, guarded));
            String body = m.group(2);
            out.append(m.group(1) != null ? "{=" + MoodleFormula.toMoodle(body, names) + "}" : "{" + body + "}");
            last = m.end();
        }
        out.append(guard(text.substring(last), names, guarded));
        if (!guarded.isEmpty()) {
            changed("the " + where + " has " + String.join(", ", guarded) + " outside a placeholder (e.g. in LaTeX); "
                    + "it is written with spaces inside the braces so that Moodle does not replace it with a value");
        }
        return out.toString();
    }

    private static String guard(String text, Set<String> names, Set<String> guarded) {
        String result = text;
        for (String name : names) {
            if (result.contains("{" + name + "}")) {
                guarded.add("{" + name + "}");
                result = result.replace("{" + name + "}", "{ " + name + " }");
            }
        }
        return result;
    }

    /**
     * Moodle draws one item number per attempt and takes that item of every wildcard, so items are sets of values.
     * The first items list each variable's values in order (so importing the file again gives the same values), the
     * rest are combinations drawn with a fixed seed (so the file is the same every time).
     */
    private void datasets(MoodleQuestion q, List<Question.Variable> variables) {
        int longest = variables.stream().mapToInt(v -> v.values().size()).max().orElse(1);
        long combinations = 1;
        for (var v : variables) {
            combinations = Math.min(1_000_000, combinations * v.values().size());
        }
        int count = (int) Math.min(MAX_DATASET_ITEMS, Math.max(longest, Math.min(combinations, 20)));
        var random = new SplittableRandom(20261125L);
        var columns = new ArrayList<List<Double>>();
        for (var v : variables) {
            var items = new ArrayList<Double>();
            for (int k = 0; k < count; k++) {
                items.add(k < v.values().size() ? v.values().get(k) : v.values().get(random.nextInt(v.values().size())));
            }
            columns.add(items);
            if (v.values().size() > MAX_DATASET_ITEMS) {
                changed("Moodle stores " + MAX_DATASET_ITEMS + " sets of values; " + (v.values().size()
                        - MAX_DATASET_ITEMS) + " of the " + v.values().size() + " values of " + v.name()
                        + " are left out");
            }
        }
        for (int i = 0; i < variables.size(); i++) {
            var v = variables.get(i);
            double min = v.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double max = v.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            int decimals = v.values().stream()
                    .mapToInt(x -> Math.max(0, BigDecimal.valueOf(x).stripTrailingZeros().scale()))
                    .max()
                    .orElse(0);
            q.datasets.add(new MoodleQuestion.Dataset(v.name(), min, max, decimals, "uniform", columns.get(i)));
        }
    }

    private @Nullable MoodleQuestion shortAnswer(Question.ShortText s) {
        var q = common(s, "shortanswer", null);
        for (String accepted : s.accepted()) {
            q.answers.add(new MoodleQuestion.Answer(plain(accepted.replace("*", "\\*")), 1, none()));
        }
        for (String pattern : s.patterns()) {
            String wildcard = wildcard(pattern);
            if (wildcard == null) {
                dropped("the pattern " + pattern + " (Moodle short answers know only the * wildcard)");
            } else {
                q.answers.add(new MoodleQuestion.Answer(plain(wildcard), 1, none()));
            }
        }
        if (q.answers.isEmpty()) {
            return notExported("none of its patterns can be written with Moodle's * wildcard; add accepted answers");
        }
        otherwise(q, s.meta().wrongFeedback());
        return q;
    }

    /**
     * A regular expression as a Moodle wildcard answer when it is only literal text and {@code .*}; null otherwise.
     * DL Ready matches patterns against the whole normalised answer, so ^ and $ add nothing.
     */
    static @Nullable String wildcard(String pattern) {
        String p = pattern;
        if (p.startsWith("^")) {
            p = p.substring(1);
        }
        if (p.endsWith("$") && !p.endsWith("\\$")) {
            p = p.substring(0, p.length() - 1);
        }
        var out = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length() && !Character.isLetterOrDigit(p.charAt(i + 1))) {
                char literal = p.charAt(++i);
                out.append(literal == '*' ? "\\*" : String.valueOf(literal));
            } else if (c == '.' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
                out.append('*');
                i++;
            } else if (".^$|?*+()[]{}\\".indexOf(c) >= 0) {
                return null;
            } else {
                out.append(c);
            }
        }
        String result = out.toString();
        return result.isBlank() || result.replace("*", "").isBlank() ? null : result;
    }

    private @Nullable MoodleQuestion ordering(Question.Ordering o) {
        var q = common(o, "ordering", null);
        if (gift) {
            if (o.meta().stem().contains("{") || o.meta().stem().contains("}")) {
                return notExported("the GIFT form of ordering questions cannot hold braces in the question text; "
                        + "export it as Moodle XML");
            }
            for (String item : o.items()) {
                if (item.contains("\n") || item.strip().startsWith("//")) {
                    return notExported("the GIFT form of ordering questions has one item per line, and an item "
                            + "spans lines or starts with //; export it as Moodle XML");
                }
            }
            dropped("the explanation (the GIFT form of ordering questions has no general feedback)");
            if (o.meta().wrongFeedback() != null) {
                dropped("the feedback for a wrong answer (GIFT has no place for it)");
            }
        } else {
            wrongFeedbackOnlyInXml(q, o.meta().wrongFeedback());
        }
        q.selectType = "ALL";
        q.selectCount = o.items().size();
        q.gradingType = "ABSOLUTE_POSITION";
        for (int i = 0; i < o.items().size(); i++) {
            q.answers.add(new MoodleQuestion.Answer(markdown(o.items().get(i)), i + 1, none()));
        }
        return q;
    }

    private @Nullable MoodleQuestion matching(Question.Matching m) {
        var q = common(m, "matching", null);
        var rights = new ArrayList<String>();
        for (var pair : m.pairs()) {
            if (gift && pair.left().contains("->")) {
                return notExported("the left item \"" + pair.left() + "\" contains ->, which GIFT reads as the "
                        + "separator; export it as Moodle XML");
            }
            q.subquestions.add(new MoodleQuestion.Subquestion(markdown(pair.left()), pair.right()));
            rights.add(pair.right());
        }
        for (String distractor : m.distractors()) {
            q.subquestions.add(new MoodleQuestion.Subquestion(none(), distractor));
            rights.add(distractor);
        }
        var marked = rights.stream().filter(MoodleText::usesMarkup).toList();
        if (!marked.isEmpty()) {
            changed("Moodle shows the right-hand choices as plain text, so the Markdown in "
                    + String.join(", ", marked.stream().map(r -> "\"" + r + "\"").toList()) + " shows literally");
        }
        wrongFeedbackOnlyInXml(q, m.meta().wrongFeedback());
        return q;
    }

    /** A number as Moodle reads it: plain decimals where sensible, else Java's exponent form (PHP reads both). */
    static String number(double value) {
        double abs = Math.abs(value);
        if (value == 0) {
            return "0";
        }
        if (abs >= 1e-6 && abs < 1e15) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return Double.toString(value);
    }
}
