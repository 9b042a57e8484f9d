package dev.dlready.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.dlready.report.CandidateReport;
import dev.dlready.report.RecruiterReportService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/**
 * One candidate's readiness report for a recruiter: the call with its risk, each topic against both role profiles,
 * the percentile, the exams behind it with what was observed, and a PDF with a verification code. A candidate who does
 * not share with this recruiter (never did, revoked, expired) gives the same "not found" page as one who does not exist.
 */
@Route("candidates/:candidateId")
@PageTitle("Candidate report")
@RolesAllowed("RECRUITER")
public class CandidateReportView extends Main implements BeforeEnterObserver {

    private final RecruiterReportService reports;

    public CandidateReportView(RecruiterReportService reports) {
        this.reports = reports;
        addClassNames("page", "report-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("candidateId").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var report = reports.report(id);
        if (report.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(report.get());
    }

    private void render(CandidateReport report) {
        removeAll();
        var back = new Anchor("candidates", "← All candidates");
        back.addClassName("back-link");
        var title = new H2(report.candidateName());
        title.setId("report-candidate");
        var pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            var issued = reports.pdf(report.candidateId(), verifyUrl(event.getRequest()));
            if (issued.isEmpty()) {
                return DownloadResponse.error(404, "This report is no longer shared with you.");
            }
            byte[] bytes = issued.get().content();
            return new DownloadResponse(new ByteArrayInputStream(bytes), issued.get().fileName(), "application/pdf", bytes.length);
        }), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, "");
        pdf.add(VaadinIcon.DOWNLOAD.create(), new Span(" Download PDF"));
        pdf.setId("report-pdf");
        pdf.addClassName("button-link");
        var header = new Div(title, pdf);
        header.addClassName("report-header");
        add(back, header);
        add(new Paragraph(sharedLine(report)));

        add(ReportBody.of(report, "Opening this report is recorded, and the candidate can see it."));
    }

    private static String sharedLine(CandidateReport report) {
        String via = switch (report.sharedVia()) {
            case RECRUITER -> "with you";
            case ORGANISATION -> "with your organisation";
            case LINK -> "through a link you opened";
        };
        return "Shared " + via + " since " + ReportParts.date(report.sharedSince())
                + (report.shareExpires() == null ? "" : ", until " + ReportParts.date(report.shareExpires()))
                + ". Report generated " + ReportParts.DATE_TIME.format(report.generatedAt()) + ".";
    }



    static String meets(CandidateReport.TopicLevel topic, String role) {
        return ReportBody.meets(topic, role);
    }

    /** The public verification page's address, as the recruiter's browser reached this server. */
    static String verifyUrl(VaadinRequest request) {
        return dev.dlready.base.ui.Links.baseUrl(request) + "verify";
    }
}
