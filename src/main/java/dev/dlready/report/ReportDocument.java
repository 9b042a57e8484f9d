package dev.dlready.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The readiness report as an XHTML document for the PDF renderer: the same sections, bands and wording as the report
 * page, laid out for A4.
 */
final class ReportDocument {

    static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ReportDocument() {}

    static String xhtml(CandidateReport report, String code, String verifyUrl) {
        var html = new StringBuilder(16_000);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
                .append("<title>Readiness report: ").append(esc(report.candidateName())).append("</title>")
                .append("<meta name=\"subject\" content=\"DL Ready readiness report\"/>")
                .append("<style>").append(CSS).append("</style></head><body>");
        html.append("<div class=\"footer\">DL Ready readiness report · ").append(esc(report.candidateName()))
                .append(" · verification code ").append(esc(code)).append(" · page <span class=\"page\"></span></div>");

        html.append("<div class=\"brand\">DL Ready · Readiness report</div>");
        html.append("<h1>").append(esc(report.candidateName())).append("</h1>");
        html.append("<p class=\"muted\">Generated ").append(DATE_TIME.format(report.generatedAt()))
                .append(" · shared since ").append(DATE.format(report.sharedSince()))
                .append(report.shareExpires() == null ? "" : " · share ends " + DATE.format(report.shareExpires()))
                .append("</p>");

        String callClass = report.call().notYet() ? "call call-notyet" : "call call-ready";
        html.append("<div class=\"").append(callClass).append("\"><div class=\"call-label\">")
                .append(esc(report.call().label())).append("</div><div>").append(esc(report.call().sentence()))
                .append("</div></div>");

        var standing = report.standing();
        html.append("<table class=\"facts\"><tr>")
                .append(fact(CandidateReport.logits(standing.overall()), "overall ability (logits)"))
                .append(fact(ordinal(standing.percentile()) + " percentile", "among " + standing.candidates()
                        + (standing.candidates() == 1 ? " candidate" : " candidates") + " with a finished exam"))
                .append(fact(String.valueOf(report.exams().size()), report.exams().size() == 1 ? "exam as evidence" : "exams as evidence"))
                .append(fact(String.valueOf(report.examAnswers()), "exam answers"))
                .append("</tr></table>");

        html.append("<div class=\"verify\"><div class=\"verify-title\">Verification code</div><div class=\"code\">")
                .append(esc(code)).append("</div><div>Anyone can check that this PDF is genuine and still current at</div>")
                .append("<div class=\"url\">").append(esc(verifyUrl)).append("</div>")
                .append("<div class=\"muted small\">Report fingerprint ").append(esc(report.fingerprint().substring(0, 16)))
                .append("</div></div>");
        html.append("<h2>Topics against the role profiles</h2>");
        html.append("<p class=\"muted\">Ability on a logit scale from −3 to 3 (0: a typical intern-level question of medium "
                + "difficulty is answered half the time). The bar is the 95 % band (±1.96 standard errors), the dot the "
                + "estimate; green and amber ticks are what the intern and entry-level profiles require.</p>");
        html.append("<table class=\"topics\"><thead><tr><th>Topic</th><th class=\"scale-head\"><table class=\"scale-labels\"><tr><td>−3</td><td class=\"mid\">0</td><td class=\"end\">3</td></tr></table></th>"
                + "<th>Estimate</th><th>Meets intern</th><th>Meets entry</th><th>Evidence</th></tr></thead><tbody>");
        for (var topic : report.topics()) {
            html.append("<tr><td>").append(esc(topic.title())).append("</td><td class=\"scale\">").append(band(topic))
                    .append("</td><td class=\"num\">").append(esc(topic.estimate())).append("</td>")
                    .append("<td class=\"num\">").append(meets(topic, "intern")).append("</td>")
                    .append("<td class=\"num\">").append(meets(topic, "entry")).append("</td>")
                    .append("<td class=\"num\">").append(topic.examAnswers()).append(topic.examAnswers() == 1 ? " answer" : " answers")
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");

        html.append("<h2>Evidence</h2>");
        if (report.exams().isEmpty()) {
            html.append("<p>No finished exam yet: every topic shows the prior (0 ± 1.96), and the call rests on no evidence.</p>");
        } else {
            html.append("<table class=\"exams\"><thead><tr><th>Exam</th><th>Finished</th><th>Took</th><th>Answered</th>"
                    + "<th>Score</th><th>Median time between answers</th><th>Rapid answers</th><th>Page hidden</th></tr></thead><tbody>");
            for (var exam : report.exams()) {
                var signals = exam.integrity();
                html.append("<tr><td>").append(esc(exam.title())).append("<div class=\"muted small\">Timed exam · ")
                        .append(esc(exam.status())).append("</div></td><td>").append(DATE_TIME.format(exam.submittedAt()))
                        .append("</td><td class=\"num\">").append(CandidateReport.minutes(exam.duration()))
                        .append("</td><td class=\"num\">").append(exam.answered()).append(" of ").append(exam.questions())
                        .append("</td><td class=\"num\">").append(exam.percent()).append(" %</td><td class=\"num\">")
                        .append(signals.medianGap() == null ? "–" : CandidateReport.minutes(signals.medianGap()))
                        .append("</td><td class=\"num\">").append(signals.rapidAnswers())
                        .append("</td><td class=\"num").append(signals.focusLost() > 0 ? " flag" : "").append("\">")
                        .append(signals.focusLost()).append(signals.focusLost() == 1 ? " time" : " times").append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("<p class=\"muted\">Only timed exams count as evidence: practice shows the answer at once, so its ")
                .append(report.practiceAnswersNotCounted()).append(report.practiceAnswersNotCounted() == 1 ? " answer is" : " answers are")
                .append(" not counted. Integrity signals are what the platform observes: the time between saved answers "
                        + "(an answer saved under 5 s after the previous one counts as rapid) and how often the exam page "
                        + "was hidden behind another tab or window. They are prompts for a conversation, not verdicts.</p>");

        html.append("</body></html>");
        return html.toString();
    }

    private static String fact(String value, String label) {
        return "<td><div class=\"fact-value\">" + esc(value) + "</div><div class=\"fact-label\">" + esc(label) + "</div></td>";
    }

    private static String band(CandidateReport.TopicLevel topic) {
        double left = CandidateReport.position(topic.low());
        double right = CandidateReport.position(topic.high());
        var html = new StringBuilder("<div class=\"track\"><div class=\"zero\"></div>");
        html.append(String.format(Locale.ROOT, "<div class=\"band\" style=\"left:%.1f%%;width:%.1f%%\"></div>", left,
                Math.max(0.8, right - left)));
        for (var requirement : topic.requirements()) {
            html.append(String.format(Locale.ROOT, "<div class=\"tick tick-%s\" style=\"left:%.1f%%\"></div>",
                    requirement.role().equals("intern") ? "intern" : "entry", CandidateReport.position(requirement.required())));
        }
        html.append(String.format(Locale.ROOT, "<div class=\"dot\" style=\"left:%.1f%%\"></div>",
                CandidateReport.position(topic.theta())));
        return html.append("</div>").toString();
    }

    private static String meets(CandidateReport.TopicLevel topic, String role) {
        return topic.requirements().stream()
                .filter(r -> r.role().equals(role))
                .findFirst()
                .map(r -> esc(CandidateReport.percent(r.probabilityMeets())))
                .orElse("–");
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String CSS = """
            @page { size: A4; margin: 16mm 15mm 20mm 15mm;
              @bottom-center { content: element(footer); } }
            body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1f2937; line-height: 1.35; }
            .footer { position: running(footer); font-size: 7pt; color: #6b7280; text-align: center; }
            .footer .page:before { content: counter(page); }
            .brand { color: #4f46e5; font-weight: bold; font-size: 8pt; letter-spacing: 0.5pt; text-transform: uppercase; }
            h1 { font-size: 20pt; margin: 2mm 0 1mm 0; }
            h2 { font-size: 12pt; margin: 6mm 0 2mm 0; color: #111827; }
            .muted { color: #6b7280; }
            .small { font-size: 7.5pt; }
            .call { border-radius: 3mm; padding: 2.5mm 4mm; margin: 3mm 0; }
            .call-ready { background: #ecfdf5; border: 0.6pt solid #10b981; }
            .call-notyet { background: #fff7ed; border: 0.6pt solid #f59e0b; }
            .call-label { font-size: 14pt; font-weight: bold; margin-bottom: 1mm; }
            table { border-collapse: collapse; width: 100%; }
            .facts td { width: 25%; padding: 2mm 2mm 2mm 0; vertical-align: top; }
            .fact-value { font-size: 13pt; font-weight: bold; color: #312e81; }
            .fact-label { font-size: 7.5pt; color: #6b7280; }
            .topics th, .exams th { text-align: left; font-size: 7.5pt; color: #6b7280; font-weight: normal;
              border-bottom: 0.6pt solid #d1d5db; padding: 1mm 1.5mm; }
            .topics td, .exams td { border-bottom: 0.4pt solid #e5e7eb; padding: 0.9mm 1.5mm; vertical-align: middle; }
            .exams { -fs-table-paginate: paginate; }
            h2 { page-break-after: avoid; }
            .exams tr, .topics tr { page-break-inside: avoid; }
            .num { white-space: nowrap; }
            .flag { color: #b45309; font-weight: bold; }
            .scale-head { width: 52mm; }
            .scale-labels td { border: none; padding: 0; font-size: 7.5pt; color: #6b7280; width: 33%; }
            .scale-labels .mid { text-align: center; }
            .scale-labels .end { text-align: right; }
            .scale { width: 52mm; }
            .track { position: relative; height: 4mm; background: #f3f4f6; border-radius: 1mm; }
            .zero { position: absolute; left: 50%; top: 0; width: 0.3mm; height: 4mm; background: #d1d5db; }
            .band { position: absolute; top: 0.8mm; height: 2.4mm; background: #c7d2fe; border: 0.4pt solid #4f46e5; border-radius: 1mm; }
            .dot { position: absolute; top: 1.1mm; width: 1.8mm; height: 1.8mm; margin-left: -0.9mm; border-radius: 0.9mm; background: #312e81; }
            .tick { position: absolute; top: 0; width: 0.7mm; height: 4mm; margin-left: -0.35mm; }
            .tick-intern { background: #16a34a; }
            .tick-entry { background: #d97706; }
            .verify { margin-top: 2mm; border: 0.6pt dashed #6366f1; border-radius: 2mm; padding: 2mm 4mm; page-break-inside: avoid; }
            .verify-title { font-size: 7.5pt; color: #6b7280; text-transform: uppercase; }
            .url { font-weight: bold; word-wrap: break-word; margin: 1mm 0; }
            .code { font-size: 13pt; font-weight: bold; letter-spacing: 1pt; color: #312e81; margin: 1mm 0; }
            """;
}
