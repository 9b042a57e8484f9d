package dev.dlready.attempt.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import dev.dlready.attempt.ExamService;
import dev.dlready.attempt.ExamStatus;
import dev.dlready.attempt.ExamSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Every exam attempt of the signed-in student, filterable and paged, with a link to each review. */
@Route("history")
@PageTitle("History")
@Menu(order = 30, icon = "vaadin:time-backward", title = "History")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
public class HistoryView extends Main {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());
    private static final String ALL = "All attempts";

    private final Grid<ExamSummary> grid = new Grid<>();

    public HistoryView(ExamService exams) {
        addClassName("page");
        setSizeFull();
        var search = new TextField();
        search.setPlaceholder("Filter by title or topic");
        search.setAriaLabel("Filter by title or topic");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("history-search");
        var status = new Select<String>();
        status.setAriaLabel("Status");
        status.setItems(ALL, ExamStatus.IN_PROGRESS.title(), ExamStatus.SUBMITTED.title(), ExamStatus.TIMED_OUT.title());
        status.setValue(ALL);
        status.setId("history-status");
        var toolbar = new HorizontalLayout(search, status, new Anchor("exam", "Start an exam"));
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(search);
        toolbar.setWrap(true);

        grid.setId("history-grid");
        grid.addComponentColumn(s -> new Anchor(s.finished() ? "exam/" + s.id() + "/review" : "exam/" + s.id(), s.title()))
                .setHeader("Exam").setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(s -> WHEN.format(s.startedAt())).setHeader("Started").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.status().title()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> {
                    var score = new Span(s.finished() ? s.percent() + " %" : s.answered() + "/" + s.maxScore() + " answered");
                    if (s.finished()) {
                        score.getElement().getThemeList().add(s.percent() >= 70 ? "badge success" : s.percent() >= 40 ? "badge" : "badge error");
                    }
                    return score;
                })
                .setHeader("Score").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No exams yet. Start one from Exams; each attempt appears here with its review.");
        grid.setPageSize(20);
        grid.setItems(
                query -> exams.history(toStatus(status.getValue()), search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) exams.countHistory(toStatus(status.getValue()), search.getValue()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setSizeFull();
        var layout = new VerticalLayout(toolbar, grid);
        layout.setPadding(false);
        layout.setSizeFull();
        add(layout);
    }

    private static @org.jspecify.annotations.Nullable ExamStatus toStatus(String title) {
        for (ExamStatus status : ExamStatus.values()) {
            if (status.title().equals(title)) {
                return status;
            }
        }
        return null;
    }
}
