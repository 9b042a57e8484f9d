package dev.dlready.readiness.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.readiness.ReadinessCheckException;
import dev.dlready.readiness.ReadinessCheckService;
import dev.dlready.readiness.ReadinessCheckSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What an adaptive readiness check is, a button to start (or resume) one, and the checks taken so far. */
@Route("readiness-check")
@PageTitle("Readiness check")
@Menu(order = 8, icon = "vaadin:bullseye", title = "Readiness check")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
public class ReadinessCheckView extends Main {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    public ReadinessCheckView(ReadinessCheckService checks) {
        addClassNames("page", "readiness-check-page");
        add(new H2("Readiness check"));
        var history = checks.history();
        boolean open = !history.isEmpty() && history.getFirst().open();
        add(new Paragraph("An adaptive assessment across every topic the intern and entry-level roles ask for. Each "
                + "question is chosen to tell the most about which role you are ready for, topics take turns, and the "
                + "check stops as soon as the call is confident: usually after 30 to 60 questions, never more than "
                + ReadinessCheckService.RULES.maxLength() + ". There is no time limit and no feedback until the end; "
                + "if you do not know an answer, say so rather than guess. Your answers count fully towards readiness."));
        var start = new Button(open ? "Continue your check" : "Start a readiness check", e -> {
            try {
                long id = checks.start();
                UI.getCurrent().navigate("readiness-check/" + id);
            } catch (ReadinessCheckException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE);
            }
        });
        start.setId("start-check");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(start);

        var finished = history.stream().filter(s -> !s.open()).toList();
        if (!finished.isEmpty()) {
            add(new H3("Your checks"));
            var list = new Div();
            list.setId("check-history");
            list.addClassNames("data-rows", "cols-4");
            for (ReadinessCheckSummary summary : finished) {
                var row = new Div(
                        new Span(WHEN.format(summary.finishedAt())),
                        new Span(summary.roleTitle() + (summary.roleTitle() != null && !"Not yet".equals(summary.roleTitle())
                                ? "-ready" : "")),
                        new Span(summary.questions() + " questions"),
                        new Anchor("readiness-check/" + summary.id(), "See the result"));
                row.addClassName("data-row");
                list.add(row);
            }
            add(list);
        }
    }
}
