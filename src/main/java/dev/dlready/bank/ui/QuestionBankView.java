package dev.dlready.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.bank.AuthoringService;
import dev.dlready.bank.QuestionRow;
import dev.dlready.bank.QuestionSearch;
import dev.dlready.question.QuestionType;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The question bank for authors: search, filter and page through every question; open, copy or write one; import from
 * Moodle, or export what the filters show.
 */
@Route("bank")
@PageTitle("Question bank")
@Menu(order = 40, icon = "vaadin:records", title = "Question bank")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class QuestionBankView extends Main {

    static final String ANY = "Any";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final AuthoringService authoring;
    private final Map<String, String> topics;
    private final TextField text = new TextField();
    private final Select<String> topic = new Select<>();
    private final Select<String> type = new Select<>();
    private final Select<String> level = new Select<>();
    private final Select<String> source = new Select<>();
    private final Grid<QuestionRow> grid = new Grid<>();

    public QuestionBankView(AuthoringService authoring) {
        this.authoring = authoring;
        this.topics = authoring.topicTitles();
        addClassName("page");
        setSizeFull();

        text.setPlaceholder("Search question ids");
        text.setAriaLabel("Search question ids");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("bank-search");
        var topicItems = new ArrayList<String>(List.of(ANY));
        topicItems.addAll(topics.keySet());
        topic.setLabel("Topic");
        topic.setItems(topicItems);
        topic.setItemLabelGenerator(t -> t.equals(ANY) ? ANY : topics.getOrDefault(t, t));
        topic.setValue(ANY);
        topic.setId("bank-topic");
        var typeItems = new ArrayList<String>(List.of(ANY));
        Arrays.stream(QuestionType.values()).map(QuestionType::key).forEach(typeItems::add);
        type.setLabel("Type");
        type.setItems(typeItems);
        type.setValue(ANY);
        level.setLabel("Level");
        level.setItems(ANY, "intern", "entry");
        level.setValue(ANY);
        source.setLabel("Source");
        source.setItems(ANY, "Written in the app", "Quiz files");
        source.setValue(ANY);
        source.setId("bank-source");

        var create = new Button("New question", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("bank/question")));
        create.setId("bank-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var importButton = new Button("Import from Moodle", VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("bank/import")));
        importButton.setId("bank-import");
        var exportButton = new Button("Export", VaadinIcon.DOWNLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("bank/export", QuestionExportView.parametersFor(filter()))));
        exportButton.setId("bank-export");
        exportButton.setTooltipText("Export the questions these filters show, or a topic, as GIFT, Moodle XML or a "
                + "quiz file");
        var heading = new H2("Question bank");
        var header = new HorizontalLayout(heading, importButton, exportButton);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        header.setWidthFull();
        header.addClassName("bank-header");
        heading.getStyle().set("margin-inline-end", "auto");

        var filters = new HorizontalLayout(text, topic, type, level, source, create);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.setWidthFull();

        grid.setId("bank-grid");
        grid.addComponentColumn(r -> new Anchor("bank/question?id=" + r.id(), r.id())).setHeader("Question")
                .setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(r -> topics.getOrDefault(r.topic(), r.topic())).setHeader("Topic").setAutoWidth(true);
        grid.addColumn(QuestionRow::type).setHeader("Type").setAutoWidth(true);
        grid.addColumn(r -> r.level() + " · " + r.difficulty() + "/5").setHeader("Level").setAutoWidth(true);
        grid.addColumn(r -> "v" + r.version()).setHeader("Version").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            var badge = new Span(r.editable() ? "app" : r.source());
            badge.getElement().getThemeList().add(r.editable() ? "badge success" : "badge contrast");
            return badge;
        }).setHeader("Source").setAutoWidth(true);
        grid.addColumn(r -> WHEN.format(r.updatedAt())).setHeader("Updated").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No question matches these filters.");
        grid.setPageSize(30);
        grid.setItems(q -> authoring.search(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) authoring.count(filter()));
        grid.setSizeFull();
        text.addValueChangeListener(e -> refresh());
        topic.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());

        var layout = new VerticalLayout(header, filters, grid);
        layout.setPadding(false);
        layout.setSizeFull();
        add(layout);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private QuestionSearch filter() {
        return new QuestionSearch(text.getValue(), any(topic.getValue()), any(type.getValue()), any(level.getValue()),
                switch (source.getValue()) {
                    case "Written in the app" -> Boolean.TRUE;
                    case "Quiz files" -> Boolean.FALSE;
                    default -> null;
                });
    }

    private static @org.jspecify.annotations.Nullable String any(@org.jspecify.annotations.Nullable String value) {
        return value == null || value.equals(ANY) ? null : value;
    }
}
