package dev.dlready.cohort.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.bank.QuestionSearch;
import dev.dlready.cohort.CohortException;
import dev.dlready.cohort.CourseQuizDetails;
import dev.dlready.cohort.CourseQuizService;
import dev.dlready.cohort.FeedbackTiming;
import dev.dlready.cohort.QuestionRule;
import dev.dlready.cohort.QuizQuestion;
import dev.dlready.cohort.QuizSettings;
import dev.dlready.question.Level;
import dev.dlready.question.ui.QuestionCard;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The quiz builder: settings on the left, questions on the right. Questions come from the bank by hand (search and
 * tick) or by rule (topic, level, difficulty, count drawn at random and shown before they are added). Publishing makes
 * the quiz assignable; once students have attempted it, its questions are fixed.
 */
@Route("quizzes/:quizId")
@PageTitle("Quiz builder")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class QuizBuilderView extends Main implements BeforeEnterObserver {

    static final String ANY = "Any";
    static final String UNLIMITED = "Unlimited";

    private final CourseQuizService quizzes;
    private final Map<String, String> topics;
    private long quizId;
    private CourseQuizDetails quiz;

    private final TextField title = new TextField("Title");
    private final TextArea description = new TextArea("Description for students");
    private final IntegerField minutes = new IntegerField("Time limit (minutes)");
    private final Select<String> attempts = new Select<>();
    private final Checkbox shuffle = new Checkbox("Shuffle the order of questions for each student");
    private final RadioButtonGroup<FeedbackTiming> feedback = new RadioButtonGroup<>("Feedback");
    private final DateTimePicker opens = new DateTimePicker("Opens");
    private final DateTimePicker closes = new DateTimePicker("Closes");
    private final Span settingsError = new Span();
    private final Grid<QuizQuestion> questions = new Grid<>();
    private final Div header = new Div();
    private final Div lockNote = new Div();
    private final Span count = new Span();
    private final Button addFromBank = new Button("Add from bank", VaadinIcon.SEARCH.create());
    private final Button addByRule = new Button("Add by rule", VaadinIcon.RANDOM.create());

    public QuizBuilderView(CourseQuizService quizzes) {
        this.quizzes = quizzes;
        this.topics = quizzes.topics();
        addClassNames("page", "quiz-builder-page");
        this.quiz = new CourseQuizDetails(0, QuizSettings.defaults("Quiz"), false, 0, List.of(), List.of(), 0);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            quizId = Long.parseLong(event.getRouteParameters().get("quizId").orElse(""));
            quiz = quizzes.quiz(quizId);
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        var back = new Anchor("quizzes", "← All quizzes");
        back.addClassName("back-link");
        add(back, header);

        var settings = new Div(new H3("Settings"), settingsForm());
        settings.addClassName("builder-settings");
        var questionPanel = new Div(new H3("Questions"), lockNote, questionTools(), questionGrid());
        questionPanel.addClassName("builder-questions");
        var columns = new Div(settings, questionPanel);
        columns.addClassName("builder-columns");
        add(columns);
        show();
    }

    private void show() {
        header.removeAll();
        header.addClassName("builder-header");
        var heading = new H2(quiz.settings().title());
        heading.setId("quiz-title");
        var status = quiz.published() ? Parts.badge("Published", "success") : Parts.badge("Draft", "contrast");
        status.setId("quiz-status");
        var publish = quiz.published()
                ? new Button("Back to draft", VaadinIcon.EYE_SLASH.create(), e -> act(() -> quizzes.unpublish(quizId),
                        "The quiz is a draft again: students do not see it."))
                : new Button("Publish", VaadinIcon.CHECK.create(), e -> act(() -> quizzes.publish(quizId),
                        "Published: you can now assign it to a cohort."));
        publish.setId("quiz-publish");
        if (!quiz.published()) {
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        var preview = new Button("Preview", VaadinIcon.EYE.create(), e -> openPreview());
        preview.setId("quiz-preview");
        var stats = new Button("Statistics", VaadinIcon.BAR_CHART.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("quizzes/" + quizId + "/statistics")));
        var duplicate = new Button("Duplicate", VaadinIcon.COPY.create(), e -> {
            long copy = quizzes.duplicate(quizId);
            Parts.success("Copied as a new draft.");
            getUI().ifPresent(ui -> ui.navigate("quizzes/" + copy));
        });
        var export = new Button("Export", VaadinIcon.DOWNLOAD.create(), e -> openExport());
        export.setId("quiz-export");
        export.setEnabled(!quiz.questions().isEmpty());
        var delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var actions = new HorizontalLayout(publish, preview, stats, duplicate, export, delete);
        actions.setSpacing(true);
        actions.addClassName("builder-actions");
        var titleRow = new HorizontalLayout(heading, status);
        titleRow.setAlignItems(FlexComponent.Alignment.CENTER);
        header.add(titleRow, actions);
        if (!quiz.cohorts().isEmpty()) {
            var assigned = new Paragraph("Assigned to " + String.join(", ", quiz.cohorts()) + ".");
            assigned.addClassName("muted");
            header.add(assigned);
        } else if (quiz.published()) {
            var hint = new Paragraph("Published. Assign it to a cohort from the cohort's page.");
            hint.addClassName("muted");
            header.add(hint);
        }

        lockNote.removeAll();
        lockNote.setVisible(quiz.questionsLocked());
        if (quiz.questionsLocked()) {
            lockNote.addClassName("builder-lock");
            lockNote.add(new Span(VaadinIcon.LOCK.create()), new Span(" " + quiz.attempts()
                    + (quiz.attempts() == 1 ? " attempt has" : " attempts have") + " been made, so the questions are fixed "
                    + "and everyone's results stay comparable. Duplicate the quiz to change them."));
        }
        addFromBank.setEnabled(!quiz.questionsLocked());
        addByRule.setEnabled(!quiz.questionsLocked());
        questions.setItems(quiz.questions());
        count.setText(quiz.questions().size() + (quiz.questions().size() == 1 ? " question" : " questions"));
        fillSettings(quiz.settings());
    }

    private Component settingsForm() {
        title.setId("quiz-settings-title");
        title.setMaxLength(QuizSettings.MAX_TITLE);
        description.setMaxLength(QuizSettings.MAX_DESCRIPTION);
        description.setHeight("6rem");
        minutes.setId("quiz-minutes");
        minutes.setMin(1);
        minutes.setMax(QuizSettings.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText("Leave empty for 90 seconds per question.");
        attempts.setId("quiz-attempts");
        attempts.setLabel("Attempts allowed");
        var choices = new ArrayList<String>();
        for (int i = 1; i <= 5; i++) {
            choices.add(Integer.toString(i));
        }
        choices.add("10");
        choices.add(UNLIMITED);
        attempts.setItems(choices);
        feedback.setId("quiz-feedback");
        feedback.setItems(FeedbackTiming.values());
        feedback.setItemLabelGenerator(FeedbackTiming::title);
        feedback.setHelperText("Immediate: students check each answer as they go, then it is locked.");
        opens.setId("quiz-opens");
        opens.setHelperText("Empty: open once published and assigned.");
        closes.setId("quiz-closes");
        closes.setHelperText("Empty: never closes. Running attempts end at this time.");
        settingsError.addClassName("form-error");
        settingsError.setId("quiz-settings-error");
        var save = new Button("Save settings", e -> saveSettings());
        save.setId("quiz-save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(title, description, minutes, attempts, shuffle, feedback, opens, closes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(shuffle, 2);
        form.setColspan(feedback, 2);
        return new Div(form, settingsError, save);
    }

    private void fillSettings(QuizSettings s) {
        title.setValue(s.title());
        description.setValue(s.description());
        minutes.setValue(s.timeLimitMinutes());
        attempts.setValue(s.attemptsAllowed() == 0 ? UNLIMITED : Integer.toString(s.attemptsAllowed()));
        if (attempts.getValue() == null || !attemptsChoices().contains(attempts.getValue())) {
            attempts.setItems(withChoice(Integer.toString(s.attemptsAllowed())));
            attempts.setValue(Integer.toString(s.attemptsAllowed()));
        }
        shuffle.setValue(s.shuffleQuestions());
        feedback.setValue(s.feedback());
        opens.setValue(Parts.local(s.opensAt()));
        closes.setValue(Parts.local(s.closesAt()));
        settingsError.setText("");
    }

    private List<String> attemptsChoices() {
        return attempts.getListDataView().getItems().toList();
    }

    private List<String> withChoice(String value) {
        var all = new ArrayList<>(attemptsChoices());
        if (!all.contains(value)) {
            all.add(all.size() - 1, value);
        }
        return all;
    }

    private void saveSettings() {
        if (minutes.isInvalid() || opens.isInvalid() || closes.isInvalid()) {
            settingsError.setText("Fix the highlighted fields first: a whole number of minutes, and complete dates with times.");
            return;
        }
        try {
            String chosen = attempts.getValue() == null ? "1" : attempts.getValue();
            var settings = new QuizSettings(title.getValue(), description.getValue(), minutes.getValue(),
                    UNLIMITED.equals(chosen) ? 0 : Integer.parseInt(chosen), shuffle.getValue(),
                    feedback.getValue() == null ? FeedbackTiming.AFTER_SUBMISSION : feedback.getValue(),
                    Parts.instant(opens.getValue()), Parts.instant(closes.getValue()));
            quizzes.saveSettings(quizId, settings, quiz.version());
            reload();
            Parts.success("Settings saved.");
        } catch (CohortException ex) {
            settingsError.setText(ex.getMessage());
        }
    }

    private Component questionTools() {
        addFromBank.setId("quiz-add-bank");
        addFromBank.addClickListener(e -> openBankPicker());
        addByRule.setId("quiz-add-rule");
        addByRule.addClickListener(e -> openRule());
        count.addClassName("muted");
        var tools = new HorizontalLayout(addFromBank, addByRule, count);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        return tools;
    }

    private Component questionGrid() {
        questions.setId("quiz-questions");
        questions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        questions.setAllRowsVisible(true);
        questions.addColumn(q -> quiz.questions().indexOf(q) + 1).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        questions.addComponentColumn(QuizBuilderView::describe).setHeader("Question").setFlexGrow(1);
        questions.addComponentColumn(q -> {
            var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(q, -1));
            up.setAriaLabel("Move up");
            var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(q, 1));
            down.setAriaLabel("Move down");
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> remove(q));
            remove.setAriaLabel("Remove from quiz");
            for (Button b : List.of(up, down, remove)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
                b.setEnabled(!quiz.questionsLocked());
            }
            var row = new HorizontalLayout(up, down, remove);
            row.setSpacing(false);
            return row;
        }).setWidth("8.5rem").setFlexGrow(0);
        var empty = new Div(new Span("No questions yet. Add some from the bank, by hand or by rule."));
        empty.addClassName("muted");
        questions.setEmptyStateComponent(empty);
        return questions;
    }

    static Component describe(QuizQuestion q) {
        var stem = new dev.dlready.base.ui.RichText(q.stem());
        stem.addClassName("builder-stem");
        var meta = new Span(q.topicTitle() + " · " + q.type().replace('_', ' ') + " · " + q.level() + " · difficulty "
                + q.difficulty() + " · " + q.id());
        meta.addClassName("muted");
        var cell = new Div(stem, meta);
        cell.addClassName("two-lines");
        if (!q.active()) {
            cell.add(Parts.badge("Retired: left out of new attempts", "error small"));
        }
        return cell;
    }

    private void move(QuizQuestion q, int by) {
        var ids = new ArrayList<>(quiz.questions().stream().map(QuizQuestion::id).toList());
        int at = ids.indexOf(q.id());
        int to = at + by;
        if (at < 0 || to < 0 || to >= ids.size()) {
            return;
        }
        ids.remove(at);
        ids.add(to, q.id());
        saveQuestions(ids, null);
    }

    private void remove(QuizQuestion q) {
        var ids = new ArrayList<>(quiz.questions().stream().map(QuizQuestion::id).toList());
        ids.remove(q.id());
        saveQuestions(ids, "Removed " + q.id() + ".");
    }

    private void add(List<QuizQuestion> chosen) {
        var ids = new LinkedHashSet<>(quiz.questions().stream().map(QuizQuestion::id).toList());
        int before = ids.size();
        chosen.forEach(q -> ids.add(q.id()));
        int added = ids.size() - before;
        if (added == 0) {
            Parts.error("Those questions are already in the quiz.");
            return;
        }
        saveQuestions(new ArrayList<>(ids), added == 1 ? "Added 1 question." : "Added " + added + " questions.");
    }

    private void saveQuestions(List<String> ids, @org.jspecify.annotations.Nullable String done) {
        try {
            quizzes.setQuestions(quizId, ids);
            reload();
            if (done != null) {
                Parts.success(done);
            }
        } catch (CohortException ex) {
            Parts.error(ex.getMessage());
        }
    }

    private void openBankPicker() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Add questions from the bank");
        dialog.setWidth("min(60rem, 95vw)");
        var text = new TextField();
        text.setPlaceholder("Search ids and text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("bank-search");
        var topic = new Select<String>();
        topic.setLabel("Topic");
        var topicChoices = new ArrayList<String>();
        topicChoices.add(ANY);
        topicChoices.addAll(topics.keySet());
        topic.setItems(topicChoices);
        topic.setItemLabelGenerator(t -> ANY.equals(t) ? ANY : topics.getOrDefault(t, t));
        topic.setValue(ANY);
        var level = new Select<String>();
        level.setLabel("Level");
        level.setItems(ANY, Level.INTERN.key(), Level.ENTRY.key());
        level.setItemLabelGenerator(l -> Level.fromKey(l).map(Level::title).orElse(ANY));
        level.setValue(ANY);
        var grid = new Grid<QuizQuestion>();
        grid.setId("bank-picker");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var present = quiz.questions().stream().map(QuizQuestion::id).toList();
        grid.addComponentColumn(q -> {
            var cell = describe(q);
            if (present.contains(q.id())) {
                cell.getElement().appendChild(Parts.badge("Already in the quiz", "contrast small").getElement());
            }
            return cell;
        }).setHeader("Question");
        grid.setHeight("26rem");
        grid.addItemClickListener(e -> {
            if (grid.getSelectedItems().contains(e.getItem())) {
                grid.deselect(e.getItem());
            } else {
                grid.select(e.getItem());
            }
        });
        Runnable search = () -> {
            var filter = new QuestionSearch(text.getValue(), ANY.equals(topic.getValue()) ? null : topic.getValue(), null,
                    ANY.equals(level.getValue()) ? null : level.getValue(), null);
            grid.setItems(query -> quizzes.searchBank(filter, query.getOffset(), query.getLimit()).stream(),
                    query -> (int) quizzes.countBank(filter));
        };
        text.addValueChangeListener(e -> search.run());
        topic.addValueChangeListener(e -> search.run());
        level.addValueChangeListener(e -> search.run());
        search.run();
        var filters = new HorizontalLayout(text, topic, level);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        var add = new Button("Add selected", e -> {
            var chosen = new ArrayList<>(grid.getSelectedItems());
            if (chosen.isEmpty()) {
                Parts.error("Tick the questions to add first.");
                return;
            }
            dialog.close();
            add(chosen);
        });
        add.setId("bank-add-selected");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(filters, grid);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), add);
        dialog.open();
    }

    private void openRule() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Add questions by rule");
        dialog.setWidth("min(52rem, 95vw)");
        var topic = new Select<String>();
        topic.setId("rule-topic");
        topic.setLabel("Topic");
        topic.setItems(new ArrayList<>(topics.keySet()));
        topic.setItemLabelGenerator(t -> topics.getOrDefault(t, t));
        var level = new Select<String>();
        level.setId("rule-level");
        level.setLabel("Level");
        level.setItems(ANY, Level.INTERN.key(), Level.ENTRY.key());
        level.setItemLabelGenerator(l -> Level.fromKey(l).map(Level::title).orElse(ANY));
        level.setValue(ANY);
        var min = new IntegerField("Difficulty from");
        min.setMin(1);
        min.setMax(5);
        min.setValue(1);
        min.setStepButtonsVisible(true);
        var max = new IntegerField("to");
        max.setMin(1);
        max.setMax(5);
        max.setValue(5);
        max.setStepButtonsVisible(true);
        var howMany = new IntegerField("How many");
        howMany.setId("rule-count");
        howMany.setMin(1);
        howMany.setMax(QuestionRule.MAX_COUNT);
        howMany.setValue(5);
        howMany.setStepButtonsVisible(true);
        var message = new Span();
        message.setId("rule-message");
        var drawn = new Grid<QuizQuestion>();
        drawn.setId("rule-drawn");
        drawn.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        drawn.addComponentColumn(QuizBuilderView::describe).setHeader("Drawn at random");
        drawn.setHeight("20rem");
        drawn.setVisible(false);
        var keep = new Button("Add these");
        keep.setId("rule-keep");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setEnabled(false);
        var result = new ArrayList<QuizQuestion>();
        var draw = new Button("Draw", VaadinIcon.RANDOM.create(), e -> {
            try {
                if (topic.getValue() == null) {
                    throw new CohortException("Choose a topic to draw from.");
                }
                var rule = new QuestionRule(topic.getValue(),
                        ANY.equals(level.getValue()) ? null : Level.fromKey(level.getValue()).orElse(null),
                        min.getValue() == null ? 0 : min.getValue(), max.getValue() == null ? 0 : max.getValue(),
                        howMany.getValue() == null ? 0 : howMany.getValue());
                result.clear();
                result.addAll(quizzes.draw(quizId, rule));
                drawn.setItems(result);
                drawn.setVisible(true);
                keep.setEnabled(!result.isEmpty());
                message.removeClassName("form-error");
                if (result.isEmpty()) {
                    message.setText("No question of the bank matches that is not already in the quiz. Widen the rule.");
                    message.addClassName("form-error");
                } else if (result.size() < rule.count()) {
                    message.setText("Only " + result.size() + " matching questions are not in the quiz yet; all of them are shown.");
                } else {
                    message.setText("Draw again for another random set, or add these.");
                }
            } catch (CohortException ex) {
                message.setText(ex.getMessage());
                message.addClassName("form-error");
            }
        });
        draw.setId("rule-draw");
        keep.addClickListener(e -> {
            dialog.close();
            add(result);
        });
        var form = new FormLayout(topic, level, min, max, howMany);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        dialog.add(form, new HorizontalLayout(draw, message), drawn);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), keep);
        dialog.open();
    }

    private void openPreview() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Preview: " + quiz.settings().title());
        dialog.setWidth("min(56rem, 95vw)");
        var list = new Div();
        list.setId("quiz-preview-list");
        list.addClassName("builder-preview");
        var asked = quizzes.preview(quizId);
        if (asked.isEmpty()) {
            list.add(new Paragraph("No questions yet."));
        }
        int n = 1;
        for (var q : asked) {
            var number = new H3("Question " + n++);
            list.add(number, new QuestionCard(q));
        }
        var note = new Paragraph("Students see these questions like this, each with its own variant of any numbers, "
                + "options in a shuffled order" + (quiz.settings().shuffleQuestions() ? ", and questions in a shuffled order." : "."));
        note.addClassName("muted");
        dialog.add(note, list);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private void openExport() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Export the questions");
        dialog.setWidth("min(40rem, 95vw)");
        var intro = new Paragraph("Download this quiz's questions for Moodle, or as a quiz file to review and commit "
                + "under quizzes/. Anything a format cannot carry is listed before you download.");
        intro.addClassName("muted");
        var links = new Div();
        links.addClassName("dialog-stack");
        for (var format : dev.dlready.bank.ExportFormat.values()) {
            try {
                var file = quizzes.export(quizId, format);
                byte[] bytes = file.content();
                var link = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(ev ->
                        new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                                file.fileName(), file.mediaType() + "; charset=UTF-8", bytes.length)),
                        format.title() + " — " + file.fileName());
                link.setId("quiz-export-" + format.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                var row = new Div(link);
                if (file.notes().isEmpty()) {
                    row.add(new Span(" · everything carried over"));
                } else {
                    var notes = new com.vaadin.flow.component.html.UnorderedList();
                    file.notes().forEach(n -> notes.add(new com.vaadin.flow.component.html.ListItem(
                            n.questionId() + ": " + n.message())));
                    row.add(notes);
                }
                links.add(row);
            } catch (CohortException ex) {
                links.add(new Paragraph(format.title() + ": " + ex.getMessage()));
            }
        }
        dialog.add(intro, links);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private void confirmDelete() {
        var confirm = new ConfirmDialog("Delete this quiz?",
                "\"" + quiz.settings().title() + "\" will be deleted. Its questions stay in the bank.", "Delete",
                e -> {
                    try {
                        quizzes.delete(quizId);
                        Parts.success("Quiz deleted.");
                        getUI().ifPresent(ui -> ui.navigate("quizzes"));
                    } catch (CohortException ex) {
                        Parts.error(ex.getMessage());
                    }
                }, "Cancel", e -> {});
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            reload();
            Parts.success(done);
        } catch (CohortException ex) {
            Parts.error(ex.getMessage());
        }
    }

    private void reload() {
        quiz = quizzes.quiz(quizId);
        show();
    }
}
