package dev.dlready.readiness.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.bank.BankService;
import dev.dlready.bank.TopicSummary;
import dev.dlready.base.ui.Chart;
import dev.dlready.readiness.ReadinessReport;
import dev.dlready.readiness.ReadinessService;
import dev.dlready.readiness.engine.Recommendation;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The readiness call in one sentence, each topic's ability with its uncertainty against the roles, and a study plan. */
@Route("readiness")
@PageTitle("Readiness")
@Menu(order = 6, icon = "vaadin:diploma", title = "Readiness")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
public class ReadinessView extends Main {

    public ReadinessView(ReadinessService readiness, BankService bank) {
        addClassNames("page", "readiness-page");
        Map<String, String> titles = bank.topics().stream().collect(Collectors.toMap(TopicSummary::id, TopicSummary::title));
        var report = readiness.report();
        add(new H2("Readiness"));

        var call = new Paragraph(sentence(report));
        call.setId("readiness-call");
        call.addClassName("readiness-call");
        add(call);
        var check = new Anchor("readiness-check", "Take a readiness check");
        check.setId("readiness-check-link");
        check.addClassName("primary-link");
        add(check);
        var basis = new Paragraph("Based on " + report.examAnswers() + (report.examAnswers() == 1 ? " assessed question and " : " assessed questions and ")
                + report.practiceFirstTries() + (report.practiceFirstTries() == 1 ? " question" : " questions") + " seen only in practice. "
                + "Each question counts once: its latest answer in an exam or readiness check at full weight, otherwise its "
                + "first practice try at a quarter (practice shows the answer at once); retries and retakes add nothing. "
                + "Topics are related, so evidence in one moves the others a little. Abilities are on a logit scale where 0 "
                + "means a typical intern-level question of medium difficulty is answered half the time; bands show ±1.96 "
                + "standard errors, so they narrow as evidence grows. A role is met when your abilities are, on average "
                + "over its topics, at or above what it requires.");
        basis.addClassName("muted");
        add(basis);

        var chart = new Chart();
        chart.setId("readiness-chart");
        chart.setConfig(chartConfig(report, titles));
        chart.setDescription(report.topics().stream()
                .map(t -> titles.getOrDefault(t.topic(), t.topic()) + String.format(Locale.ROOT, " %.2f ± %.2f",
                        t.theta(), 1.96 * t.standardError()))
                .collect(Collectors.joining(", ")));
        chart.addClassName("readiness-chart");
        add(chart);

        if (!report.studyPlan().isEmpty()) {
            add(new H3("Study plan"));
            var plan = new Div();
            plan.setId("readiness-plan");
            plan.addClassName("topic-scores");
            for (String topic : report.studyPlan()) {
                var row = new Div(new Span(titles.getOrDefault(topic, topic)),
                        new Anchor("practice?topic=" + topic, "Practise"), new Anchor("exam", "Sit an exam"));
                row.addClassName("topic-score");
                plan.add(row);
            }
            add(new Paragraph("These topics hold you back from the next role; an exam in them gives the strongest evidence."),
                    plan);
        }

        add(new H3("Evidence"));
        if (report.evidence().isEmpty()) {
            add(new Paragraph("No exams or readiness checks yet: the estimates above rest on practice alone, or on nothing."));
        } else {
            add(evidence(report));
        }
    }

    /** A probability as a whole percentage, never a misleading "0 %" or "100 %". */
    static String percent(double p) {
        if (p < 0.005) {
            return "under 1 %";
        }
        if (p > 0.995) {
            return "over 99 %";
        }
        return String.format(Locale.ROOT, "%.0f %%", p * 100);
    }

    private static Div evidence(ReadinessReport report) {
        var list = new Div();
        list.setId("readiness-evidence");
        list.addClassNames("data-rows", "cols-4");
        for (var e : report.evidence()) {
            String kind = e.kind() == ReadinessReport.Evidence.Kind.EXAM ? "Exam" : "Readiness check";
            long minutes = Math.max(1, Math.round(e.took().toSeconds() / 60.0));
            var row = new Div(new Span(ReadinessCheckView.WHEN.format(e.at())),
                    new Span(kind + (e.kind() == ReadinessReport.Evidence.Kind.EXAM ? ": " + e.title() : "")),
                    new Span(e.questions() + " questions · " + minutes + " min"), new Anchor(e.link(), "Open"));
            row.addClassName("data-row");
            list.add(row);
        }
        return list;
    }

    private static String sentence(ReadinessReport report) {
        String risk = percent(report.probabilityWrong());
        if (report.role().equals(ReadinessService.TOO_EARLY)) {
            return "Too early to call: the platform needs at least " + (int) ReadinessService.MINIMUM_EVIDENCE
                    + " exam or assessment answers (a first try in practice counts a quarter) before it says which role"
                    + " you are ready for. A readiness check is the quickest way there.";
        }
        if (report.role().equals(Recommendation.NOT_YET)) {
            return "Not yet ready for an intern role: the chance that you already meet the intern profile is " + risk + ".";
        }
        return report.roleTitle() + "-ready: the chance that this call is wrong is " + risk + ".";
    }

    private static String chartConfig(ReadinessReport report, Map<String, String> titles) {
        var labels = report.topics().stream().map(t -> json(titles.getOrDefault(t.topic(), t.topic()))).toList();
        var bands = report.topics().stream()
                .map(t -> String.format(Locale.ROOT, "[%.3f,%.3f]", t.theta() - 1.96 * t.standardError(),
                        t.theta() + 1.96 * t.standardError()))
                .toList();
        var estimates = report.topics().stream().map(t -> String.format(Locale.ROOT, "%.3f", t.theta())).toList();
        var intern = report.topics().stream().map(t -> value(t.required().get("intern"))).toList();
        var entry = report.topics().stream().map(t -> value(t.required().get("entry"))).toList();
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + String.join(",", labels) + "],\"datasets\":["
                + "{\"type\":\"bar\",\"label\":\"95 % band\",\"data\":[" + String.join(",", bands) + "],"
                + "\"backgroundColor\":\"rgba(79,70,229,0.35)\",\"borderColor\":\"#4f46e5\",\"borderWidth\":1},"
                + "{\"type\":\"line\",\"label\":\"Estimate\",\"data\":[" + String.join(",", estimates) + "],"
                + "\"showLine\":false,\"pointRadius\":5,\"borderColor\":\"#312e81\",\"backgroundColor\":\"#312e81\"},"
                + "{\"type\":\"line\",\"label\":\"Intern requires\",\"data\":[" + String.join(",", intern) + "],"
                + "\"showLine\":false,\"pointStyle\":\"line\",\"pointRadius\":12,\"borderWidth\":3,\"borderColor\":\"#16a34a\"},"
                + "{\"type\":\"line\",\"label\":\"Entry-level requires\",\"data\":[" + String.join(",", entry) + "],"
                + "\"showLine\":false,\"pointStyle\":\"line\",\"pointRadius\":12,\"borderWidth\":3,\"borderColor\":\"#d97706\"}]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"scales\":{\"y\":{\"min\":-3,\"max\":3,"
                + "\"title\":{\"display\":true,\"text\":\"ability (logits)\"}}},\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}";
    }

    private static String value(@org.jspecify.annotations.Nullable Double v) {
        return v == null ? "null" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
