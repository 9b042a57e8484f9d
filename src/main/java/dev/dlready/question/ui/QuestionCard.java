package dev.dlready.question.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.dlready.base.text.Markdown;
import dev.dlready.base.ui.RichText;
import dev.dlready.question.KeyDescription;
import dev.dlready.question.QuestionToAsk;
import dev.dlready.question.Response;
import dev.dlready.question.engine.Scoring;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One question as a student sees it, with the input its type needs. Built from a {@link QuestionToAsk}, so it never
 * holds the key; the result and explanation are shown only after the answer is checked.
 */
public class QuestionCard extends Div {

    private final QuestionToAsk question;
    private final Div input = new Div();
    private final Div result = new Div();
    private final Span problem = new Span();
    private @Nullable RadioButtonGroup<Integer> single;
    private @Nullable CheckboxGroup<Integer> multiple;
    private @Nullable RadioButtonGroup<Boolean> trueFalse;
    private @Nullable TextField number;
    private @Nullable Select<String> unit;
    private @Nullable TextField text;
    private final List<Integer> order = new ArrayList<>();
    private final Div orderList = new Div();
    private final Map<Integer, Select<Integer>> matches = new HashMap<>();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private boolean restoring;

    public QuestionCard(QuestionToAsk question) {
        this.question = question;
        addClassName("question-card");
        getElement().setAttribute("data-question-type", question.type().key());

        var type = new Span(question.type().title());
        type.getElement().getThemeList().add("badge contrast");
        var level = new Span(question.level().title());
        level.getElement().getThemeList().add("badge");
        var difficulty = new Span("Difficulty " + question.difficulty() + "/5");
        difficulty.getElement().getThemeList().add("badge");
        var meta = new HorizontalLayout(type, level, difficulty);
        meta.setSpacing(true);
        meta.addClassName("question-meta");

        var stem = new RichText(question.stem());
        stem.addClassName("question-stem");
        problem.addClassName("form-error");
        problem.setVisible(false);
        problem.setId("answer-problem");
        input.addClassName("question-input");
        result.addClassName("question-result");
        result.setVisible(false);
        result.setId("question-result");
        add(meta, stem, input, problem, result);
        buildInput();
    }

    private void buildInput() {
        List<String> choices = question.choices();
        switch (question.type()) {
            case SINGLE_CHOICE -> {
                var group = new RadioButtonGroup<Integer>();
                group.setAriaLabel("Choose one answer");
                group.setItems(IntStream.range(0, choices.size()).boxed().toList());
                group.setRenderer(new ComponentRenderer<>(i -> optionLabel(i, choices.get(i))));
                group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                group.setId("answer-single");
                single = group;
                group.addValueChangeListener(e -> changed());
                input.add(hint("Choose one. Keys 1–" + choices.size() + " select an option."), group);
                numberKeys(choices.size(), i -> group.setValue(i));
            }
            case MULTIPLE_CHOICE -> {
                var group = new CheckboxGroup<Integer>();
                group.setAriaLabel("Choose every correct answer");
                group.setItems(IntStream.range(0, choices.size()).boxed().toList());
                group.setRenderer(new ComponentRenderer<>(i -> optionLabel(i, choices.get(i))));
                group.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
                group.setId("answer-multiple");
                multiple = group;
                group.addValueChangeListener(e -> changed());
                input.add(hint("Choose every correct answer (partial credit; wrong picks cost). Keys 1–"
                        + choices.size() + " toggle options."), group);
                numberKeys(choices.size(), i -> {
                    var selected = new java.util.HashSet<>(group.getValue());
                    if (!selected.remove(i)) {
                        selected.add(i);
                    }
                    group.setValue(selected);
                });
            }
            case TRUE_FALSE -> {
                var group = new RadioButtonGroup<Boolean>();
                group.setAriaLabel("True or false");
                group.setItems(true, false);
                group.setItemLabelGenerator(b -> b ? "1  True" : "2  False");
                group.setId("answer-true-false");
                trueFalse = group;
                group.addValueChangeListener(e -> changed());
                input.add(hint("Keys 1 and 2 choose True or False."), group);
                numberKeys(2, i -> group.setValue(i == 0));
            }
            case NUMERIC, PARAMETERISED_NUMERIC -> {
                var field = new TextField("Your answer");
                field.setId("answer-number");
                field.setPlaceholder("e.g. 2048 or 1.5e9");
                field.setAllowedCharPattern("[0-9eE.,+\\- ]");
                number = field;
                field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
                field.addValueChangeListener(e -> {
                    if (KeyDescription.parseNumber(e.getValue()).isPresent()) {
                        changed();
                    }
                });
                var row = new HorizontalLayout(field);
                row.setAlignItems(FlexComponent.Alignment.BASELINE);
                if (!question.units().isEmpty()) {
                    var select = new Select<String>();
                    select.setLabel("Unit");
                    select.setItems(question.units());
                    select.setValue(question.units().getFirst());
                    select.setId("answer-unit");
                    unit = select;
                    select.addValueChangeListener(e -> {
                        if (KeyDescription.parseNumber(field.getValue()).isPresent()) {
                            changed();
                        }
                    });
                    row.add(select);
                }
                input.add(row);
            }
            case SHORT_TEXT -> {
                var field = new TextField("Your answer");
                field.setId("answer-text");
                field.setWidthFull();
                field.setMaxLength(200);
                text = field;
                field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
                field.addValueChangeListener(e -> {
                    if (!e.getValue().isBlank()) {
                        changed();
                    }
                });
                input.add(field);
            }
            case ORDERING -> {
                order.addAll(IntStream.range(0, question.items().size()).boxed().toList());
                orderList.addClassName("order-list");
                orderList.setId("answer-order");
                input.add(hint("Put the steps in order with the arrow buttons."), orderList);
                renderOrder();
            }
            case MATCHING -> {
                var grid = new Div();
                grid.addClassName("match-grid");
                grid.setId("answer-matching");
                List<String> rights = question.rights();
                for (int left = 0; left < question.lefts().size(); left++) {
                    var label = new RichText(question.lefts().get(left));
                    label.addClassName("match-left");
                    var select = new Select<Integer>();
                    select.setItems(IntStream.range(0, rights.size()).boxed().toList());
                    select.setRenderer(new ComponentRenderer<>(i -> new RichText(rights.get(i))));
                    select.setPlaceholder("Choose a match");
                    select.setAriaLabel("Match for " + Markdown.toPlainText(question.lefts().get(left)));
                    select.addClassName("match-right");
                    matches.put(left, select);
                    select.addValueChangeListener(e -> changed());
                    grid.add(label, select);
                }
                input.add(grid);
            }
        }
    }

