package dev.dlready.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.report.CandidateReport;
import dev.dlready.report.RecruiterReportService;
import dev.dlready.report.ReportException;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/** Two to four candidates side by side: the call, where they stand, and each topic's band against the roles. */
@Route("compare")
@PageTitle("Compare candidates")
@RolesAllowed("RECRUITER")
public class CompareView extends Main implements BeforeEnterObserver {

    private final RecruiterReportService reports;

    public CompareView(RecruiterReportService reports) {
        this.reports = reports;
        addClassNames("page", "compare-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new Anchor("candidates", "← All candidates"), new H2("Compare candidates"));
        var ids = new ArrayList<Long>();
        for (String part : event.getLocation().getQueryParameters().getSingleParameter("ids").orElse("").split(",")) {
            try {
                if (!part.isBlank() && ids.size() <= RecruiterReportService.COMPARE_MAX) {
                    ids.add(Long.parseLong(part.strip()));
                }
            } catch (NumberFormatException e) {
                // not a candidate id: ignored, like a candidate who does not share
            }
        }
        List<CandidateReport> compared;
        try {
            compared = reports.compare(ids);
        } catch (ReportException e) {
            add(message(e.getMessage() + " Tick them in the list of candidates."));
            return;
        }
        if (compared.size() < RecruiterReportService.COMPARE_MIN) {
            add(message("Fewer than two of these candidates share their report with you. Choose others in the list."));
            return;
        }
        if (compared.size() < ids.size()) {
            var note = new Paragraph("Some of the chosen candidates no longer share their report with you; they are left out.");
            note.addClassName("muted");
            add(note);
        }
        add(ReportParts.legend());
        var table = new Div();
        table.setId("compare-table");
        table.addClassName("compare-table");
        table.getStyle().set("--compare-columns", String.valueOf(compared.size()));
        table.add(cell("compare-corner", new Span("")));
        for (var report : compared) {
            var name = new Anchor("candidates/" + report.candidateId(), report.candidateName());
            name.addClassName("compare-name");
            table.add(cell("compare-head", name));
        }
        table.add(cell("compare-label", new Span("Recommendation")));
        for (var report : compared) {
            var risk = new Span(CandidateReport.percent(report.call().probabilityWrong()) + " chance this is wrong");
            risk.addClassName("muted");
            table.add(cell("compare-cell", ReportParts.callBadge(report.call()), risk));
        }
        table.add(cell("compare-label", new Span("Overall · percentile")));
        for (var report : compared) {
            table.add(cell("compare-cell", new Span(CandidateReport.logits(report.standing().overall()) + " · "
                    + ReportParts.ordinal(report.standing().percentile()) + " percentile")));
        }
        table.add(cell("compare-label", new Span("Evidence")));
        for (var report : compared) {
            table.add(cell("compare-cell", new Span(report.exams().size() + (report.exams().size() == 1 ? " exam, " : " exams, ")
                    + report.examAnswers() + " answers")));
        }
        for (var row : compared.getFirst().topics()) {
            table.add(cell("compare-label", new Span(row.title())));
            for (var report : compared) {
                var found = report.topics().stream().filter(x -> x.topic().equals(row.topic())).findFirst();
                if (found.isEmpty()) {
                    table.add(cell("compare-cell", new Span("–")));
                    continue;
                }
                var topic = found.get();
                var estimate = new Span(topic.estimate() + " · meets intern " + CandidateReportView.meets(topic, "intern")
                        + ", entry " + CandidateReportView.meets(topic, "entry"));
                estimate.addClassName("muted");
                table.add(cell("compare-cell", ReportParts.band(topic), estimate));
            }
        }
        add(table);
    }

    private static Div cell(String className, Component... content) {
        var cell = new Div(content);
        cell.addClassName(className);
        return cell;
    }

    private static Component message(String text) {
        var box = new Div(new Paragraph(text), new Anchor("candidates", "Go to your candidates"));
        box.setId("compare-message");
        box.addClassName("empty-state");
        return box;
    }
}
