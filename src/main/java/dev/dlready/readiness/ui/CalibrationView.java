package dev.dlready.readiness.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.dlready.bank.BankService;
import dev.dlready.bank.TopicSummary;
import dev.dlready.readiness.CalibratedItemSummary;
import dev.dlready.readiness.CalibrationException;
import dev.dlready.readiness.CalibrationRunSummary;
import dev.dlready.readiness.CalibrationService;
import dev.dlready.readiness.CalibrationSettings;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Item calibration for staff: the runs of the calibration job and, for the chosen run, each calibrated question with
 * its declared and calibrated parameters. Administrators can run a calibration at once.
 */
@Route("calibration")
@PageTitle("Calibration")
@Menu(order = 60, icon = "vaadin:scale", title = "Calibration")
@RolesAllowed({"ADMIN", "INSTRUCTOR"})
public class CalibrationView extends Main {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final CalibrationService calibration;
    private final Map<String, String> topicTitles;
    private final Grid<CalibrationRunSummary> runs = new Grid<>();
    private final Grid<CalibratedItemSummary> items = new Grid<>();
    private final H3 itemsTitle = new H3();
    private final Paragraph itemsNote = new Paragraph();
    private final Div empty = new Div();

    public CalibrationView(CalibrationService calibration, BankService bank, AuthenticationContext authentication) {
        this.calibration = calibration;
        this.topicTitles = bank.topics().stream().collect(Collectors.toMap(TopicSummary::id, TopicSummary::title));
        addClassNames("page", "calibration-page");
        CalibrationSettings settings = calibration.settings();

        var intro = new Paragraph("Until a question has enough answers, the readiness model uses parameters from its "
                + "declared difficulty and level: discrimination a = 1, difficulty b = 0.75 × (difficulty − 3), plus 0.5 at "
                + "entry level, and the guessing floor c of its type (1/k for a choice among k options). Calibration "
                + "re-estimates a and b from real answers once a question version has at least "
                + number(settings.minResponses()) + " weighted answers from at least " + settings.minStudents()
                + " students (an exam answer weighs 1, a first try in practice ¼). It fits each topic by marginal maximum "
                + "likelihood (EM), keeps c fixed, and keeps the topic's average difficulty on the declared scale so role "
                + "requirements keep their meaning. Every run is kept; the latest estimate of a question is the one in force.");
        intro.addClassName("muted");
        var schedule = new Paragraph(settings.scheduled()
                ? "Runs by itself on the schedule " + settings.cron() + " (seconds, minutes, hours, day, month, weekday; "
                        + "server time)."
                : "The nightly run is off (dlready.calibration.cron is '-').");
        schedule.setId("calibration-schedule");
        schedule.addClassName("muted");
        add(intro, schedule);

        if (authentication.hasRole("ADMIN")) {
            var run = new Button("Run calibration now", VaadinIcon.PLAY.create());
            run.setId("calibration-run");
            run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            run.setDisableOnClick(true);
            run.addClickListener(e -> {
                runNow();
                run.setEnabled(true);
            });
            add(run);
        }

        empty.setId("calibration-empty");
        empty.addClassName("empty-state");
        empty.add(new H3("No calibration has run yet"), new Paragraph(settings.scheduled()
                ? "The first run happens on the schedule above" + (authentication.hasRole("ADMIN")
                        ? ", or now with Run calibration now." : "; an administrator can also start one.")
                : "An administrator can start one with Run calibration now."));

        runs.setId("calibration-runs");
        runs.addColumn(r -> "#" + r.id()).setHeader("Run").setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(r -> WHEN.format(r.startedAt())).setHeader("Started").setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(CalibrationRunSummary::triggeredBy).setHeader("Started by").setWidth("12rem").setFlexGrow(1);
        runs.addColumn(CalibrationRunSummary::answers).setHeader("Answers").setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(CalibrationRunSummary::students).setHeader("Students").setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(r -> r.itemsCalibrated() + " of " + r.itemsAnswered())
                .setHeader("Calibrated").setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(CalibrationRunSummary::topicsCalibrated).setHeader("Topics").setAutoWidth(true).setFlexGrow(0);
        runs.addComponentColumn(r -> {
            var badge = new Span(r.converged() ? "Converged" : "Not converged");
            badge.getElement().getThemeList().add(r.converged() ? "badge success" : "badge error");
            return badge;
        }).setHeader("Estimates").setAutoWidth(true).setFlexGrow(0);
        runs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        runs.setPageSize(20);
        runs.setHeight("15rem");
        runs.setItems(q -> calibration.runs(q.getOffset(), q.getLimit()).stream(), q -> (int) calibration.countRuns());
        runs.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });

        items.setId("calibration-items");
        items.addColumn(i -> i.questionId() + " v" + i.versionNumber()).setHeader("Question").setWidth("12rem")
                .setFlexGrow(1);
        items.addColumn(i -> topicTitles.getOrDefault(i.topic(), i.topic())).setHeader("Topic").setWidth("9rem")
                .setFlexGrow(1);
        items.addColumn(i -> param(i.declared().discrimination()) + " → " + param(i.calibrated().discrimination()))
                .setHeader("a: declared → data").setAutoWidth(true).setFlexGrow(0);
        items.addColumn(i -> param(i.declared().difficulty()) + " → " + param(i.calibrated().difficulty()))
                .setHeader("b: declared → data").setAutoWidth(true).setFlexGrow(0);
        items.addColumn(i -> param(i.calibrated().guessing())).setHeader("c (fixed)").setAutoWidth(true).setFlexGrow(0);
        items.addColumn(i -> number(i.responses())).setHeader("Answers").setAutoWidth(true).setFlexGrow(0);
        items.addColumn(CalibratedItemSummary::students).setHeader("Students").setAutoWidth(true).setFlexGrow(0);
        items.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.setPageSize(25);
        items.setHeight("28rem");
        items.setEmptyStateText("No question had enough answers in this run; they keep their declared parameters.");
        itemsNote.addClassName("muted");

        add(empty, new H3("Runs"), runs, itemsTitle, itemsNote, items);
        refresh();
    }

    private void runNow() {
        try {
            var run = calibration.runNow();
            Notification.show("Run #" + run.id() + " finished: " + run.itemsCalibrated() + " of " + run.itemsAnswered()
                            + " answered questions calibrated from " + run.answers() + " answers.", 6000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CalibrationException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        refresh();
    }

    private void refresh() {
        runs.getDataProvider().refreshAll();
        var latest = calibration.latestRun();
        empty.setVisible(latest.isEmpty());
        runs.setVisible(latest.isPresent());
        latest.ifPresentOrElse(run -> {
            runs.select(run);
            show(run);
        }, () -> {
            itemsTitle.setVisible(false);
            itemsNote.setVisible(false);
            items.setVisible(false);
        });
    }

    private void show(CalibrationRunSummary run) {
        itemsTitle.setText("Questions calibrated in run #" + run.id());
        itemsNote.setText("Run #" + run.id() + " read " + run.answers() + " answers from " + run.students()
                + " students; " + run.itemsCalibrated() + " of the " + run.itemsAnswered()
                + " answered question versions reached the threshold (" + number(run.minResponses()) + " answers from "
                + run.minStudents() + " students). Choose another run above to see its estimates.");
        itemsTitle.setVisible(true);
        itemsNote.setVisible(true);
        items.setVisible(true);
        long id = run.id();
        items.setItems(q -> calibration.items(id, q.getOffset(), q.getLimit()).stream(),
                q -> (int) calibration.countItems(id));
    }

    private static String param(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
