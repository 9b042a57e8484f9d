package dev.dlready.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.attempt.ProgressService;
import dev.dlready.attempt.engine.Progress;
import dev.dlready.bank.BankService;
import dev.dlready.bank.TopicSummary;
import dev.dlready.base.ui.Chart;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A student's progress: streak, strongest and weakest topics, score per topic over time, recent exams. */
@Route("progress")
@PageTitle("Progress")
@Menu(order = 5, icon = "vaadin:chart-line", title = "Progress")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
public class ProgressView extends Main {

    private static final String[] COLORS = {"#4f46e5", "#0891b2", "#16a34a", "#d97706", "#dc2626", "#7c3aed",
        "#db2777", "#0d9488", "#65a30d", "#2563eb", "#9333ea"};
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    public ProgressView(ProgressService progress, BankService bank) {
        addClassNames("page", "progress-page");
        Map<String, String> titles = bank.topics().stream().collect(Collectors.toMap(TopicSummary::id, TopicSummary::title));
        var report = progress.report();
        add(new H2("Your progress"));

        var stats = new Div();
        stats.addClassName("stat-row");
        stats.setId("progress-stats");
        stats.add(dev.dlready.base.ui.StatCard.of(String.valueOf(report.streakDays()), report.streakDays() == 1 ? "day streak" : "days streak"));
        stats.add(dev.dlready.base.ui.StatCard.of(String.valueOf(report.totalAnswers()), "answers in total"));
        stats.add(dev.dlready.base.ui.StatCard.of(String.valueOf(report.topics().size()), "topics started"));
        add(stats);
        var next = new Button(report.answeredToday() ? "Practise more" : "Keep your streak: practise now",
                VaadinIcon.PLAY.create(), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(
                        report.weakest().isEmpty() ? "practice" : "practice?topic=" + report.weakest().getFirst().topic())));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("progress-next");
        add(next);

        if (report.totalAnswers() == 0) {
            var empty = new Div(new H3("Nothing to show yet"), new Paragraph(
                    "Answer a few practice questions or sit an exam: your accuracy per topic, its trend week by week "
                            + "and your streak appear here."));
            empty.addClassName("empty-state");
            empty.setId("progress-empty");
            add(empty);
            return;
        }

        var columns = new Div(
                ranking("Strongest topics", report.strongest(), titles, "progress-strongest"),
                ranking("Needs work", report.weakest(), titles, "progress-weakest"));
        columns.addClassName("two-columns");
        add(columns);
        var note = new Paragraph("Accuracy counts your first try at each practice question and every exam answer; "
                + "retries after seeing the explanation are kept but not counted. Topics rank after "
                + Progress.MIN_ANSWERS_FOR_RANKING + " counted answers.");
        note.addClassName("muted");
        add(note);

        add(new H3("Accuracy per topic over time"));
        var chart = new Chart();
        chart.setId("progress-chart");
        chart.setConfig(trendConfig(report, titles));
        chart.setDescription(report.topics().stream()
                .map(t -> titles.getOrDefault(t.topic(), t.topic()) + " " + Math.round(t.accuracy() * 100) + " %")
                .collect(Collectors.joining(", ")));
        add(chart);

        add(new H3("All topics"));
        var table = new Div();
        table.addClassName("topic-scores");
        table.setId("progress-topics");
        for (var topic : report.topics()) {
            var row = new Div(new Anchor("practice?topic=" + topic.topic(), titles.getOrDefault(topic.topic(), topic.topic())),
                    new Span(Math.round(topic.accuracy() * 100) + " % · " + topic.counted() + " counted · "
                            + topic.practised() + " practised · " + topic.examined() + " in exams"));
            row.addClassName("topic-score");
            table.add(row);
        }
        add(table);

        var exams = progress.recentExams(5);
        if (!exams.isEmpty()) {
            add(new H3("Recent exams"));
            var list = new Div();
            list.addClassName("topic-scores");
            for (var exam : exams) {
                var row = new Div(new Anchor(exam.finished() ? "exam/" + exam.id() + "/review" : "exam/" + exam.id(), exam.title()),
                        new Span(WHEN.format(exam.startedAt()) + " · "
                                + (exam.finished() ? exam.percent() + " %" : "in progress")));
                row.addClassName("topic-score");
                list.add(row);
            }
            add(list, new Anchor("history", "All exams"));
        }
    }

    private static Div ranking(String title, List<Progress.TopicProgress> topics, Map<String, String> titles, String id) {
        var box = new Div(new H3(title));
        box.setId(id);
        box.addClassName("ranking");
        if (topics.isEmpty()) {
            box.add(new Paragraph("Answer at least " + Progress.MIN_ANSWERS_FOR_RANKING + " questions of a topic to rank it."));
        }
        for (var topic : topics) {
            var row = new Div(new Span(titles.getOrDefault(topic.topic(), topic.topic())),
                    new Span(Math.round(topic.accuracy() * 100) + " %"));
            row.addClassName("topic-score");
            box.add(row);
        }
        return box;
    }

    private static String trendConfig(Progress.Report report, Map<String, String> titles) {
        var weeks = new TreeSet<java.time.LocalDate>();
        report.weekly().forEach(p -> weeks.add(p.weekStart()));
        if (weeks.size() < 2) {
            // One week of data has no trend yet: show this week's accuracy per topic.
            var labels = report.topics().stream().map(t -> json(titles.getOrDefault(t.topic(), t.topic()))).toList();
            var values = report.topics().stream().map(t -> String.valueOf(Math.round(t.accuracy() * 1000) / 10.0)).toList();
            return "{\"type\":\"bar\",\"data\":{\"labels\":[" + String.join(",", labels) + "],\"datasets\":[{\"label\":"
                    + "\"accuracy this week %\",\"data\":[" + String.join(",", values) + "],\"backgroundColor\":\"#4f46e5\"}]},"
                    + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"scales\":{\"y\":{\"min\":0,"
                    + "\"max\":100}},\"plugins\":{\"legend\":{\"display\":false}}}}";
        }
        var labels = weeks.stream().map(w -> "\"" + w + "\"").toList();
        var datasets = new ArrayList<String>();
        int color = 0;
        for (var entry : Progress.byTopic(report.weekly()).entrySet()) {
            var values = new ArrayList<String>();
            for (var week : weeks) {
                values.add(entry.getValue().stream().filter(p -> p.weekStart().equals(week)).findFirst()
                        .map(p -> String.valueOf(Math.round(p.accuracy() * 1000) / 10.0)).orElse("null"));
            }
            String c = COLORS[color++ % COLORS.length];
            datasets.add("{\"label\":" + json(titles.getOrDefault(entry.getKey(), entry.getKey())) + ",\"data\":["
                    + String.join(",", values) + "],\"borderColor\":\"" + c + "\",\"backgroundColor\":\"" + c
                    + "\",\"spanGaps\":true,\"tension\":0.25}");
        }
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + String.join(",", labels) + "],\"datasets\":["
                + String.join(",", datasets) + "]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,"
                + "\"scales\":{\"y\":{\"min\":0,\"max\":100,\"title\":{\"display\":true,\"text\":\"accuracy %\"}},"
                + "\"x\":{\"title\":{\"display\":true,\"text\":\"week starting\"}}},"
                + "\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
