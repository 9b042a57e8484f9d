package dev.dlready.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.dlready.report.CandidateReport;

/** The body of a readiness report (call, standing, topics, evidence), shared by the recruiter's page and the preview. */
final class ReportBody {

    private ReportBody() {}

    static Div of(CandidateReport report, String closing) {
        var body = new Div();
        body.addClassName("report-body");
        var call = new Div(ReportParts.callBadge(report.call()), new Paragraph(report.call().sentence()));
        call.setId("report-call");
        call.addClassNames("report-call", report.call().notYet() ? "call-notyet" : "call-ready");
        body.add(call);

        var standing = report.standing();
        var stats = new Div(
                dev.dlready.base.ui.StatCard.of(CandidateReport.logits(standing.overall()), "overall ability (logits)"),
                dev.dlready.base.ui.StatCard.of(ReportParts.ordinal(standing.percentile()) + " percentile", "among " + standing.candidates()
                        + (standing.candidates() == 1 ? " candidate" : " candidates") + " with a finished exam"),
                dev.dlready.base.ui.StatCard.of(String.valueOf(report.exams().size()), report.exams().size() == 1 ? "exam as evidence" : "exams as evidence"),
                dev.dlready.base.ui.StatCard.of(String.valueOf(report.examAnswers()), "exam answers"));
        stats.addClassName("stat-row");
        stats.setId("report-standing");
        body.add(stats);

        body.add(new H3("Topics against the role profiles"));
        var scaleNote = new Paragraph("Ability on a logit scale from −3 to 3 (0: a typical intern-level question of medium "
                + "difficulty is answered half the time). The bar is the 95 % band, the dot the estimate; the ticks are what "
                + "each role profile requires. \"Meets\" is the probability that the ability is at least the requirement.");
        scaleNote.addClassName("muted");
        body.add(scaleNote, ReportParts.legend());
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
        body.add(topics);

        body.add(new H3("Evidence"));
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
        body.add(evidence);
        var note = new Paragraph("Only timed exams count as evidence: practice shows the answer at once, so its "
                + report.practiceAnswersNotCounted() + (report.practiceAnswersNotCounted() == 1 ? " answer is" : " answers are")
                + " not counted. Integrity signals are what the platform observes (the time between saved answers, and how "
                + "often the exam page was hidden behind another tab or window); they are prompts for a conversation, not "
                + "verdicts. " + closing);
        note.addClassName("muted");
        body.add(note);
        return body;
    }

    private static Div row(String classes, Component... cells) {
        var row = new Div(cells);
        row.addClassNames(classes.split(" "));
        return row;
    }

    static String meets(CandidateReport.TopicLevel topic, String role) {
        return topic.requirements().stream().filter(r -> r.role().equals(role)).findFirst()
                .map(r -> CandidateReport.percent(r.probabilityMeets())).orElse("–");
    }
}
