package dev.dlready.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.dlready.report.CandidateReport;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Pieces the report page, the comparison and the list share: the call badge and the ability band. */
final class ReportParts {

    static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ReportParts() {}

    static Span callBadge(CandidateReport.Call call) {
        var badge = new Span(call.label());
        badge.getElement().getThemeList().add(call.notYet() ? "badge contrast" : "badge success");
        badge.addClassName("call-badge");
        return badge;
    }

    /** The 95 % band, the estimate and each role's requirement on the −3…3 scale, with a text alternative. */
    static Component band(CandidateReport.TopicLevel topic) {
        var track = new Div();
        track.addClassName("ability-track");
        var zero = new Div();
        zero.addClassName("ability-zero");
        var band = new Div();
        band.addClassName("ability-band");
        double left = CandidateReport.position(topic.low());
        double right = CandidateReport.position(topic.high());
        band.getStyle().set("left", pct(left)).set("width", pct(Math.max(0.8, right - left)));
        track.add(zero, band);
        for (var requirement : topic.requirements()) {
            var tick = new Div();
            tick.addClassNames("ability-tick", requirement.role().equals("intern") ? "tick-intern" : "tick-entry");
            tick.getStyle().set("left", pct(CandidateReport.position(requirement.required())));
            tick.getElement().setAttribute("title", requirement.roleTitle() + " requires "
                    + String.format(Locale.ROOT, "%.2f", requirement.required()));
            track.add(tick);
        }
        var dot = new Div();
        dot.addClassName("ability-dot");
        dot.getStyle().set("left", pct(CandidateReport.position(topic.theta())));
        track.add(dot);
        track.getElement().setAttribute("role", "img");
        var label = new StringBuilder(topic.title() + ": " + topic.estimate());
        topic.requirements().forEach(r -> label.append(", ").append(r.roleTitle()).append(" requires ")
                .append(String.format(Locale.ROOT, "%.2f", r.required())));
        track.getElement().setAttribute("aria-label", label.toString());
        return track;
    }

    static Component legend() {
        var legend = new Div(item("legend-band", "95 % band"), item("legend-dot", "estimate"),
                item("legend-intern", "intern requires"), item("legend-entry", "entry-level requires"));
        legend.addClassName("ability-legend");
        return legend;
    }

    private static Component item(String swatch, String text) {
        var mark = new Span();
        mark.addClassNames("legend-swatch", swatch);
        return new Span(mark, new Span(text));
    }

    static String date(@Nullable Instant instant) {
        return instant == null ? "–" : DATE.format(instant);
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

    private static String pct(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }
}
