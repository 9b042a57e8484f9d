package dev.dlready.content.moodle;

import dev.dlready.content.ContentProblem;
import dev.dlready.content.ContentReader;
import dev.dlready.question.Level;
import dev.dlready.question.Placeholders;
import dev.dlready.question.Question;
import dev.dlready.question.Tolerance;
import dev.dlready.question.Unit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps a {@link MoodleQuestion} to a DL Ready {@link Question}, noting every default, change and loss, and checks the
 * result with the quizzes/ validator so that whatever the preview offers can be saved.
 *
 * <p>Type mapping: multichoice → single or multiple choice; truefalse → true/false; shortanswer → short answer;
 * numerical → numeric; matching → matching; ordering → ordering; calculated and calculatedsimple → parameterised
 * numeric. Essay, description, Cloze (multianswer), calculated multichoice, drag-and-drop and random questions have no
 * DL Ready equivalent and are listed as not imported.
 */
final class ToDlReady {

    static final String LEVEL_TAG = "dlready-level-";
    static final String DIFFICULTY_TAG = "dlready-difficulty-";
    /** How explanations carry references through Moodle, which has no field for them. */
    static final String REFERENCES_HEADING = "**References**";

    /** Moodle accepts only the exact value when the tolerance is 0; DL Ready needs some tolerance. */
    static final double EXACT = 1e-9;

    private static final Pattern REFERENCES =
            Pattern.compile("(?s)^(.*?)\\s*\\*\\*References\\*\\*\\n\\n((?:- [^\\n]*(?:\\n|$))+)\\s*$");
    private static final Pattern CATEGORY_SEPARATOR = Pattern.compile("(?<!/)/(?!/)");
    private static final double FULL = 1 - 1e-6;

    private final ImportSettings settings;
    private final Ids ids;

    ToDlReady(ImportSettings settings) {
        this.settings = settings;
        this.ids = new Ids(settings.existingIds());
    }

    ImportedQuestion convert(MoodleQuestion mq) {
        var notes = new Notes();
        String name = mq.name.isBlank() ? "(no name)" : mq.name;
        Optional<String> unsupported = unsupported(mq.type);
        if (unsupported.isPresent()) {
            notes.notImported(unsupported.get());
            return new ImportedQuestion(mq.line, name, mq.type, null, notes.list());
        }
        mq.changed.forEach(notes::changed);
        mq.dropped.forEach(notes::dropped);
        Question question;
        try {
            question = switch (mq.type) {
                case "multichoice" -> choice(mq, notes);
                case "truefalse" -> trueFalse(mq, notes);
                case "shortanswer" -> shortText(mq, notes);
                case "numerical" -> numeric(mq, notes);
                case "matching", "match" -> matching(mq, notes);
                case "ordering" -> ordering(mq, notes);
                case "calculated", "calculatedsimple" -> parameterised(mq, notes);
                default -> throw new IllegalStateException(mq.type);
            };
        } catch (IllegalArgumentException e) {
            notes.notImported(e.getMessage());
            question = null;
        }
        if (question != null && !notes.blocked()) {
            for (ContentProblem problem : ContentReader.check(question)) {
                notes.notImported(describe(problem));
            }
        }
        return new ImportedQuestion(mq.line, name, mq.type, notes.blocked() ? null : question, notes.list());
    }

    private static Optional<String> unsupported(String type) {
        return Optional.ofNullable(switch (type) {
            case "multichoice", "truefalse", "shortanswer", "numerical", "matching", "match", "ordering",
                    "calculated", "calculatedsimple" -> null;
            case "" -> "the question has no type";
            case "description" -> "a description is text between questions, not a question; DL Ready has none";
            case "essay" -> "essay answers are marked by hand; DL Ready scores every answer automatically";
            case "cloze", "multianswer" -> "embedded-answer (Cloze) questions have no DL Ready equivalent; split them "
                    + "into separate questions";
            case "calculatedmulti" -> "calculated multiple-choice questions have no DL Ready equivalent";
            case "random", "randomsamatch" -> "a random question has no content of its own; import the questions of "
                    + "its category instead";
            case "ddwtos", "gapselect", "ddimageortext", "ddmarker" -> "drag-and-drop and select-the-missing-word "
                    + "questions have no DL Ready equivalent";
            default -> "the Moodle question type \"" + type + "\" has no DL Ready equivalent";
        });
    }

