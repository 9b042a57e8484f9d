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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.dlready.bank.AuthoringService;
import dev.dlready.bank.QuestionRow;
import dev.dlready.bank.QuestionSearch;
import dev.dlready.question.QuestionType;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The question bank for authors: search, filter and page through every question; open, copy or write one. */
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
    private final Anchor export = new Anchor();

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

        export.setText("Export this topic's app questions as a quiz file");
        export.setId("bank-export");
        export.getElement().setAttribute("download", true);

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

        var layout = new VerticalLayout(new H2("Question bank"), filters, export, grid);
        layout.setPadding(false);
        layout.setSizeFull();
        add(layout);
        refreshExport();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        refreshExport();
    }

    private void refreshExport() {
        String t = topic.getValue();
        boolean possible = t != null && !t.equals(ANY)
                && authoring.count(new QuestionSearch("", t, null, null, true)) > 0;
        export.setEnabled(possible);
        export.setVisible(possible);
        if (possible) {
            String fileName = t + "-from-the-app.yaml";
            export.setHref(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = authoring.exportTopic(t).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/yaml", bytes.length);
            }));
        }
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
