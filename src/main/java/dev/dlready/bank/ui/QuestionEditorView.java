package dev.dlready.bank.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.bank.AuthoringConflict;
import dev.dlready.bank.AuthoringException;
import dev.dlready.bank.AuthoringService;
import dev.dlready.bank.EditableQuestion;
import dev.dlready.bank.QuestionDraft;
import dev.dlready.base.ui.RichText;
import dev.dlready.content.ContentProblem;
import dev.dlready.question.ui.QuestionCard;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Writing a question in a form (the common types) or in the quizzes/ format (every type), with a live preview exactly as
 * students see it, the file validator's messages, and a "new variant" button for parameterised questions. The YAML text
 * is the one source of truth: the form writes it on every change, and reads it when the author switches back, so both
 * modes share the preview, validation, save and conflict handling. Saving makes a new version; a concurrent save by
 * someone else is shown side by side, and the author's text is never thrown away.
 */
@Route("bank/question")
@PageTitle("Question editor")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class QuestionEditorView extends Main implements BeforeEnterObserver {

    private final AuthoringService authoring;
    private final RandomGenerator seeds = RandomGenerator.of("L64X128MixRandom");
    private final TextArea editor = new TextArea();
    private final Div preview = new Div();
    private final Span heading = new Span();
    private final Div notice = new Div();
    private final Button save = new Button("Save", VaadinIcon.CHECK.create());
    private final Button copy = new Button("Make a copy to edit", VaadinIcon.COPY_O.create());
    private final Button retire = new Button("Retire", VaadinIcon.ARCHIVE.create());
    private final Tab formTab = new Tab(VaadinIcon.FORM.create(), new Span("Form"));
    private final Tab yamlTab = new Tab(VaadinIcon.CODE.create(), new Span("YAML"));
    private final Tabs modes = new Tabs(formTab, yamlTab);
    private final Paragraph modeMessage = new Paragraph();
    private final Set<String> topicIds;
    private final QuestionForm form;
    /** The text the form last wrote or read: while the YAML still equals it, the form shows exactly that. */
    private @Nullable String formYaml;
    private boolean switching;
    private @Nullable String questionId;
    private int baseVersion;
    private long seed = 1;

    public QuestionEditorView(AuthoringService authoring) {
        this.authoring = authoring;
        var topics = authoring.topicTitles();
        this.topicIds = Set.copyOf(topics.keySet());
        this.form = new QuestionForm(topics, draft -> {
            String text = draft.toYaml();
            formYaml = text;
            editor.setValue(text);
        });
        addClassNames("page", "editor-page");

        editor.setId("editor-text");
        editor.setLabel("Question in the quizzes/ format (YAML)");
        editor.addClassName("yaml-editor");
        editor.setValueChangeMode(ValueChangeMode.LAZY);
        editor.setValueChangeTimeout(400);
        editor.setMaxLength(AuthoringService.MAX_YAML_CHARS);
        editor.getElement().setAttribute("spellcheck", "false");
        editor.addValueChangeListener(e -> refreshPreview());

        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(false));
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setBrowserDefaultAllowed(false);
        save.setTooltipText("Ctrl+S");
        var variant = new Button("New variant", VaadinIcon.REFRESH.create(), e -> {
            seed = seeds.nextLong();
            refreshPreview();
        });
        variant.setId("editor-variant");
        variant.setTooltipText("Show the question with other numbers and option order");
        copy.setId("editor-copy");
        copy.addClickListener(e -> {
            if (questionId != null) {
                String text = authoring.copyText(questionId);
                questionId = null;
                baseVersion = 0;
                editor.setReadOnly(false);
                form.setEditable(true, true);
                editor.setValue(text);
                showHeading(null);
                showMode(formTab.isSelected());
            }
        });
        retire.setId("editor-retire");
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        retire.setTooltipText("Take the question out of the bank, practice and future quizzes");
        retire.addClickListener(e -> confirmRetire());
        var actions = new HorizontalLayout(save, variant, copy, retire, new Anchor("bank", "Back to the bank"));
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        actions.setWrap(true);

        heading.setId("editor-heading");
        notice.setId("editor-notice");
        preview.setId("editor-preview");
        preview.addClassName("editor-preview");
        formTab.setId("editor-tab-form");
        yamlTab.setId("editor-tab-yaml");
        modes.setId("editor-mode");
        modes.addSelectedChangeListener(e -> {
            if (!switching) {
                showMode(e.getSelectedTab() == formTab);
            }
        });
        modeMessage.setId("editor-mode-message");
        modeMessage.addClassName("editor-mode-message");
        modeMessage.setVisible(false);
        var writing = new Div(modes, modeMessage, form, editor);
        writing.addClassName("editor-writing");
        var columns = new Div(writing, preview);
        columns.addClassName("editor-columns");
        add(new H2(heading), notice, actions, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getLocation().getQueryParameters().getSingleParameter("id");
        if (id.isEmpty()) {
            questionId = null;
            baseVersion = 0;
            editor.setReadOnly(false);
            form.setEditable(true, true);
            editor.setValue(AuthoringService.TEMPLATE);
            showHeading(null);
            refreshPreview();
            showMode(true);
            return;
        }
        try {
            load(authoring.open(id.get()), true);
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Shows a question; on opening, in the form when it can, otherwise in the mode the author is in. */
    private void load(EditableQuestion question, boolean opening) {
        questionId = question.id();
        baseVersion = question.version();
        editor.setReadOnly(!question.editable());
        form.setEditable(question.editable(), false);
        editor.setValue(question.yaml());
        showHeading(question);
        refreshPreview();
        showMode(opening || formTab.isSelected());
    }

    /**
     * Shows the form or the YAML. The form is shown only for a valid question of a type it covers; otherwise the YAML
     * stays, with the reason. Nothing is rewritten by switching: the form writes YAML only when one of its fields
     * changes.
     */
    private void showMode(boolean wantForm) {
        String reason = "";
        if (wantForm) {
            String text = editor.getValue();
            if (!text.equals(formYaml)) {
                var reading = QuestionDraft.read(text, topicIds);
                if (reading.draft() != null) {
                    form.fill(reading.draft());
                    formYaml = text;
                } else {
                    reason = reading.reason();
                }
            }
        }
        boolean onForm = wantForm && reason.isEmpty();
        switching = true;
        try {
            modes.setSelectedTab(onForm ? formTab : yamlTab);
        } finally {
            switching = false;
        }
        form.setVisible(onForm);
        editor.setVisible(!onForm);
        modeMessage.setText(reason);
        modeMessage.setVisible(!reason.isEmpty());
    }

    private void showHeading(@Nullable EditableQuestion question) {
        notice.removeAll();
        if (question == null) {
            heading.setText("New question");
            save.setVisible(true);
            copy.setVisible(false);
            retire.setVisible(false);
            notice.add(new Paragraph("Fill in the form, or write the question in YAML as one entry of a quiz file (see "
                    + "quizzes/README.md). The preview on the right shows it exactly as a student will, and lists "
                    + "anything the validator would reject."));
            return;
        }
        heading.setText(question.id() + " · version " + question.version());
        save.setVisible(question.editable());
        copy.setVisible(true);
        retire.setVisible(question.editable());
        if (!question.editable()) {
            var p = new Paragraph("This question comes from the reviewed quiz file " + question.sourceFile()
                    + ". Change it there (the app picks up the file on the next reload), or make a copy to edit here.");
            p.addClassName("muted");
            notice.add(p);
        }
    }

    private void refreshPreview() {
        preview.removeAll();
        var result = authoring.preview(editor.getValue(), seed);
        if (!result.valid()) {
            preview.add(new H3("Fix before saving"));
            preview.add(problems(result.problems()));
            save.setEnabled(false);
            return;
        }
        save.setEnabled(true);
        var card = new QuestionCard(java.util.Objects.requireNonNull(result.question()));
        var key = new RichText(String.valueOf(result.keyMarkdown()));
        key.addClassName("result-key");
        var explanation = new RichText(String.valueOf(result.explanationMarkdown()));
        explanation.addClassName("result-explanation");
        var label = new Span("Preview, as a student sees it");
        label.addClassName("muted");
        var after = new Span("After answering, the student sees:");
        after.addClassName("muted");
        preview.add(label, card, after, key, explanation);
    }

    private static Div problems(List<ContentProblem> problems) {
        var list = new Div();
        list.setId("editor-problems");
        list.addClassName("editor-problems");
        for (var p : problems) {
            var row = new Div(new Span("Line " + p.line() + (p.field().isEmpty() ? "" : " · " + p.field())),
                    new Span(p.message()));
            row.addClassName("editor-problem");
            list.add(row);
        }
        return list;
    }

    private void save(boolean replacing) {
        try {
            var saved = authoring.save(questionId, editor.getValue(), baseVersion);
            load(saved, false);
            var n = Notification.show("Saved as version " + saved.version() + ".", 3000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (!replacing) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "bank/question?id=" + saved.id()));
            }
        } catch (AuthoringConflict conflict) {
            showConflict(conflict);
        } catch (AuthoringException e) {
            var n = Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            if (!e.problems().isEmpty()) {
                preview.removeAll();
                preview.add(new H3("Fix before saving"), problems(e.problems()));
            }
        }
    }

    private void confirmRetire() {
        String id = questionId;
        if (id == null) {
            return;
        }
        var dialog = new ConfirmDialog("Retire " + id + "?",
                "The question leaves the bank, practice and future quiz attempts. "
                        + "Past attempts keep the version they asked, so their scores and reviews stay as they are.",
                "Retire", ok -> {
                    try {
                        authoring.retire(id);
                    } catch (AuthoringException e) {
                        Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                        return;
                    }
                    getUI().ifPresent(ui -> ui.navigate(QuestionBankView.class));
                    Notification.show("Retired " + id + ". It is no longer offered; past attempts keep it.", 5000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }, "Cancel", no -> {});
        dialog.setId("editor-retire-dialog");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void showConflict(AuthoringConflict conflict) {
        var theirs = conflict.current();
        var dialog = new Dialog();
        dialog.setId("editor-conflict");
        dialog.setHeaderTitle("Someone else saved this question");
        var text = new TextArea("Their version " + theirs.version());
        text.setValue(theirs.yaml());
        text.setReadOnly(true);
        text.setWidthFull();
        text.addClassName("yaml-editor");
        dialog.add(new Paragraph(conflict.getMessage()), text);
        var keepMine = new Button("Save mine as version " + (theirs.version() + 1), e -> {
            baseVersion = theirs.version();
            dialog.close();
            save(true);
        });
        keepMine.setId("conflict-keep-mine");
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var takeTheirs = new Button("Discard mine and load theirs", e -> {
            dialog.close();
            load(theirs, false);
        });
        takeTheirs.setId("conflict-take-theirs");
        var cancel = new Button("Keep editing", e -> dialog.close());
        dialog.getFooter().add(cancel, takeTheirs, keepMine);
        dialog.setWidth("min(900px, 95vw)");
        dialog.open();
    }
}
