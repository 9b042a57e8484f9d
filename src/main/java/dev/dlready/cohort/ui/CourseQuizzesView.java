package dev.dlready.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.cohort.CohortException;
import dev.dlready.cohort.CourseQuizService;
import dev.dlready.cohort.CourseQuizSummary;
import dev.dlready.cohort.QuizSettings;
import jakarta.annotation.security.RolesAllowed;

/** The instructor's quizzes: drafts and published ones, how many cohorts have them and how many attempts came in. */
@Route("quizzes")
@PageTitle("Quizzes")
@Menu(order = 42, icon = "vaadin:list-ol", title = "Quizzes")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class CourseQuizzesView extends Main {

    private final CourseQuizService quizzes;
    private final Grid<CourseQuizSummary> grid = new Grid<>();
    private final Div empty = new Div();

    public CourseQuizzesView(CourseQuizService quizzes) {
        this.quizzes = quizzes;
        addClassNames("page", "quizzes-page");
        var create = new Button("New quiz", VaadinIcon.PLUS.create(), e -> openCreate());
        create.setId("quiz-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("Quizzes"), create);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        var intro = new Paragraph("Build quizzes from the question bank, by hand or by rule, set their time, attempts, "
                + "feedback and dates, publish them and assign them to your cohorts.");
        intro.addClassName("muted");
        add(header, intro);

        empty.addClassName("empty-state");
        empty.add(new H3("No quizzes yet"),
                new Paragraph("Start with \"New quiz\": give it a title, then add questions from the bank."));
        grid.setId("quiz-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CourseQuizSummary::title).setHeader("Title").setFlexGrow(1).setAutoWidth(true);
        grid.addComponentColumn(q -> q.published() ? Parts.badge("Published", "success") : Parts.badge("Draft", "contrast"))
                .setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CourseQuizSummary::questions).setHeader("Questions").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CourseQuizSummary::cohorts).setHeader("Cohorts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CourseQuizSummary::attempts).setHeader("Attempts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> Parts.when(q.updatedAt(), "")).setHeader("Changed").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(q -> {
            var stats = new Button("Statistics", VaadinIcon.BAR_CHART.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("quizzes/" + q.id() + "/statistics")));
            stats.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return stats;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("quizzes/" + e.getItem().id())));
        grid.setAllRowsVisible(true);
        add(empty, grid);
        refresh();
    }

    private void refresh() {
        var all = quizzes.myQuizzes();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private void openCreate() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("New quiz");
        var title = new TextField("Title");
        title.setId("quiz-new-title");
        title.setMaxLength(QuizSettings.MAX_TITLE);
        title.setWidth("min(28rem, 80vw)");
        title.setPlaceholder("e.g. Week 3: attention and positional encodings");
        var create = new Button("Create", e -> {
            try {
                long id = quizzes.create(QuizSettings.defaults(title.getValue()));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("quizzes/" + id));
            } catch (CohortException ex) {
                title.setErrorMessage(ex.getMessage());
                title.setInvalid(true);
            }
        });
        create.setId("quiz-new-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(title);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), create);
        dialog.open();
        title.focus();
    }
}
