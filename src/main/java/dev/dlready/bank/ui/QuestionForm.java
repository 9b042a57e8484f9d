package dev.dlready.bank.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.dlready.bank.QuestionDraft;
import dev.dlready.bank.QuestionDraft.DraftMistake;
import dev.dlready.bank.QuestionDraft.DraftOption;
import dev.dlready.question.Level;
import dev.dlready.question.QuestionType;
import dev.dlready.question.Tolerance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The editor's form: the fields of a question of the common types, one control per field of the quizzes/ format. It
 * holds no question of its own: every change hands the editor a {@link QuestionDraft}, which the editor writes as YAML
 * and previews, validates and saves through the same path as typed YAML.
 */
class QuestionForm extends Div {

    private static final String MARKDOWN = "Markdown; math in $…$ (inline) or $$…$$ (display), rendered with KaTeX.";

    private final TextField id = new TextField("Id");
    private final Select<QuestionType> type = new Select<>();
    private final Select<String> topic = new Select<>();
    private final Select<Level> level = new Select<>();
    private final Select<Integer> difficulty = new Select<>();
    private final TextField skills = new TextField("Skills");
    private final TextArea stem = new TextArea("Question");
    private final Div choicePart = new Div();
    private final Div options = new Div();
    private final List<OptionRow> rows = new ArrayList<>();
    private final Button addOption = new Button("Add option", VaadinIcon.PLUS.create());
    private final Div trueFalsePart = new Div();
    private final RadioButtonGroup<Boolean> trueFalse = new RadioButtonGroup<>("The statement is");
    private final Div numericPart = new Div();
    private final TextField numericAnswer = new TextField("Answer");
    private final Select<Tolerance.Kind> toleranceKind = new Select<>();
    private final TextField toleranceAmount = new TextField("Tolerance");
    private final TextField unit = new TextField("Unit (optional)");
    private final TextField acceptUnits = new TextField("Other units accepted (optional)");
    private final Paragraph mistakesNote = new Paragraph();
    private final Div shortTextPart = new Div();
    private final TextArea accepted = new TextArea("Accepted answers, one per line");
    private final TextArea patterns = new TextArea("Patterns (regular expressions, optional), one per line");
    private final TextArea wrongFeedback = new TextArea("Feedback for any wrong answer (optional)");
    private final TextArea explanation = new TextArea("Explanation");
    private final TextArea references = new TextArea("References, one per line");
    private final Consumer<QuestionDraft> onChange;
    private List<DraftMistake> mistakes = List.of();
    private boolean filling;
    private boolean readOnly;

