package dev.dlready.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.bank.TopicSummary;
import dev.dlready.content.RoleProfileDefinition;
import dev.dlready.readiness.engine.Recommendation;
import dev.dlready.report.CandidateQuery;
import dev.dlready.report.CandidateReport;
import dev.dlready.report.CandidateRow;
import dev.dlready.report.RecruiterReportService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The recruiter's candidates: everyone who shares their report with them, paged, sorted and filtered by
 * recommendation, topic level and date; tick two to four to compare them side by side.
 */
@Route("candidates")
@PageTitle("Candidates")
@Menu(order = 1, icon = "vaadin:group", title = "Candidates")
@RolesAllowed("RECRUITER")
public class CandidatesView extends Main {

    /** A filter choice: a value (or null for "any") and its label. */
    record Choice(String label, String value) {}

    static final String ANY = "";

    private final RecruiterReportService reports;
    private final Grid<CandidateRow> grid = new Grid<>();
    private final Select<Choice> recommendation = new Select<>();
    private final Select<Choice> topic = new Select<>();
    private final Select<Choice> level = new Select<>();
    private final DatePicker since = new DatePicker("Shared since");
    private final Select<CandidateQuery.Sort> sort = new Select<>();
    private final Span total = new Span();
    private final Button compare = new Button("Compare", VaadinIcon.SPLIT_H.create());

    public CandidatesView(RecruiterReportService reports) {
        this.reports = reports;
        addClassNames("page", "candidates-page");
        add(new H2("Candidates who share their report with you"));
        var intro = new Paragraph("Each report is built from the candidate's timed exams. Candidates decide who sees it and "
                + "can revoke it at any time; what you open is recorded, and they can see it.");
        intro.addClassName("muted");
        add(intro);

        List<RoleProfileDefinition> roles = reports.roles();
        var recommendations = new ArrayList<Choice>();
        recommendations.add(new Choice("Any recommendation", ANY));
        for (int i = roles.size() - 1; i >= 0; i--) {
            recommendations.add(new Choice(roles.get(i).title() + "-ready", roles.get(i).id()));
        }
        recommendations.add(new Choice("Not yet ready", Recommendation.NOT_YET));
        recommendations.add(new Choice("Too early to call", dev.dlready.readiness.ReadinessService.TOO_EARLY));
        recommendation.setLabel("Recommendation");
        recommendation.setId("filter-recommendation");
        recommendation.setItems(recommendations);
        recommendation.setItemLabelGenerator(Choice::label);
        recommendation.setValue(recommendations.getFirst());

        var topics = new ArrayList<Choice>();
        topics.add(new Choice("Any topic", ANY));
        for (TopicSummary t : reports.topics()) {
            topics.add(new Choice(t.title(), t.id()));
        }
        topic.setLabel("Topic");
        topic.setId("filter-topic");
        topic.setItems(topics);
        topic.setItemLabelGenerator(Choice::label);
        topic.setValue(topics.getFirst());
        var levels = roles.stream().map(r -> new Choice("At " + r.title().toLowerCase(Locale.ROOT) + " level or above", r.id()))
                .collect(Collectors.toCollection(ArrayList::new));
        level.setLabel("Level in the topic");
        level.setId("filter-level");
        level.setItems(levels);
        level.setItemLabelGenerator(Choice::label);
        if (!levels.isEmpty()) {
            level.setValue(levels.getFirst());
        }
        level.setEnabled(false);

        since.setId("filter-since");
        since.setClearButtonVisible(true);
        sort.setLabel("Sort by");
        sort.setId("filter-sort");
        sort.setItems(CandidateQuery.Sort.values());
        sort.setItemLabelGenerator(CandidateQuery.Sort::title);
        sort.setValue(CandidateQuery.Sort.RECOMMENDATION);

        recommendation.addValueChangeListener(e -> refresh());
        topic.addValueChangeListener(e -> {
            level.setEnabled(!ANY.equals(topic.getValue().value()));
            refresh();
        });
        level.addValueChangeListener(e -> refresh());
        since.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());

        compare.setId("compare-button");
        compare.setEnabled(false);
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.addClickListener(e -> {
            String ids = grid.getSelectedItems().stream().map(r -> String.valueOf(r.candidateId()))
                    .collect(Collectors.joining(","));
            compare.getUI().ifPresent(ui -> ui.navigate("compare", com.vaadin.flow.router.QueryParameters.of("ids", ids)));
        });
        total.setId("candidate-total");
        total.addClassName("muted");

        var filters = new HorizontalLayout(recommendation, topic, level, since, sort);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("candidate-filters");
        var actions = new HorizontalLayout(total, compare);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWidthFull();
        actions.expand(total);
        add(filters, actions);

        grid.setId("candidate-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(row -> {
            var link = new Anchor("candidates/" + row.candidateId(), row.candidateName());
            link.addClassName("candidate-link");
            return link;
        }).setHeader("Candidate").setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(row -> {
            var badge = ReportParts.callBadge(row.call());
            var risk = new Span(" " + dev.dlready.report.CandidateReport.percent(row.call().probabilityWrong()) + " risk");
            risk.addClassName("muted");
            return new Span(badge, risk);
        }).setHeader("Recommendation").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> CandidateReport.logits(row.overall())).setHeader("Overall").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> ReportParts.ordinal(row.percentile())).setHeader("Percentile").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CandidateRow::exams).setHeader("Exams").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> ReportParts.date(row.lastExamAt())).setHeader("Last exam").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> ReportParts.date(row.sharedSince())).setHeader("Shared since").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(25);
        grid.setItems(query -> reports.candidates(query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) reports.countCandidates(query()));
        grid.setEmptyStateText("No candidate matches. Candidates appear here when they share their report with you, your "
                + "organisation, or through a link you opened.");
        grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            compare.setEnabled(n >= RecruiterReportService.COMPARE_MIN && n <= RecruiterReportService.COMPARE_MAX);
            compare.setText(n > RecruiterReportService.COMPARE_MAX ? "Compare (at most " + RecruiterReportService.COMPARE_MAX + ")"
                    : "Compare" + (n >= 2 ? " " + n : ""));
        });
        grid.setAllRowsVisible(false);
        grid.setHeight("560px");
        add(grid);
        updateTotal();
    }

    CandidateQuery query() {
        String rec = recommendation.getValue() == null || ANY.equals(recommendation.getValue().value()) ? null
                : recommendation.getValue().value();
        String topicId = topic.getValue() == null || ANY.equals(topic.getValue().value()) ? null : topic.getValue().value();
        String levelId = topicId == null || level.getValue() == null ? null : level.getValue().value();
        return new CandidateQuery(rec, topicId, levelId, since.getValue(), sort.getValue() == null
                ? CandidateQuery.Sort.RECOMMENDATION : sort.getValue());
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        long count = reports.countCandidates(query());
        total.setText(count == 1 ? "1 candidate" : count + " candidates");
    }
}
