package dev.dlready.bank.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.bank.ImportCandidate;
import dev.dlready.bank.ImportOptions;
import dev.dlready.bank.ImportOutcome;
import dev.dlready.bank.ImportPreview;
import dev.dlready.bank.QuestionTransferService;
import dev.dlready.bank.TransferException;
import dev.dlready.base.ui.RichText;
import dev.dlready.content.moodle.FileProblem;
import dev.dlready.content.moodle.ImportNote;
import dev.dlready.question.Level;
import dev.dlready.question.ui.QuestionCard;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Bringing questions in from Moodle: upload a GIFT or Moodle XML file, review every question (topic, type, notes on
 * what was defaulted, changed or dropped, and the question as a student will see it), then import the chosen ones as
 * questions written in the app. Nothing is saved before the import button.
 */
@Route("bank/import")
@PageTitle("Import questions from Moodle")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class QuestionImportView extends Main {

    private final QuestionTransferService transfer;
    private final Map<String, String> topics;
    private final Select<String> topic = new Select<>();
    private final Select<Level> level = new Select<>();
    private final Select<Integer> difficulty = new Select<>();
    private final Upload upload = new Upload();
    private final Div problems = new Div();
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportCandidate> grid = new Grid<>();
    private final Button importButton = new Button();
    private final Div result = new Div();
    private @Nullable String fileName;
    private byte @Nullable [] content;

    public QuestionImportView(QuestionTransferService transfer) {
        this.transfer = transfer;
        this.topics = transfer.topicTitles();
        addClassNames("page", "transfer-page");

        var intro = new Paragraph("Upload a question bank exported from Moodle: " + QuestionTransferService.acceptedFiles()
                + ", at most " + QuestionTransferService.MAX_FILE_BYTES / (1024 * 1024) + " MiB and "
                + QuestionTransferService.MAX_QUESTIONS + " questions. Categories become topics; level, difficulty "
                + "and the topic of questions whose category matches no topic come from the defaults below. "
                + "Nothing is saved until you press Import.");
        intro.addClassName("muted");

        topic.setLabel("Default topic");
        topic.setHelperText("For questions whose category matches no topic");
        topic.setWidth("19rem");
        topic.setId("import-topic");
        topic.setItems(topics.keySet());
        topic.setItemLabelGenerator(t -> topics.getOrDefault(t, t));
        topics.keySet().stream().findFirst().ifPresent(topic::setValue);
        level.setLabel("Default level");
        level.setId("import-level");
        level.setItems(Level.values());
        level.setItemLabelGenerator(Level::title);
        level.setValue(Level.INTERN);
        difficulty.setLabel("Default difficulty");
        difficulty.setId("import-difficulty");
        difficulty.setItems(1, 2, 3, 4, 5);
        difficulty.setItemLabelGenerator(d -> d + " of 5");
        difficulty.setValue(2);
        topic.addValueChangeListener(e -> refreshPreview());
        level.addValueChangeListener(e -> refreshPreview());
        difficulty.addValueChangeListener(e -> refreshPreview());
        var defaults = new HorizontalLayout(topic, level, difficulty);
        defaults.setWrap(true);
        defaults.setAlignItems(FlexComponent.Alignment.BASELINE);

        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(QuestionTransferService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(QuestionTransferService.ACCEPTED_EXTENSIONS.toArray(String[]::new));
        upload.setDropLabel(new Span("Drop a GIFT (.gift, .txt) or Moodle XML (.xml) file here"));
        // Read at most one byte over the limit: the service then refuses the file with its size message, and an
        // oversized upload never fills the server's memory even if the browser's own check is bypassed.
        upload.setUploadHandler(event -> {
            String name = event.getFileName();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(QuestionTransferService.MAX_FILE_BYTES + 1);
            }
            event.getUI().access(() -> received(name, bytes));
        });
        upload.addFileRejectedListener(e -> error(e.getErrorMessage() + ": accepted are "
                + QuestionTransferService.acceptedFiles() + ", at most "
                + QuestionTransferService.MAX_FILE_BYTES / (1024 * 1024) + " MiB."));
        upload.addFileRemovedListener(e -> clear());

        problems.setId("import-problems");
        problems.addClassName("editor-problems");
        problems.setVisible(false);
        summary.setId("import-summary");
        summary.setVisible(false);

        grid.setId("import-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItemSelectableProvider(ImportCandidate::importable);
        grid.addColumn(c -> c.line()).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(QuestionImportView::title).setHeader("Question").setFlexGrow(1).setWidth("16rem");
        grid.addColumn(c -> c.type() == null ? "Moodle " + c.moodleType() : c.type().title()).setHeader("Type")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.topic() == null ? "" : topics.getOrDefault(c.topic(), c.topic())).setHeader("Topic")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.level() == null ? "" : c.level().title() + " · " + c.difficulty() + "/5")
                .setHeader("Level").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(QuestionImportView::notesBadge).setHeader("Notes").setWidth("9.5rem").setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("The file has no questions.");
        grid.setVisible(false);
        grid.addSelectionListener(e -> refreshImportButton());

        importButton.setId("import-save");
        importButton.setIcon(VaadinIcon.CHECK.create());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> importChosen());
        importButton.setVisible(false);
        var hint = new Span("Click a question to see it as a student will, with its notes and its quizzes/ text. "
                + "Untick those you do not want.");
        hint.addClassName("muted");
        var actions = new HorizontalLayout(importButton, hint);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        actions.setId("import-actions");

        result.setId("import-result");
        result.addClassName("transfer-result");
        result.setVisible(false);

        var back = new Anchor("bank", "Back to the bank");
        add(new H2("Import questions from Moodle"), intro, back, defaults, upload, problems, result, summary, actions,
                grid);
        refreshImportButton();
    }

    private void received(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        result.setVisible(false);
        refreshPreview();
    }

    private void clear() {
        fileName = null;
        content = null;
        problems.setVisible(false);
        summary.setVisible(false);
        grid.setVisible(false);
        grid.setItems(List.of());
        refreshImportButton();
    }

    private @Nullable ImportOptions options() {
        if (topic.getValue() == null || level.getValue() == null || difficulty.getValue() == null) {
            return null;
        }
        return new ImportOptions(topic.getValue(), level.getValue(), difficulty.getValue());
    }

    private void refreshPreview() {
        var options = options();
        if (fileName == null || content == null || options == null) {
            return;
        }
        ImportPreview preview;
        try {
            preview = transfer.preview(fileName, content, options);
        } catch (TransferException e) {
            error(e.getMessage());
            return;
        }
        problems.removeAll();
        problems.setVisible(preview.refused());
        if (preview.refused()) {
            var heading = new H3("This file cannot be imported");
            heading.addClassName("form-error");
            problems.add(heading);
            for (FileProblem p : preview.problems()) {
                var row = new Div(new Span(p.line() > 0 ? "Line " + p.line() : "The file"), new Span(p.message()));
                row.addClassName("editor-problem");
                problems.add(row);
            }
            var fix = new Paragraph("Correct the file and upload it again (remove this upload with × first).");
            fix.addClassName("muted");
            problems.add(fix);
            summary.setVisible(false);
            grid.setVisible(false);
            grid.setItems(List.of());
            refreshImportButton();
            return;
        }
        long importable = preview.importable();
        int total = preview.questions().size();
        summary.setText(preview.format() + " file " + preview.fileName() + ": " + count(total, "question") + ", "
                + importable + " can be imported" + (importable < total ? ", " + (total - importable)
                        + " cannot (the notes say why)" : "") + ". " + preview.withNotes() + " of the importable ones "
                + "have notes to review: click a question to read them.");
        summary.setVisible(true);
        grid.setItems(preview.questions());
        grid.setAllRowsVisible(total <= 25);
        if (total > 25) {
            grid.setHeight("70vh");
        }
        grid.setVisible(true);
        grid.asMultiSelect().select(preview.questions().stream().filter(ImportCandidate::importable).toList());
        refreshImportButton();
    }

    private void refreshImportButton() {
        int chosen = grid.isVisible() ? grid.getSelectedItems().size() : 0;
        importButton.setText("Import " + count(chosen, "question"));
        importButton.setEnabled(chosen > 0);
        importButton.setVisible(grid.isVisible());
        importButton.getParent().ifPresent(p -> p.setVisible(grid.isVisible()));
    }

    private void importChosen() {
        var options = options();
        if (fileName == null || content == null || options == null) {
            return;
        }
        var chosen = grid.getSelectedItems().stream().map(ImportCandidate::index).toList();
        ImportOutcome outcome;
        try {
            outcome = transfer.importQuestions(fileName, content, options, chosen);
        } catch (TransferException e) {
            error(e.getMessage());
            return;
        }
        showResult(outcome);
        upload.clearFileList();
        clear();
    }

    private void showResult(ImportOutcome outcome) {
        result.removeAll();
        result.add(new H3("Imported " + count(outcome.imported().size(), "question")));
        if (!outcome.imported().isEmpty()) {
            var list = new UnorderedList();
            list.setId("import-imported");
            for (var q : outcome.imported()) {
                var link = new Anchor("bank/question?id=" + q.questionId(), q.questionId());
                var name = new Span(" · " + q.name() + " · version " + q.version());
                name.addClassName("muted");
                list.add(new ListItem(link, name));
            }
            result.add(new Paragraph("Each is now a question written in the app, version 1, with you as its author. "
                    + "Open one to review its defaults and explanation."), list);
        }
        if (!outcome.failed().isEmpty()) {
            var failedHeading = new H3(count(outcome.failed().size(), "question") + " not imported");
            failedHeading.addClassName("form-error");
            var list = new UnorderedList();
            list.setId("import-failed");
            outcome.failed().forEach(f -> list.add(new ListItem(f.name() + ": " + f.reason())));
            result.add(failedHeading, list);
        }
        result.setVisible(true);
        var n = Notification.show("Imported " + count(outcome.imported().size(), "question") + ".", 4000,
                Notification.Position.BOTTOM_START);
        n.addThemeVariants(outcome.failed().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
    }

    private static Component title(ImportCandidate c) {
        var name = new Span(c.name());
        name.addClassName("transfer-name");
        var excerpt = new Span(c.excerpt().equals(c.name()) ? "" : c.excerpt());
        excerpt.addClassName("muted");
        var cell = new Div(name, excerpt);
        cell.addClassName("transfer-title");
        return cell;
    }

    private static Component notesBadge(ImportCandidate c) {
        Span badge;
        if (!c.importable()) {
            badge = new Span("Not importable");
            badge.getElement().getThemeList().add("badge error");
        } else if (c.notes().isEmpty()) {
            badge = new Span("Exact");
            badge.getElement().getThemeList().add("badge success");
        } else {
            badge = new Span(count(c.notes().size(), "note"));
            badge.getElement().getThemeList().add(c.notes(ImportNote.Kind.DROPPED).isEmpty() ? "badge" : "badge contrast");
        }
        badge.addClassName("import-notes-badge");
        return badge;
    }

    private Component details(ImportCandidate c) {
        var box = new Div();
        box.addClassName("transfer-details");
        if (!c.notes().isEmpty()) {
            var notes = new UnorderedList();
            notes.addClassName("transfer-notes");
            for (ImportNote note : c.notes()) {
                var kind = new Span(kind(note.kind()));
                kind.getElement().getThemeList().add(note.kind() == ImportNote.Kind.NOT_IMPORTED ? "badge error"
                        : note.kind() == ImportNote.Kind.DROPPED ? "badge contrast" : "badge");
                notes.add(new ListItem(kind, new Span(" " + note.message())));
            }
            box.add(notes);
        }
        var preview = c.preview();
        if (preview != null && preview.question() != null) {
            var label = new Span("As a student sees it (question " + c.questionId() + "):");
            label.addClassName("muted");
            var card = new QuestionCard(preview.question());
            var after = new Span("After answering, the student sees:");
            after.addClassName("muted");
            var key = new RichText(String.valueOf(preview.keyMarkdown()));
            key.addClassName("result-key");
            var explanation = new RichText(String.valueOf(preview.explanationMarkdown()));
            explanation.addClassName("result-explanation");
            box.add(label, card, after, key, explanation);
        }
        if (c.yaml() != null) {
            var yaml = new Pre(c.yaml());
            yaml.addClassName("transfer-yaml");
            box.add(new Details("In the quizzes/ format", yaml));
        }
        return box;
    }

    private static String kind(ImportNote.Kind kind) {
        return switch (kind) {
            case DEFAULT_USED -> "Default";
            case CHANGED -> "Changed";
            case DROPPED -> "Dropped";
            case NOT_IMPORTED -> "Not imported";
        };
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void error(String message) {
        var n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