    private static Component optionLabel(int index, String markdown) {
        var key = new Span(String.valueOf(index + 1));
        key.addClassName("option-key");
        var body = new RichText(markdown);
        body.addClassName("option-text");
        var label = new Div(key, body);
        label.addClassName("option-label");
        return label;
    }

    private static Span hint(String text) {
        var hint = new Span(text);
        hint.addClassName("muted");
        hint.addClassName("question-hint");
        return hint;
    }

    private void numberKeys(int count, java.util.function.IntConsumer action) {
        Key[] keys = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5, Key.DIGIT_6, Key.DIGIT_7,
            Key.DIGIT_8, Key.DIGIT_9};
        for (int i = 0; i < Math.min(count, keys.length); i++) {
            int index = i;
            Shortcuts.addShortcutListener(this, () -> {
                        if (isEnabledForInput()) {
                            action.accept(index);
                        }
                    }, keys[i]);
        }
    }

    private boolean enabled = true;

    private boolean isEnabledForInput() {
        return enabled;
    }

    private void renderOrder() {
        orderList.removeAll();
        for (int i = 0; i < order.size(); i++) {
            int position = i;
            var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(position, -1));
            up.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            up.setAriaLabel("Move up");
            up.setEnabled(enabled && i > 0);
            var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(position, 1));
            down.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            down.setAriaLabel("Move down");
            down.setEnabled(enabled && i < order.size() - 1);
            var number = new Span((i + 1) + ".");
            number.addClassName("order-number");
            var row = new Div(number, new RichText(question.items().get(order.get(i))), up, down);
            row.addClassName("order-row");
            orderList.add(row);
        }
    }

    private void move(int position, int delta) {
        int target = position + delta;
        if (target < 0 || target >= order.size()) {
            return;
        }
        java.util.Collections.swap(order, position, target);
        renderOrder();
        changed();
    }

    /** Runs whenever the student changes the answer (used to save it at once). */
    public void addAnswerChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        if (!restoring) {
            changeListeners.forEach(Runnable::run);
        }
    }

    /** Shows a previously saved answer. */
    public void setResponse(Response response) {
        restoring = true;
        try {
            switch (response) {
                case Response.Choices c -> {
                    if (single != null && !c.selected().isEmpty()) {
                        single.setValue(c.selected().iterator().next());
                    }
                    if (multiple != null) {
                        multiple.setValue(c.selected());
                    }
                }
                case Response.TrueFalse t -> {
                    if (trueFalse != null) {
                        trueFalse.setValue(t.value());
                    }
                }
                case Response.Number n -> {
                    if (number != null) {
                        number.setValue(dev.dlready.question.Placeholders.display(n.value()).replace(" × 10^", "e"));
                    }
                    if (unit != null && n.unit() != null && question.units().contains(n.unit())) {
                        unit.setValue(n.unit());
                    }
                }
                case Response.Text t -> {
                    if (text != null) {
                        text.setValue(t.text());
                    }
                }
                case Response.Order o -> {
                    if (o.positions().size() == order.size()) {
                        order.clear();
                        order.addAll(o.positions());
                        renderOrder();
                    }
                }
                case Response.Matches m -> m.rightForLeft().forEach((left, right) -> {
                    var select = matches.get(left);
                    if (select != null) {
                        select.setValue(right);
                    }
                });
            }
        } finally {
            restoring = false;
        }
    }

    /** The answer as entered, or empty with a message shown when it is incomplete. */
    public Optional<Response> response() {
        return read(true);
    }

    /** The answer as entered, if complete, without telling the student anything (for autosave). */
    public Optional<Response> currentResponse() {
        return read(false);
    }

    private Optional<Response> read(boolean report) {
        if (report) {
            problem.setVisible(false);
        }
        Optional<Response> response = switch (question.type()) {
            case SINGLE_CHOICE -> Optional.ofNullable(single.getValue()).map(v -> new Response.Choices(java.util.Set.of(v)));
            case MULTIPLE_CHOICE -> multiple.getValue().isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Response.Choices(multiple.getValue()));
            case TRUE_FALSE -> Optional.ofNullable(trueFalse.getValue()).map(Response.TrueFalse::new);
            case NUMERIC, PARAMETERISED_NUMERIC -> KeyDescription.parseNumber(number.getValue())
                    .map(v -> new Response.Number(v, unit == null ? null : unit.getValue()));
            case SHORT_TEXT -> text.getValue().isBlank() ? Optional.empty() : Optional.of(new Response.Text(text.getValue()));
            case ORDERING -> Optional.of(new Response.Order(order));
            case MATCHING -> {
                var chosen = new HashMap<Integer, Integer>();
                matches.forEach((left, select) -> {
                    if (select.getValue() != null) {
                        chosen.put(left, select.getValue());
                    }
                });
                yield chosen.size() == matches.size() ? Optional.of(new Response.Matches(chosen)) : Optional.empty();
            }
        };
        if (response.isEmpty() && report) {
            problem.setText(switch (question.type()) {
                case NUMERIC, PARAMETERISED_NUMERIC -> number.getValue().isBlank()
                        ? "Enter a number."
                        : "\"" + number.getValue() + "\" is not a number; write it like 2048, 0.5 or 1.5e9.";
                case MATCHING -> "Choose a match for every item.";
                case SHORT_TEXT -> "Type your answer.";
                default -> "Choose an answer first.";
            });
            problem.setVisible(true);
        }
        return response;
    }

    /** Shows how the answer scored, the misconception behind a wrong answer, the key and the explanation. */
    public void showResult(Scoring.Result score, String keyMarkdown, String explanationMarkdown) {
        result.removeAll();
        String verdict;
        String theme;
        if (score.correct()) {
            verdict = "Correct";
            theme = "success";
        } else if (score.credit() > 0) {
            verdict = "Partly right: " + Math.round(score.credit() * 100) + " % credit";
            theme = "warning";
        } else {
            verdict = "Not quite";
            theme = "error";
        }
        var heading = new Div(new Span(verdict));
        heading.addClassNames("result-verdict", "result-" + theme);
        heading.setId("result-verdict");
        result.add(heading);
        for (String feedback : score.feedback()) {
            var misconception = new RichText(feedback);
            misconception.addClassName("result-feedback");
            result.add(misconception);
        }
        var key = new RichText(keyMarkdown);
        key.addClassName("result-key");
        var explanation = new RichText(explanationMarkdown);
        explanation.addClassName("result-explanation");
        explanation.setId("result-explanation");
        result.add(key, explanation);
        result.setVisible(true);
    }

    public void hideResult() {
        result.setVisible(false);
        result.removeAll();
    }

    /** Locks or unlocks the inputs (locked while the result is shown). */
    public void setInputEnabled(boolean enabled) {
        this.enabled = enabled;
        if (single != null) {
            single.setReadOnly(!enabled);
        }
        if (multiple != null) {
            multiple.setReadOnly(!enabled);
        }
        if (trueFalse != null) {
            trueFalse.setReadOnly(!enabled);
        }
        if (number != null) {
            number.setReadOnly(!enabled);
        }
        if (unit != null) {
            unit.setReadOnly(!enabled);
        }
        if (text != null) {
            text.setReadOnly(!enabled);
        }
        matches.values().forEach(s -> s.setReadOnly(!enabled));
        if (question.type() == dev.dlready.question.QuestionType.ORDERING) {
            renderOrder();
        }
    }

    public void focusInput() {
        if (number != null) {
            number.focus();
        } else if (text != null) {
            text.focus();
        }
    }
}