    /** "questions[x].options: message" → "options: message". */
    private static String describe(ContentProblem problem) {
        String field = problem.field().replaceFirst("^questions\\[[^]]*]\\.?", "");
        return (field.isEmpty() ? "" : field + ": ") + problem.message();
    }

    // ---- common fields ----

    private Question.Meta meta(
            MoodleQuestion mq, Notes notes, MoodleText.@Nullable Wildcards wildcards, @Nullable String wrongFeedback) {
        String stem = MoodleText.toMarkdown(mq.text, "question text", notes, wildcards);
        if (stem.isBlank()) {
            throw new IllegalArgumentException("the question has no text");
        }
        var d = settings.defaults();
        Level level = null;
        Integer difficulty = null;
        var skills = new LinkedHashSet<String>();
        for (String tag : mq.tags) {
            String lower = tag.strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith(LEVEL_TAG)) {
                level = Level.fromKey(lower.substring(LEVEL_TAG.length())).orElse(level);
            } else if (lower.matches(DIFFICULTY_TAG + "[1-5]")) {
                difficulty = lower.charAt(lower.length() - 1) - '0';
            } else if (!Ids.slug(tag).isEmpty()) {
                skills.add(Ids.slug(tag));
            }
        }
        if (level == null) {
            level = d.level();
            notes.defaultUsed("level set to the default, " + d.level().key());
        }
        if (difficulty == null) {
            difficulty = d.difficulty();
            notes.defaultUsed("difficulty set to the default, " + d.difficulty());
        }
        if (skills.isEmpty()) {
            skills.addAll(d.skills());
            notes.defaultUsed("no tags; skills set to the default, " + String.join(", ", d.skills()));
        }
        String explanation = MoodleText.toMarkdown(mq.generalFeedback, "general feedback", notes, wildcards);
        List<String> references = List.of();
        Matcher refs = REFERENCES.matcher(explanation);
        if (refs.matches()) {
            explanation = refs.group(1).strip();
            references = refs.group(2).lines().map(l -> l.substring(2).strip()).filter(l -> !l.isEmpty()).toList();
        }
        if (explanation.isBlank()) {
            explanation = d.explanation();
            notes.defaultUsed("no general feedback; the explanation is the default text, which should be replaced");
        }
        if (references.isEmpty()) {
            references = d.references();
            notes.defaultUsed("references set to the default");
        }
        if (!mq.correctFeedback.isBlank()) {
            notes.dropped("the feedback for a right answer (DL Ready shows the explanation)");
        }
        if (!mq.partiallyCorrectFeedback.isBlank()) {
            notes.dropped("the feedback for a partly right answer (DL Ready shows the explanation)");
        }
        return new Question.Meta(id(mq, stem, notes), topic(mq, notes), level, difficulty, List.copyOf(skills), stem,
                explanation, references, wrongFeedback);
    }

    private String id(MoodleQuestion mq, String stem, Notes notes) {
        String base = "";
        boolean explicit = false;
        if (mq.idNumber != null && !mq.idNumber.isBlank()) {
            if (Ids.VALID.matcher(mq.idNumber).matches() && mq.idNumber.length() <= Ids.MAX_LENGTH) {
                base = mq.idNumber;
                explicit = true;
            } else {
                base = Ids.slug(mq.idNumber);
                if (!base.isEmpty()) {
                    notes.changed("the Moodle id number \"" + mq.idNumber + "\" is not a DL Ready id; the id is \""
                            + base + "\"");
                }
            }
        }
        if (base.isEmpty()) {
            base = Ids.slug(mq.name);
        }
        if (base.isEmpty()) {
            base = Ids.slug(String.join(" ", stem.split("\\s+", 8)).replaceAll("\\S+$", ""));
        }
        if (base.isEmpty()) {
            base = "moodle-question";
        }
        String id = ids.claim(base);
        if (explicit && !id.equals(base)) {
            notes.changed("the id \"" + base + "\" is already taken; the question was given \"" + id + "\"");
        }
        return id;
    }

    private String topic(MoodleQuestion mq, Notes notes) {
        String fallback = settings.defaults().topic();
        if (mq.category.isBlank()) {
            notes.defaultUsed("the file gives no category; topic set to the default, " + fallback);
            return fallback;
        }
        String[] segments = CATEGORY_SEPARATOR.split(mq.category.strip());
        String last = segments[segments.length - 1].replace("//", "/").strip();
        String mapped = settings.categoryTopics().get(mq.category.strip());
        if (mapped == null) {
            mapped = settings.categoryTopics().get(last);
        }
        String topic = mapped != null ? mapped : Ids.slug(last);
        if (topic.isEmpty() || (!settings.knownTopics().isEmpty() && !settings.knownTopics().contains(topic))) {
            notes.defaultUsed("the category \"" + last + "\" matches no topic; topic set to the default, " + fallback);
            return fallback;
        }
        return topic;
    }

    private static String quote(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return "\"" + (flat.length() > 40 ? flat.substring(0, 40) + "…" : flat) + "\"";
    }

    private static String percent(double fraction) {
        return Placeholders.display(Math.round(fraction * 100_000) / 1000.0) + "%";
    }

    private static @Nullable String markdownOrNull(MoodleQuestion.Text text, String where, Notes notes) {
        String md = MoodleText.toMarkdown(text, where, notes, null);
        return md.isBlank() ? null : md;
    }

    // ---- types ----

    private Question choice(MoodleQuestion mq, Notes notes) {
        if (mq.answers.size() < 2) {
            throw new IllegalArgumentException("a multiple-choice question needs at least two answers");
        }
        if (!mq.incorrectFeedback.isBlank()) {
            notes.dropped("the general feedback for a wrong answer (DL Ready shows the feedback of each chosen option)");
        }
        var options = new ArrayList<Question.Option>();
        int n = 0;
        for (var a : mq.answers) {
            n++;
            String text = MoodleText.toMarkdown(a.text(), "answer " + n, notes, null);
            String feedback = markdownOrNull(a.feedback(), "feedback of answer " + n, notes);
            boolean correct = mq.single ? a.fraction() >= FULL : a.fraction() > 1e-6;
            options.add(new Question.Option(text, correct, feedback));
        }
        if (mq.single) {
            long full = mq.answers.stream().filter(a -> a.fraction() >= FULL).count();
            if (full == 0) {
                double best = mq.answers.stream().mapToDouble(MoodleQuestion.Answer::fraction).max().orElse(0);
                throw new IllegalArgumentException("no answer gives full marks (the best gives " + percent(best)
                        + "); a single-choice question needs exactly one right answer");
            }
            if (full > 1) {
                throw new IllegalArgumentException(full + " answers give full marks; a DL Ready single-choice question "
                        + "has exactly one right answer");
            }
            for (var a : mq.answers) {
                if (a.fraction() < FULL && a.fraction() > 1e-6) {
                    notes.changed("the answer " + quote(a.text().value()) + " earned " + percent(a.fraction())
                            + " in Moodle; a single-choice answer is right or wrong in DL Ready, so it now earns 0");
                } else if (a.fraction() < -1e-6) {
                    notes.changed("the answer " + quote(a.text().value()) + " cost " + percent(-a.fraction())
                            + " in Moodle; a wrong answer earns 0 in DL Ready, nothing is subtracted");
                }
            }
            return new Question.Choice(meta(mq, notes, null, null), false, options);
        }
        long right = options.stream().filter(Question.Option::correct).count();
        long wrong = options.size() - right;
        boolean sameRule = mq.answers.stream().allMatch(a -> a.fraction() > 1e-6
                ? Math.abs(a.fraction() - 1.0 / right) < 0.005
                : wrong > 0 && Math.abs(a.fraction() + 1.0 / wrong) < 0.005);
        if (!sameRule) {
            notes.changed("the Moodle weights (" + String.join(", ", mq.answers.stream()
                            .map(a -> percent(a.fraction()))
                            .toList())
                    + ") are replaced by DL Ready's rule for multiple answers: with C right and W wrong options, "
                    + "choosing c right and w wrong ones scores max(0, c/C − w/W)");
        }
        return new Question.Choice(meta(mq, notes, null, null), true, options);
    }

    private Question trueFalse(MoodleQuestion mq, Notes notes) {
        MoodleQuestion.Answer trueAnswer = null;
        MoodleQuestion.Answer falseAnswer = null;
        for (int i = 0; i < mq.answers.size(); i++) {
            var a = mq.answers.get(i);
            String t = a.text().value().replaceAll("<[^>]*>", "").strip().toLowerCase(Locale.ROOT);
            // Old files wrote the words in the site's language; Moodle then assumes "true" comes first.
            boolean isTrue = t.equals("true") || (!t.equals("false") && i == 0);
            if (isTrue) {
                trueAnswer = a;
            } else {
                falseAnswer = a;
            }
        }
        if (trueAnswer == null || falseAnswer == null) {
            throw new IllegalArgumentException("a true/false question needs a \"true\" and a \"false\" answer");
        }
        boolean answer = trueAnswer.fraction() >= FULL;
        if (!answer && falseAnswer.fraction() < FULL) {
            throw new IllegalArgumentException("neither true nor false gives full marks");
        }
        var right = answer ? trueAnswer : falseAnswer;
        var wrong = answer ? falseAnswer : trueAnswer;
        String wrongFeedback = markdownOrNull(wrong.feedback(), "feedback for the wrong answer", notes);
        if (!right.feedback().isBlank()) {
            notes.dropped("the feedback for the right answer (DL Ready shows the explanation)");
        }
        return new Question.TrueFalse(meta(mq, notes, null, wrongFeedback), answer);
    }

    private Question shortText(MoodleQuestion mq, Notes notes) {
        var accepted = new ArrayList<String>();
        var patterns = new ArrayList<String>();
        String wrongFeedback = null;
        for (var a : mq.answers) {
            String text = a.text().value().strip();
            if (text.equals("*")) {
                if (a.fraction() > 1e-6) {
                    throw new IllegalArgumentException("the answer * gives credit for anything");
                }
                wrongFeedback = markdownOrNull(a.feedback(), "feedback for any other answer", notes);
                continue;
            }
            if (a.fraction() >= FULL) {
                if (hasWildcard(text)) {
                    patterns.add(wildcardPattern(text));
                } else {
                    accepted.add(text.replace("\\*", "*"));
                }
                if (!a.feedback().isBlank()) {
                    notes.dropped("the feedback for the right answer " + quote(text));
                }
            } else if (a.fraction() > 1e-6) {
                notes.dropped("the answer " + quote(text) + ", which earned " + percent(a.fraction())
                        + " (DL Ready gives full credit or none)");
            } else if (!a.feedback().isBlank()) {
                notes.dropped("the feedback for the wrong answer " + quote(text)
                        + " (DL Ready shows one feedback for every wrong answer)");
            }
        }
        if (accepted.isEmpty() && patterns.isEmpty()) {
            throw new IllegalArgumentException("no answer gives full marks");
        }
        if (mq.useCase) {
            notes.changed("Moodle compared answers case-sensitively; DL Ready ignores case");
        }
        return new Question.ShortText(meta(mq, notes, null, wrongFeedback), accepted, patterns);
    }

    private static boolean hasWildcard(String text) {
        return text.replace("\\*", "").contains("*");
    }

    /** Moodle's * (any text) as a regular expression over the normalised answer; \* is a literal asterisk. */
    static String wildcardPattern(String text) {
        var regex = new StringBuilder("^");
        String normal = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            if (c == '\\' && i + 1 < normal.length() && normal.charAt(i + 1) == '*') {
                regex.append("\\*");
                i++;
            } else if (c == '*') {
                regex.append(".*");
            } else if (".^$|?+()[]{}\\".indexOf(c) >= 0) {
                regex.append('\\').append(c);
            } else {
                regex.append(c);
            }
        }
        return regex.append('$').toString();
    }

    private record NumericParts(
            Question.NumericKey key, List<Question.CommonMistake> mistakes, @Nullable String wrongFeedback) {}

    private Question numeric(MoodleQuestion mq, Notes notes) {
        MoodleQuestion.Answer key = mq.answers.stream()
                .filter(a -> a.fraction() >= FULL && !a.text().value().strip().equals("*"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no answer gives full marks"));
        double answer = parseNumber(key.text().value(), "the answer");
        Tolerance tolerance = key.tolerance() > 0
                ? new Tolerance(Tolerance.Kind.ABSOLUTE, key.tolerance())
                : exact(notes);
        var parts = numericRest(mq, notes, key, tolerance, null);
        return new Question.Numeric(meta(mq, notes, null, parts.wrongFeedback()), answer, parts.key(), parts.mistakes());
    }

    private static Tolerance exact(Notes notes) {
        notes.changed("Moodle accepted only the exact value; DL Ready needs a tolerance, so it is set to one part in "
                + "a billion (relative), which is practically exact");
        return new Tolerance(Tolerance.Kind.RELATIVE, EXACT);
    }

    private static double parseNumber(String text, String what) {
        String t = text.strip();
        if (!t.matches("[-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?")) {
            throw new IllegalArgumentException(what + " \"" + t + "\" is not a number");
        }
        return Double.parseDouble(t);
    }

    /**
     * What numerical and calculated questions share: wrong values with feedback become common mistakes, "*" with
     * feedback becomes the wrong-answer feedback, units become the key's unit. {@code formula} converts answers of a
     * calculated question; null for numerical.
     */
    private NumericParts numericRest(
            MoodleQuestion mq,
            Notes notes,
            MoodleQuestion.Answer key,
            Tolerance tolerance,
            java.util.function.@Nullable UnaryOperator<String> formula) {
        var mistakes = new ArrayList<Question.CommonMistake>();
        String wrongFeedback = null;
        if (!key.feedback().isBlank()) {
            notes.dropped("the feedback for the right answer (DL Ready shows the explanation)");
        }
        for (var a : mq.answers) {
            if (a == key) {
                continue;
            }
            String text = a.text().value().strip();
            if (text.equals("*")) {
                if (a.fraction() > 1e-6) {
                    throw new IllegalArgumentException("the answer * gives credit for anything");
                }
                wrongFeedback = markdownOrNull(a.feedback(), "feedback for any other answer", notes);
            } else if (a.fraction() >= FULL) {
                notes.dropped("the further right answer " + quote(text) + " (DL Ready has one key)");
            } else if (a.fraction() > 1e-6) {
                notes.dropped("the answer " + quote(text) + ", which earned " + percent(a.fraction())
                        + " (DL Ready gives full credit or none)");
            } else if (!a.feedback().isBlank()) {
                String expression = formula == null ? String.valueOf(parseNumber(text, "the wrong answer"))
                        : formula.apply(text);
                mistakes.add(new Question.CommonMistake(expression, MoodleText.toMarkdown(
                        a.feedback(), "feedback for the wrong answer " + quote(text), notes, null)));
                boolean ownTolerance = a.tolerance() > 0
                        && (tolerance.kind() != Tolerance.Kind.ABSOLUTE
                                || Math.abs(a.tolerance() - tolerance.amount()) > 1e-12);
                if (ownTolerance && formula == null) {
                    notes.changed("the wrong answer " + quote(text) + " is recognised within the key's tolerance, "
                            + "not its own ±" + Placeholders.display(a.tolerance()));
                }
            }
        }
        return new NumericParts(unitKey(mq, notes, tolerance), mistakes, wrongFeedback);
    }

    private static Question.NumericKey unitKey(MoodleQuestion mq, Notes notes, Tolerance tolerance) {
        if (mq.units.isEmpty()) {
            return new Question.NumericKey(null, List.of(), tolerance);
        }
        var base = mq.units.stream()
                .filter(u -> Math.abs(u.multiplier() - 1) < 1e-12)
                .findFirst()
                .orElse(mq.units.getFirst());
        Unit unit = Unit.of(base.name().strip()).orElse(null);
        if (unit == null) {
            notes.dropped("the unit \"" + base.name() + "\", which DL Ready does not know; answers are compared as "
                    + "plain numbers (see quizzes/README.md for the units DL Ready converts)");
            return new Question.NumericKey(null, List.of(), tolerance);
        }
        var accept = new ArrayList<Unit>();
        for (var other : mq.units) {
            if (other == base) {
                continue;
            }
            Optional<Unit> known = Unit.of(other.name().strip()).filter(u -> u.family() == unit.family());
            double expected = known.map(u -> unit.convert(1, u)).orElse(Double.NaN);
            if (known.isPresent() && Math.abs(other.multiplier() - expected) <= 1e-6 * Math.abs(expected)) {
                accept.add(known.get());
            } else {
                notes.dropped("the unit \"" + other.name() + "\" (× " + Placeholders.display(other.multiplier())
                        + "), which DL Ready cannot convert to " + unit.symbol());
            }
        }
        return new Question.NumericKey(unit, accept, tolerance);
    }

    private Question matching(MoodleQuestion mq, Notes notes) {
        var pairs = new ArrayList<Question.MatchPair>();
        var distractors = new ArrayList<String>();
        int n = 0;
        for (var sub : mq.subquestions) {
            n++;
            String right = sub.answer().strip();
            if (sub.text().isBlank()) {
                if (!right.isEmpty()) {
                    distractors.add(right);
                }
                continue;
            }
            pairs.add(new Question.MatchPair(MoodleText.toMarkdown(sub.text(), "item " + n, notes, null), right));
        }
        String wrongFeedback = markdownOrNull(mq.incorrectFeedback, "feedback for a wrong answer", notes);
        return new Question.Matching(meta(mq, notes, null, wrongFeedback), pairs, distractors);
    }

    private Question ordering(MoodleQuestion mq, Notes notes) {
        // The file lists the items in their correct order; like Moodle, the "fraction" numbers are not needed.
        var items = new ArrayList<String>();
        int n = 0;
        for (var a : mq.answers) {
            n++;
            items.add(MoodleText.toMarkdown(a.text(), "item " + n, notes, null));
            if (!a.feedback().isBlank()) {
                notes.dropped("the feedback of item " + n);
            }
        }
        String select = mq.selectType;
        boolean all = select.equals("ALL") || mq.selectCount <= 0 || mq.selectCount >= items.size();
        if (!all) {
            notes.changed("Moodle showed " + mq.selectCount + " of the " + items.size() + " items"
                    + (select.isEmpty() ? "" : " (" + select.toLowerCase(Locale.ROOT) + ")") + "; DL Ready shows all");
        }
        String grading = mq.gradingType;
        if (!grading.equals("ABSOLUTE_POSITION") && !grading.equals("ABSOLUTE") && !grading.equals("ABS")) {
            notes.changed("Moodle graded " + (grading.isEmpty() ? "with its default (relative order)"
                            : "with " + grading.toLowerCase(Locale.ROOT).replace('_', ' '))
                    + "; DL Ready gives the share of items in their correct position");
        }
        String wrongFeedback = markdownOrNull(mq.incorrectFeedback, "feedback for a wrong answer", notes);
        return new Question.Ordering(meta(mq, notes, null, wrongFeedback), items);
    }

    private Question parameterised(MoodleQuestion mq, Notes notes) {
        if (mq.datasets.isEmpty()) {
            throw new IllegalArgumentException("the calculated question defines no wildcards (datasets)");
        }
        var variables = new ArrayList<Question.Variable>();
        for (var dataset : mq.datasets) {
            if (!dataset.name().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("the wildcard {" + dataset.name() + "} is not a valid variable name");
            }
            var values = new LinkedHashSet<>(dataset.items());
            if (values.isEmpty()) {
                double step = Math.pow(10, -Math.max(0, dataset.decimals()));
                double count = Math.floor((dataset.max() - dataset.min()) / step + 1e-9) + 1;
                if (!(count >= 1) || count > 10_000) {
                    throw new IllegalArgumentException("the wildcard {" + dataset.name() + "} has no generated values "
                            + "and its range gives " + (count > 10_000 ? "more than 10,000" : "no") + " values");
                }
                for (long i = 0; i < count; i++) {
                    values.add(Math.round((dataset.min() + i * step) / step) * step);
                }
                notes.changed("the wildcard {" + dataset.name() + "} has no stored values; DL Ready takes every value "
                        + "from " + Placeholders.display(dataset.min()) + " to " + Placeholders.display(dataset.max())
                        + " in steps of " + Placeholders.display(step));
            }
            if (dataset.distribution().equalsIgnoreCase("loguniform")) {
                notes.changed("the wildcard {" + dataset.name() + "} was drawn log-uniformly; DL Ready picks its "
                        + "values with equal chance");
            }
            variables.add(new Question.Variable(dataset.name(), List.copyOf(values)));
        }
        var names = new LinkedHashSet<String>();
        variables.forEach(v -> names.add(v.name()));
        if (variables.size() > 1) {
            notes.changed("Moodle shows one stored set of values per attempt; DL Ready picks each variable's value on "
                    + "its own, so combinations Moodle never showed can appear");
        }
        MoodleQuestion.Answer key = mq.answers.stream()
                .filter(a -> a.fraction() >= FULL)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no answer gives full marks"));
        String formula = formula(key.text().value(), names, "the answer formula");
        Tolerance tolerance;
        if (!(key.tolerance() > 0)) {
            tolerance = exact(notes);
        } else {
            tolerance = switch (key.toleranceType()) {
                case MoodleQuestion.RELATIVE -> new Tolerance(Tolerance.Kind.RELATIVE, key.tolerance());
                case MoodleQuestion.GEOMETRIC -> {
                    notes.changed("Moodle's geometric tolerance is read as a relative tolerance of the same size");
                    yield new Tolerance(Tolerance.Kind.RELATIVE, key.tolerance());
                }
                default -> new Tolerance(Tolerance.Kind.ABSOLUTE, key.tolerance());
            };
        }
        var wildcards = new MoodleText.Wildcards() {
            @Override
            public Set<String> names() {
                return names;
            }

            @Override
            public String formula(String moodleExpression) {
                return ToDlReady.formula(moodleExpression, names, "the formula {=" + moodleExpression + "}");
            }
        };
        var parts = numericRest(mq, notes, key, tolerance, f -> formula(f, names, "the wrong-answer formula " + f));
        var meta = meta(mq, notes, wildcards, parts.wrongFeedback());
        return new Question.Parameterised(meta, variables, formula, parts.key(), null, parts.mistakes());
    }

    private static String formula(String moodle, Set<String> names, String what) {
        try {
            return MoodleFormula.toDlReady(moodle, names);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }
}
