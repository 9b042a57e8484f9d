package dev.dlready.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import java.util.Locale;

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

        var call = new Div(ReportParts.callBadge(report.call()), new Paragraph(report.call().sentence()));
        call.setId("report-call");
        call.addClassNames("report-call", report.call().notYet() ? "call-notyet" : "call-ready");
        add(call);

        var standing = report.standing();
        var stats = new Div(
                stat(CandidateReport.logits(standing.overall()), "overall ability (logits)"),
                stat(ReportParts.ordinal(standing.percentile()) + " percentile", "among " + standing.candidates()
                        + (standing.candidates() == 1 ? " candidate" : " candidates") + " with a finished exam"),
                stat(String.valueOf(report.exams().size()), report.exams().size() == 1 ? "exam as evidence" : "exams as evidence"),
                stat(String.valueOf(report.examAnswers()), "exam answers"));
        stats.addClassName("stat-row");
        stats.setId("report-standing");
        add(stats);

        add(new H3("Topics against the role profiles"));
        var scaleNote = new Paragraph("Ability on a logit scale from −3 to 3 (0: a typical intern-level question of medium "
                + "difficulty is answered half the time). The bar is the 95 % band, the dot the estimate; the ticks are what "
                + "each role profile requires. \"Meets\" is the probability that the ability is at least the requirement.");
        scaleNote.addClassName("muted");
        add(scaleNote, ReportParts.legend());
        var topics = new Div();
        topics.setId("report-topics");
        topics.addClassName("topic-table");
        var scale = new Div(new Span("−3"), new Span("0"), new Span("3"));
        scale.addClassName("scale-labels");
        topics.add(row("topic-row topic-head", new Span("Topic"), scale, new Span("Estimate"),
                new Span("Meets intern"), new Span("Meets entry"), new Span("Evidence")));
        for (var topic : report.topics()) {
            topics.add(row("topic-row", new Span(topic.title()), ReportParts.band(topic), new Span(topic.estimate()),
                    new Span(meets(topic, "intern")), new Span(meets(topic, "entry")),
                    new Span(topic.examAnswers() + (topic.examAnswers() == 1 ? " exam answer" : " exam answers"))));
        }
        add(topics);

        add(new H3("Evidence"));
        var evidence = new Div();
        evidence.setId("report-evidence");
        evidence.addClassName("evidence-list");
        if (report.exams().isEmpty()) {
            evidence.add(new Paragraph("No finished exam yet: every topic shows the prior (0 ± 1.96), and the call rests on "
                    + "no evidence."));
        }
        for (var exam : report.exams()) {
            var signals = exam.integrity();
            var card = new Div();
            card.addClassName("evidence-card");
            var name = new Span(exam.title());
            name.addClassName("evidence-title");
            var mode = new Span("Timed exam · " + exam.status());
            mode.addClassName("muted");
            card.add(name, mode);
            card.add(new Paragraph(ReportParts.DATE_TIME.format(exam.submittedAt()) + " · took "
                    + CandidateReport.minutes(exam.duration()) + " · answered " + exam.answered() + " of "
                    + exam.questions() + " · score " + exam.percent() + " % · topics: " + String.join(", ", exam.topics())));
            var integrity = new Paragraph("Median time between saved answers: "
                    + (signals.medianGap() == null ? "no answers" : CandidateReport.minutes(signals.medianGap()))
                    + " · rapid answers (under 5 s): " + signals.rapidAnswers()
                    + " · exam page hidden: " + signals.focusLost() + (signals.focusLost() == 1 ? " time" : " times"));
            integrity.addClassName(signals.worthALook() ? "integrity-flag" : "muted");
            card.add(integrity);
            evidence.add(card);
        }
        add(evidence);
        var note = new Paragraph("Only timed exams count as evidence: practice shows the answer at once, so its "
                + report.practiceAnswersNotCounted() + (report.practiceAnswersNotCounted() == 1 ? " answer is" : " answers are")
                + " not counted. Integrity signals are what the platform observes (the time between saved answers, and how "
                + "often the exam page was hidden behind another tab or window); they are prompts for a conversation, not "
                + "verdicts. Opening this report is recorded, and the candidate can see it.");
        note.addClassName("muted");
        add(note);
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

    private static Div stat(String value, String label) {
        var v = new Span(value);
        v.addClassName("stat-value");
        var l = new Span(label);
        l.addClassName("stat-label");
        var card = new Div(v, l);
        card.addClassName("stat-card");
        return card;
    }

    private static Div row(String classes, com.vaadin.flow.component.Component... cells) {
        var row = new Div(cells);
        row.addClassNames(classes.split(" "));
        return row;
    }

    static String meets(CandidateReport.TopicLevel topic, String role) {
        return topic.requirements().stream().filter(r -> r.role().equals(role)).findFirst()
                .map(r -> CandidateReport.percent(r.probabilityMeets())).orElse("–");
    }

    /** The public verification page's address, as the recruiter's browser reached this server. */
    static String verifyUrl(VaadinRequest request) {
        if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            var http = servlet.getHttpServletRequest();
            String scheme = http.getScheme();
            int port = http.getServerPort();
            boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath() + "/verify";
        }
        return "/verify";
    }
}
