package dev.dlready.bank.ui;

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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.dlready.bank.ExportFile;
import dev.dlready.bank.ExportFormat;
import dev.dlready.bank.QuestionSearch;
import dev.dlready.bank.QuestionTransferService;
import dev.dlready.bank.TransferException;
import dev.dlready.content.moodle.ExportNote;
import dev.dlready.question.QuestionType;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Taking questions out of the bank: a topic, or the questions the bank's search shows (its filters arrive as query
 * parameters), as Moodle GIFT, Moodle XML or a DL Ready quiz file. The file is prepared on the server as soon as the
 * choice changes, so the page can list, before the download, everything the format cannot carry.
 */
@Route("bank/export")
@PageTitle("Export questions")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class QuestionExportView extends Main implements BeforeEnterObserver {

    static final String SEARCH = "search";
    static final String TOPIC = "topic";

    private final QuestionTransferService transfer;
    private final Map<String, String> topics;
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>();
    private final RadioButtonGroup<String> scope = new RadioButtonGroup<>();
    private final Select<String> topic = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final Anchor download = new Anchor();
    private final Div notes = new Div();
    private final Grid<ExportNote> noteGrid = new Grid<>();
    private QuestionSearch search = QuestionSearch.ALL;

    public QuestionExportView(QuestionTransferService transfer) {
        this.transfer = transfer;
        this.topics = transfer.topicTitles();
        addClassNames("page", "transfer-page");

        format.setLabel("Format");
        format.setId("export-format");
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> switch (f) {
            case GIFT -> "Moodle GIFT (.txt): text, for Moodle's question bank import";
            case MOODLE_XML -> "Moodle XML (.xml): also carries units and calculated questions";
            case DL_READY_YAML -> "DL Ready quiz file (.yaml): everything, to review and commit under quizzes/";
        });
        format.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        format.setValue(ExportFormat.GIFT);

        scope.setLabel("Questions");
        scope.setId("export-scope");
        scope.setItems(SEARCH, TOPIC);
        scope.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        scope.setValue(SEARCH);
        topic.setAriaLabel("Topic to export");
        topic.setId("export-topic");
        topic.setItems(topics.keySet());
        topic.setItemLabelGenerator(t -> topics.getOrDefault(t, t));
        topics.keySet().stream().findFirst().ifPresent(topic::setValue);
        topic.addClassName("export-topic");
        var scopeRow = new Div(scope, topic);
        scopeRow.addClassName("export-scope");

        summary.setId("export-summary");
        download.setId("export-download");
        download.getElement().setAttribute("download", true);
        download.addClassName("transfer-download");

        notes.setId("export-notes");
        noteGrid.setId("export-note-grid");
        noteGrid.addComponentColumn(n -> new Anchor("bank/question?id=" + n.questionId(), n.questionId()))
                .setHeader("Question").setAutoWidth(true).setFlexGrow(0);
        noteGrid.addComponentColumn(n -> {
            var badge = new Span(switch (n.kind()) {
                case CHANGED -> "Changed";
                case DROPPED -> "Dropped";
                case NOT_EXPORTED -> "Not exported";
            });
            badge.getElement().getThemeList().add(n.kind() == ExportNote.Kind.NOT_EXPORTED ? "badge error"
                    : n.kind() == ExportNote.Kind.DROPPED ? "badge contrast" : "badge");
            return badge;
        }).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        noteGrid.addColumn(ExportNote::message).setHeader("Why").setFlexGrow(1);
        noteGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);

        format.addValueChangeListener(e -> prepare());
        scope.addValueChangeListener(e -> {
            topic.setEnabled(TOPIC.equals(e.getValue()));
            prepare();
        });
        topic.addValueChangeListener(e -> prepare());
        topic.setEnabled(false);

        add(new H2("Export questions"), new Anchor("bank", "Back to the bank"), format, scopeRow, summary, download,
                notes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        search = searchFrom(event.getLocation().getQueryParameters());
        scope.setItemLabelGenerator(s -> SEARCH.equals(s)
                ? "The bank's search results: " + describe(search) + " (" + QuestionImportView.count(
                        transfer.count(search), "question") + ")"
                : "A topic, every question of it");
        if (search.topic() != null && topics.containsKey(search.topic())) {
            topic.setValue(search.topic());
        }
        prepare();
    }

    private void prepare() {
        var chosenFormat = format.getValue();
        if (chosenFormat == null || scope.getValue() == null) {
            return;
        }
        ExportFile file;
        try {
            file = SEARCH.equals(scope.getValue()) ? transfer.exportSearch(chosenFormat, search)
                    : transfer.exportTopic(chosenFormat, String.valueOf(topic.getValue()));
        } catch (TransferException e) {
            summary.setText(e.getMessage());
            summary.addClassName("form-error");
            download.setVisible(false);
            notes.removeAll();
            return;
        }
        summary.removeClassName("form-error");
        summary.setText(file.fileName() + ": " + QuestionImportView.count(file.exported(), "question")
                + (file.exported() < file.requested() ? " of " + file.requested() + " (the others cannot be "
                        + "carried by " + chosenFormat.title() + "; see below)" : "") + ", "
                + String.format(java.util.Locale.ROOT, "%,d", file.content().length) + " bytes.");
        download.removeAll();
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(" Download " + file.fileName()));
        byte[] bytes = file.content();
        String name = file.fileName();
        String type = file.mediaType() + "; charset=UTF-8";
        download.setHref(DownloadHandler.fromInputStream(
                e -> new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length)));
        download.setVisible(true);
        showNotes(file, chosenFormat);
    }

    private void showNotes(ExportFile file, ExportFormat chosenFormat) {
        notes.removeAll();
        if (file.notes().isEmpty()) {
            var none = new Paragraph(chosenFormat == ExportFormat.DL_READY_YAML
                    ? "The quiz file carries every question exactly."
                    : chosenFormat.title() + " carries every chosen question without changes.");
            none.addClassName("muted");
            notes.add(none);
            return;
        }
        long questions = file.notes().stream().map(ExportNote::questionId).distinct().count();
        notes.add(new H3("What " + chosenFormat.title() + " cannot carry (" + QuestionImportView.count(questions,
                "question") + ")"));
        noteGrid.setItems(file.notes());
        noteGrid.setAllRowsVisible(file.notes().size() <= 30);
        if (file.notes().size() > 30) {
            noteGrid.setHeight("60vh");
        }
        notes.add(noteGrid);
    }

    /** The bank's filters from the query string: q, topic, type, level, source (app or files). */
    static QuestionSearch searchFrom(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        String source = first(p, "source");
        String text = first(p, "q");
        return new QuestionSearch(text == null ? "" : text, first(p, "topic"),
                first(p, "type"), first(p, "level"), "app".equals(source) ? Boolean.TRUE
                        : "files".equals(source) ? Boolean.FALSE : null);
    }

    /** The query string that opens this page on the given filters. */
    static QueryParameters parametersFor(QuestionSearch search) {
        var p = new LinkedHashMap<String, String>();
        if (!search.text().isEmpty()) {
            p.put("q", search.text());
        }
        if (search.topic() != null) {
            p.put("topic", search.topic());
        }
        if (search.type() != null) {
            p.put("type", search.type());
        }
        if (search.level() != null) {
            p.put("level", search.level());
        }
        if (search.writtenInApp() != null) {
            p.put("source", search.writtenInApp() ? "app" : "files");
        }
        return QueryParameters.simple(p);
    }

    private String describe(QuestionSearch s) {
        var parts = new ArrayList<String>();
        if (s.topic() != null) {
            parts.add(topics.getOrDefault(s.topic(), s.topic()));
        }
        if (s.type() != null) {
            parts.add(QuestionType.fromKey(s.type()).map(QuestionType::title).orElse(s.type()));
        }
        if (s.level() != null) {
            parts.add(s.level());
        }
        if (s.writtenInApp() != null) {
            parts.add(s.writtenInApp() ? "written in the app" : "from quiz files");
        }
        if (!s.text().isEmpty()) {
            parts.add("ids containing \"" + s.text() + "\"");
        }
        return parts.isEmpty() ? "every question" : String.join(", ", parts);
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        var values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }
}