    QuestionForm(Map<String, String> topics, Consumer<QuestionDraft> onChange) {
        this.onChange = onChange;
        setId("editor-form");
        addClassName("editor-form");

        id.setId("form-id");
        id.setHelperText("Stable and unique: lower-case letters, digits and hyphens. It cannot change once saved.");
        type.setId("form-type");
        type.setLabel("Type");
        type.setItems(Arrays.stream(QuestionType.values()).filter(QuestionDraft::formEdits).toList());
        type.setItemLabelGenerator(QuestionType::title);
        type.setHelperText("Ordering, matching and parameterised numeric questions are written in YAML.");
        topic.setId("form-topic");
        topic.setLabel("Topic");
        topic.setItems(List.copyOf(topics.keySet()));
        topic.setItemLabelGenerator(t -> topics.getOrDefault(t, t));
        level.setId("form-level");
        level.setLabel("Level");
        level.setItems(Level.values());
        level.setItemLabelGenerator(Level::title);
        difficulty.setId("form-difficulty");
        difficulty.setLabel("Difficulty");
        difficulty.setItems(1, 2, 3, 4, 5);
        difficulty.setItemLabelGenerator(d -> switch (d) {
            case 1 -> "1 · warm-up";
            case 5 -> "5 · hard even for the level";
            default -> String.valueOf(d);
        });
        skills.setId("form-skills");
        skills.setHelperText("Tags, separated by commas: lower-case with hyphens, e.g. loss-scaling, fp16");
        stem.setId("form-stem");
        stem.setHelperText(MARKDOWN);
        var head = new Div(id, type, topic, level, difficulty);
        head.addClassName("editor-form-head");

        options.setId("form-options");
        options.addClassName("editor-form-options");
        addOption.setId("form-add-option");
        addOption.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addOption.addClickListener(e -> {
            addRow(new DraftOption("", false, ""));
            changed();
        });
        choicePart.add(new H4("Options"), hint("Tick the correct option (single choice: exactly one). Feedback on a "
                + "wrong option names the misconception choosing it reveals. Students see the options shuffled. "
                + MARKDOWN),
                options, addOption);

        trueFalse.setId("form-true-false");
        trueFalse.setItems(true, false);
        trueFalse.setItemLabelGenerator(b -> b ? "True" : "False");
        trueFalsePart.add(trueFalse);

        numericAnswer.setId("form-answer");
        numericAnswer.setHelperText("A number, e.g. 1.8626 or 2e9");
        toleranceKind.setId("form-tolerance-kind");
        toleranceKind.setLabel("Tolerance is");
        toleranceKind.setItems(Tolerance.Kind.RELATIVE, Tolerance.Kind.ABSOLUTE);
        toleranceKind.setItemLabelGenerator(k -> k == Tolerance.Kind.RELATIVE ? "Relative (share of the answer)"
                : "Absolute (in the answer's unit)");
        toleranceAmount.setId("form-tolerance");
        toleranceAmount.setHelperText("Relative: at most 0.25 (0.01 = 1 %). Absolute: smaller than the answer.");
        unit.setId("form-unit");
        unit.setHelperText("e.g. GiB, ms, TFLOP/s, %: see the unit list in quizzes/README.md");
        acceptUnits.setId("form-accept-units");
        acceptUnits.setHelperText("Separated by commas, of the same family, e.g. MiB, GB");
        mistakesNote.setId("form-mistakes-note");
        mistakesNote.addClassName("muted");
        var numericRow = new Div(numericAnswer, unit, toleranceKind, toleranceAmount, acceptUnits);
        numericRow.addClassName("editor-form-head");
        numericPart.add(numericRow, mistakesNote);

        accepted.setId("form-accepted");
        accepted.setHelperText("Compared after trimming, lower-casing and collapsing spaces.");
        patterns.setId("form-patterns");
        patterns.setHelperText("Matched against the normalised answer, e.g. ^all[- ]?reduce$");
        shortTextPart.add(accepted, patterns);

        wrongFeedback.setId("form-wrong-feedback");
        wrongFeedback.setHelperText("Shown for any wrong answer: the misconception it usually reveals. " + MARKDOWN);
        explanation.setId("form-explanation");
        explanation.setHelperText("Why the key is right and the tempting answers are wrong. " + MARKDOWN);
        references.setId("form-references");
        references.setHelperText("Papers or official documentation, with the section where useful.");

        for (var part : List.of(choicePart, trueFalsePart, numericPart, shortTextPart)) {
            part.addClassName("editor-form-part");
        }
        for (var field : List.<TextFieldBase<?, String>>of(id, skills, stem, numericAnswer, toleranceAmount, unit,
                acceptUnits, accepted, patterns, wrongFeedback, explanation, references)) {
            lazy(field);
        }
        for (var area : List.of(stem, accepted, patterns, wrongFeedback, explanation, references)) {
            area.setWidthFull();
        }
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(type, topic, level, difficulty, trueFalse, toleranceKind)) {
            field.addValueChangeListener(e -> changed());
        }
        add(head, skills, stem, choicePart, trueFalsePart, numericPart, shortTextPart, wrongFeedback, explanation,
                references);
        skills.setWidthFull();
    }

    private static Paragraph hint(String text) {
        var p = new Paragraph(text);
        p.addClassName("muted");
        return p;
    }

    private void lazy(TextFieldBase<?, String> field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(300);
        field.getElement().setAttribute("spellcheck", "true");
        field.addValueChangeListener(e -> changed());
    }

    /** Shows a draft; no change event is sent for it. */
    void fill(QuestionDraft draft) {
        filling = true;
        try {
            id.setValue(draft.id());
            type.setValue(draft.type());
            topic.setValue(topicOrNull(draft.topic()));
            level.setValue(draft.level());
            difficulty.setValue(draft.difficulty() >= 1 && draft.difficulty() <= 5 ? draft.difficulty() : 3);
            skills.setValue(String.join(", ", draft.skills()));
            stem.setValue(draft.stem());
            rows.clear();
            options.removeAll();
            draft.options().forEach(this::addRow);
            trueFalse.setValue(draft.answer());
            numericAnswer.setValue(draft.numericAnswer());
            toleranceKind.setValue(draft.toleranceKind());
            toleranceAmount.setValue(draft.toleranceAmount());
            unit.setValue(draft.unit());
            acceptUnits.setValue(String.join(", ", draft.acceptUnits()));
            mistakes = draft.mistakes();
            accepted.setValue(String.join("\n", draft.accepted()));
            patterns.setValue(String.join("\n", draft.patterns()));
            wrongFeedback.setValue(draft.wrongFeedback());
            explanation.setValue(draft.explanation());
            references.setValue(String.join("\n", draft.references()));
        } finally {
            filling = false;
        }
        showTypeParts();
    }

    private String topicOrNull(String value) {
        return topic.getListDataView().getItems().anyMatch(value::equals) ? value : null;
    }

    /** The draft the fields describe now. */
    QuestionDraft read() {
        return new QuestionDraft(id.getValue(), type.getOptionalValue().orElse(QuestionType.SINGLE_CHOICE),
                topic.getOptionalValue().orElse(""), level.getOptionalValue().orElse(Level.INTERN),
                difficulty.getOptionalValue().orElse(3), QuestionDraft.split(skills.getValue(), ","), stem.getValue(),
                rows.stream().map(OptionRow::read).toList(), Boolean.TRUE.equals(trueFalse.getValue()),
                numericAnswer.getValue(), unit.getValue(), QuestionDraft.split(acceptUnits.getValue(), ","),
                toleranceKind.getOptionalValue().orElse(Tolerance.Kind.RELATIVE), toleranceAmount.getValue(), mistakes,
                QuestionDraft.split(accepted.getValue(), "\n"), QuestionDraft.split(patterns.getValue(), "\n"),
                wrongFeedback.getValue(), explanation.getValue(), QuestionDraft.split(references.getValue(), "\n"));
    }

    /** Questions from quiz files are shown, not edited; the id of a saved question never changes. */
    void setEditable(boolean editable, boolean idEditable) {
        readOnly = !editable;
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(type, topic, level, difficulty, skills, stem, trueFalse,
                numericAnswer, toleranceKind, toleranceAmount, unit, acceptUnits, accepted, patterns, wrongFeedback,
                explanation, references)) {
            field.setReadOnly(readOnly);
        }
        id.setReadOnly(readOnly || !idEditable);
        addOption.setVisible(!readOnly);
        rows.forEach(OptionRow::update);
    }

    private void changed() {
        if (filling) {
            return;
        }
        showTypeParts();
        onChange.accept(read());
    }

    private void showTypeParts() {
        var t = type.getOptionalValue().orElse(QuestionType.SINGLE_CHOICE);
        choicePart.setVisible(t == QuestionType.SINGLE_CHOICE || t == QuestionType.MULTIPLE_CHOICE);
        trueFalsePart.setVisible(t == QuestionType.TRUE_FALSE);
        numericPart.setVisible(t == QuestionType.NUMERIC);
        shortTextPart.setVisible(t == QuestionType.SHORT_TEXT);
        mistakesNote.setVisible(!mistakes.isEmpty());
        mistakesNote.setText(mistakes.size() + (mistakes.size() == 1 ? " common mistake is" : " common mistakes are")
                + " kept with their feedback; edit them in YAML.");
        rows.forEach(OptionRow::update);
    }

    private void addRow(DraftOption option) {
        var row = new OptionRow(option);
        rows.add(row);
        options.add(row);
        row.update();
    }

    private void move(OptionRow row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
        options.removeAll();
        rows.forEach(options::add);
        rows.forEach(OptionRow::update);
        changed();
    }

    /** One option: its text, whether it is correct, and the feedback for choosing it. */
    private final class OptionRow extends Div {
        private final TextArea text = new TextArea();
        private final Checkbox correct = new Checkbox("Correct");
        private final TextArea feedback = new TextArea();
        private final Button up = new Button(VaadinIcon.ARROW_UP.create());
        private final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
        private final Button remove = new Button(VaadinIcon.TRASH.create());

        OptionRow(DraftOption option) {
            addClassName("form-option");
            text.addClassName("form-option-text");
            text.setValue(option.text());
            correct.addClassName("form-option-correct");
            correct.setValue(option.correct());
            feedback.addClassName("form-option-feedback");
            feedback.setLabel("Feedback when chosen (optional)");
            feedback.setValue(option.feedback());
            for (var area : List.of(text, feedback)) {
                area.setWidthFull();
                area.setValueChangeMode(ValueChangeMode.LAZY);
                area.setValueChangeTimeout(300);
                area.addValueChangeListener(e -> changed());
            }
            correct.addValueChangeListener(this::correctChanged);
            up.addClassName("form-option-up");
            up.setAriaLabel("Move the option up");
            up.setTooltipText("Move up");
            up.addClickListener(e -> move(this, -1));
            down.addClassName("form-option-down");
            down.setAriaLabel("Move the option down");
            down.setTooltipText("Move down");
            down.addClickListener(e -> move(this, 1));
            remove.addClassName("form-option-remove");
            remove.setAriaLabel("Remove the option");
            remove.setTooltipText("Remove");
            remove.addClickListener(e -> {
                rows.remove(this);
                options.remove(this);
                rows.forEach(OptionRow::update);
                changed();
            });
            for (var b : List.of(up, down, remove)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            }
            var tools = new Div(correct, up, down, remove);
            tools.addClassName("form-option-tools");
            add(text, tools, feedback);
        }

        private void correctChanged(AbstractField.ComponentValueChangeEvent<Checkbox, Boolean> e) {
            if (!filling && e.getValue() && type.getValue() == QuestionType.SINGLE_CHOICE) {
                filling = true;
                try {
                    rows.stream().filter(r -> r != this).forEach(r -> r.correct.setValue(false));
                } finally {
                    filling = false;
                }
            }
            changed();
        }

        void update() {
            int index = rows.indexOf(this);
            text.setLabel("Option " + (index + 1));
            for (var field : List.<HasValue<?, ?>>of(text, correct, feedback)) {
                field.setReadOnly(readOnly);
            }
            up.setVisible(!readOnly);
            down.setVisible(!readOnly);
            remove.setVisible(!readOnly);
            up.setEnabled(index > 0);
            down.setEnabled(index < rows.size() - 1);
        }

        DraftOption read() {
            return new DraftOption(text.getValue(), correct.getValue(), feedback.getValue());
        }
    }
}
