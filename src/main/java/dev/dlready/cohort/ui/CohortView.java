package dev.dlready.cohort.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.dlready.base.ui.Links;
import dev.dlready.cohort.AssignmentState;
import dev.dlready.cohort.CohortDashboard;
import dev.dlready.cohort.CohortException;
import dev.dlready.cohort.CohortService;
import dev.dlready.cohort.CourseQuizSummary;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * One cohort: its invite code and link, the quizzes assigned with their due dates, who has done what with which
 * score, a topic-by-student readiness heat map, and the whole dashboard as CSV.
 */
@Route("cohorts/:cohortId")
@PageTitle("Cohort")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class CohortView extends Main implements BeforeEnterObserver {

    private final CohortService cohorts;
    private long cohortId;
    private CohortDashboard board;

    public CohortView(CohortService cohorts) {
        this.cohorts = cohorts;
        addClassNames("page", "cohort-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            cohortId = Long.parseLong(event.getRouteParameters().get("cohortId").orElse(""));
            board = cohorts.dashboard(cohortId);
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void reload() {
        board = cohorts.dashboard(cohortId);
        show();
    }

    private void show() {
        removeAll();
        var back = new Anchor("cohorts", "← All cohorts");
        back.addClassName("back-link");
        var name = new H2(board.cohort().name());
        name.setId("cohort-name");
        var rename = new Button(VaadinIcon.EDIT.create(), e -> openRename());
        rename.setAriaLabel("Rename");
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        var csvName = "cohort-" + cohortId + ".csv";
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = cohorts.csv(cohortId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), csvName, "text/csv", bytes.length);
        }), "");
        csv.setId("cohort-csv");
        var csvButton = new Button("Download CSV", VaadinIcon.DOWNLOAD.create());
        csvButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        csv.add(csvButton);
        var title = new HorizontalLayout(name, rename);
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        var head = new HorizontalLayout(title, csv);
        head.setWidthFull();
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        add(back, head, invitePanel());

        add(section("Assigned quizzes", assignments()));
        if (board.members().isEmpty()) {
            var empty = new Div(new H3("No students yet"),
                    new Paragraph("Share the invite link above. Students who open it (or type the code on their "
                            + "Assigned quizzes page) join this cohort and see its quizzes."));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        add(section("Who has done what", progress()));
        add(section("Readiness by topic", heatMap()));
        add(section("Students", members()));
    }

    private static Div section(String title, Component... content) {
        var section = new Div(new H3(title));
        section.add(content);
        section.addClassName("cohort-section");
        return section;
    }

    private Component invitePanel() {
        var summary = board.cohort();
        String link = Links.baseUrl() + "join/" + summary.inviteCode();
        var code = new Span(summary.inviteCode());
        code.setId("cohort-code");
        code.addClassName("invite-code");
        var url = new TextField("Invite link");
        url.setId("cohort-link");
        url.setValue(link);
        url.setReadOnly(true);
        url.setWidth("min(32rem, 100%)");
        var copy = new Button("Copy link", VaadinIcon.COPY.create(), e -> {
            e.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", link));
            Parts.success("Invite link copied.");
        });
        var renew = new Button("New code", VaadinIcon.REFRESH.create(), e -> {
            var confirm = new ConfirmDialog("Replace the invite code?",
                    "The current code and link stop working at once; students already in the cohort stay.", "Replace",
                    ok -> {
                        cohorts.newInviteCode(cohortId);
                        reload();
                        Parts.success("New invite code ready.");
                    }, "Cancel", no -> {});
            confirm.open();
        });
        var open = new Checkbox("Open to new students", summary.joiningOpen());
        open.setId("cohort-joining");
        open.addValueChangeListener(e -> {
            cohorts.setJoiningOpen(cohortId, e.getValue());
            Parts.success(e.getValue() ? "Students can join with the code." : "Joining closed; the code no longer admits anyone.");
        });
        var codeBox = new Div(new Span("Invite code"), code);
        codeBox.addClassName("invite-code-box");
        var row = new HorizontalLayout(codeBox, url, copy, renew);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        var panel = new Div(row, open);
        panel.addClassName("invite-panel");
        return panel;
    }

    private Component assignments() {
        var grid = new Grid<CohortDashboard.Assignment>();
        grid.setId("cohort-assignments");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(CohortDashboard.Assignment::title).setHeader("Quiz").setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(a -> Parts.when(a.dueAt(), "No due date")).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.finished() + " of " + board.members().size()).setHeader("Finished").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> Parts.percent(a.averagePercent())).setHeader("Average best score").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(a -> {
            var due = new Button("Due date", VaadinIcon.CALENDAR_CLOCK.create(), e -> openDueDate(a));
            var stats = new Button("Statistics", VaadinIcon.BAR_CHART.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("quizzes/" + a.quizId() + "/statistics")));
            var remove = new Button("Unassign", VaadinIcon.CLOSE_SMALL.create(), e -> {
                var confirm = new ConfirmDialog("Unassign \"" + a.title() + "\"?",
                        "Students no longer see it in this cohort. Attempts already made are kept.", "Unassign",
                        ok -> {
                            cohorts.unassign(a.assignmentId());
                            reload();
                        }, "Cancel", no -> {});
                confirm.open();
            });
            for (Button b : new Button[] {due, stats, remove}) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            }
            return new HorizontalLayout(due, stats, remove);
        }).setAutoWidth(true).setFlexGrow(0);
        var empty = new Span("No quizzes assigned yet.");
        empty.addClassName("muted");
        grid.setEmptyStateComponent(empty);
        grid.setItems(board.assignments());
        var assign = new Button("Assign a quiz", VaadinIcon.PLUS.create(), e -> openAssign());
        assign.setId("cohort-assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(grid, assign);
    }

    private Component progress() {
        var grid = new Grid<CohortDashboard.Member>();
        grid.setId("cohort-progress");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.addColumn(CohortDashboard.Member::name).setHeader("Student").setAutoWidth(true).setFrozen(true);
        for (var a : board.assignments()) {
            grid.addComponentColumn(m -> progressCell(cohortId, board.cell(m.userId(), a.assignmentId())))
                    .setHeader(a.title()).setAutoWidth(true);
        }
        grid.setItems(board.members());
        if (board.assignments().isEmpty()) {
            var note = new Paragraph("Assign a quiz to follow who has done it.");
            note.addClassName("muted");
            return note;
        }
        return grid;
    }

    static Component progressCell(long cohortId, CohortDashboard.Cell cell) {
        String theme = switch (cell.state()) {
            case DONE -> "success";
            case DONE_LATE -> "warning";
            case OVERDUE -> "error";
            case IN_PROGRESS -> "";
            case NOT_STARTED -> "contrast";
        };
        var badge = Parts.badge(cell.state().title(), theme + " small");
        var box = new Div(badge);
        box.addClassName("progress-cell");
        if (cell.bestPercent() != null && cell.bestAttemptId() != null) {
            var score = new Anchor("cohorts/" + cohortId + "/attempts/" + cell.bestAttemptId(), Parts.percent(cell.bestPercent()));
            score.addClassName("progress-score");
            score.setTitle("Open the best attempt");
            box.add(score);
        }
        if (cell.attempts() > 1 || (cell.attempts() == 1 && cell.state() == AssignmentState.IN_PROGRESS)) {
            var attempts = new Span(cell.attempts() + (cell.attempts() == 1 ? " attempt" : " attempts"));
            attempts.addClassName("muted");
            box.add(attempts);
        }
        return box;
    }

    private Component heatMap() {
        var map = board.heatMap();
        var grid = new Grid<CohortDashboard.Member>();
        grid.setId("cohort-heatmap");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CohortDashboard.Member::name).setHeader("Student").setAutoWidth(true).setFrozen(true);
        for (var topic : map.topics().entrySet()) {
            grid.addComponentColumn(m -> heatCell(map, map.level(m.userId(), topic.getKey())))
                    .setHeader(topic.getValue()).setAutoWidth(true).setTextAlign(ColumnTextAlign.CENTER);
        }
        grid.setItems(board.members());
        var legend = new Div();
        legend.addClassName("heat-legend");
        legend.add(heatSwatch("heat-none", "No evidence yet"), heatSwatch("heat-below", "Below " + first(map)));
        for (int i = 0; i < map.roles().size(); i++) {
            legend.add(heatSwatch("heat-role-" + Math.min(i, 2), "Meets " + map.roles().get(i)));
        }
        var note = new Paragraph("Each cell is the student's estimated ability in the topic, from everything they have "
                + "answered (exams and checks in full, first practice tries at a quarter), compared with each role's "
                + "requirement. Hover a cell for the estimate and its uncertainty; pale cells rest on fewer than five answers.");
        note.addClassName("muted");
        return new Div(legend, grid, note);
    }

    private static String first(CohortDashboard.HeatMap map) {
        return map.roles().isEmpty() ? "every role" : map.roles().getFirst();
    }

    private static Component heatSwatch(String className, String label) {
        var swatch = new Span();
        swatch.addClassNames("heat-swatch", className);
        return new Span(swatch, new Span(label));
    }

    static Component heatCell(CohortDashboard.HeatMap map, CohortDashboard.@org.jspecify.annotations.Nullable TopicLevel level) {
        var cell = new Span();
        cell.addClassName("heat-cell");
        if (level == null || level.reached() == null) {
            cell.addClassName("heat-none");
            cell.setText("–");
            cell.setTitle("No answers in this topic yet");
            return cell;
        }
        int reached = level.reached();
        cell.addClassName(reached < 0 ? "heat-below" : "heat-role-" + Math.min(reached, 2));
        if (level.evidence() < 5) {
            cell.addClassName("heat-thin");
        }
        cell.setText(CohortService.levelTitle(map.roles(), reached).replace("Below ", "< "));
        cell.setTitle(String.format(Locale.ENGLISH, "ability %.2f ± %.2f logits, from %.1f weighted answers",
                level.theta(), level.standardError(), level.evidence()));
        return cell;
    }

    private Component members() {
        var grid = new Grid<CohortDashboard.Member>();
        grid.setId("cohort-members");
        grid.setAllRowsVisible(true);
        grid.addColumn(CohortDashboard.Member::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(CohortDashboard.Member::email).setHeader("Email").setAutoWidth(true);
        grid.addColumn(m -> Parts.when(m.joinedAt(), "")).setHeader("Joined").setAutoWidth(true);
        grid.addComponentColumn(m -> {
            var remove = new Button("Remove", VaadinIcon.CLOSE_SMALL.create(), e -> {
                var confirm = new ConfirmDialog("Remove " + m.name() + " from the cohort?",
                        "They stop seeing its quizzes; their attempts are kept. They can rejoin with the invite code "
                                + "while joining is open.", "Remove",
                        ok -> {
                            cohorts.removeMember(cohortId, m.userId());
                            reload();
                        }, "Cancel", no -> {});
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(board.members());
        return grid;
    }

    private void openRename() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Rename cohort");
        var name = new TextField("Name", board.cohort().name(), "");
        name.setMaxLength(CohortService.MAX_NAME);
        name.setWidth("min(26rem, 80vw)");
        var save = new Button("Save", e -> {
            try {
                cohorts.rename(cohortId, name.getValue());
                dialog.close();
                reload();
            } catch (CohortException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void openAssign() {
        var available = cohorts.assignable(cohortId);
        var dialog = new Dialog();
        dialog.setHeaderTitle("Assign a quiz");
        if (available.isEmpty()) {
            dialog.add(new Paragraph("No published quiz is left to assign. Build and publish one under Quizzes."));
            var go = new Button("Go to Quizzes", e -> {
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("quizzes"));
            });
            dialog.getFooter().add(new Button("Close", e -> dialog.close()), go);
            dialog.open();
            return;
        }
        var quiz = new Select<CourseQuizSummary>();
        quiz.setId("assign-quiz");
        quiz.setLabel("Quiz");
        quiz.setItems(available);
        quiz.setItemLabelGenerator(q -> q.title() + " (" + q.questions() + " questions)");
        quiz.setWidth("min(28rem, 80vw)");
        var due = new DateTimePicker("Due (optional)");
        due.setId("assign-due");
        var error = new Span();
        error.addClassName("form-error");
        var assign = new Button("Assign", e -> {
            if (quiz.getValue() == null) {
                error.setText("Choose a quiz.");
                return;
            }
            if (due.isInvalid()) {
                error.setText("Complete the due date with a time, or clear it.");
                return;
            }
            try {
                cohorts.assign(cohortId, quiz.getValue().id(), Parts.instant(due.getValue()));
                dialog.close();
                reload();
                Parts.success("Assigned: the cohort's students see it now.");
            } catch (CohortException ex) {
                error.setText(ex.getMessage());
            }
        });
        assign.setId("assign-confirm");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var content = new Div(quiz, due, error);
        content.addClassName("dialog-stack");
        dialog.add(content);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), assign);
        dialog.open();
    }

    private void openDueDate(CohortDashboard.Assignment assignment) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Due date: " + assignment.title());
        var due = new DateTimePicker("Due");
        due.setValue(Parts.local(assignment.dueAt()));
        var save = new Button("Save", e -> {
            if (due.isInvalid()) {
                Parts.error("Complete the date with a time, or clear it for no due date.");
                return;
            }
            cohorts.changeDueDate(assignment.assignmentId(), Parts.instant(due.getValue()));
            dialog.close();
            reload();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(due);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
