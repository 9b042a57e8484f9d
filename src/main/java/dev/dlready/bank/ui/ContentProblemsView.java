package dev.dlready.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.dlready.bank.BankService;
import dev.dlready.bank.ContentSync;
import dev.dlready.content.ContentProblem;
import jakarta.annotation.security.RolesAllowed;

/** Instructors and administrators see every problem in the quiz files; administrators can reload the files. */
@Route("bank/problems")
@PageTitle("Content problems")
@Menu(order = 50, icon = "vaadin:file-text-o", title = "Content problems")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class ContentProblemsView extends Main {

    private final BankService bank;
    private final Grid<ContentProblem> grid = new Grid<>();
    private final Paragraph status = new Paragraph();
    private final Div empty = new Div();

    public ContentProblemsView(BankService bank, ContentSync sync, AuthenticationContext authentication) {
        this.bank = bank;
        addClassName("page");
        status.setId("content-status");
        var intro = new Paragraph("Quiz files live in the quizzes/ folder and are checked whenever DL Ready starts. "
                + "A file with a problem is skipped until it is fixed; the rest of the bank keeps working. "
                + "The same check runs from the command line: ./mvnw -q compile exec:java -Dexec.args=\"validate quizzes\".");
        intro.addClassName("muted");
        add(intro, status);
        if (authentication.hasRole("ADMIN")) {
            var reload = new Button("Reload quiz files", VaadinIcon.REFRESH.create(), e -> {
                var report = sync.reload();
                Notification.show(report.toString(), 6000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(report.problems() == 0 ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
                refresh();
            });
            reload.setId("content-reload");
            add(reload);
        }
        grid.setId("content-problems");
        grid.addColumn(ContentProblem::file).setHeader("File").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(ContentProblem::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ContentProblem::field).setHeader("Field").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ContentProblem::message).setHeader("What to fix").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        empty.setId("content-clean");
        empty.addClassName("empty-state");
        empty.add(new H3("No content problems"), new Paragraph("Every quiz file loaded cleanly."));
        add(empty, grid);
        refresh();
    }

    private void refresh() {
        var problems = bank.contentProblems();
        var overview = bank.overview();
        status.setText(overview.activeQuestions() + " questions in " + overview.topics() + " topics are available. "
                + (problems.isEmpty() ? "No problems found." : problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found:"));
        grid.setItems(problems);
        grid.setVisible(!problems.isEmpty());
        empty.setVisible(problems.isEmpty());
    }
}
