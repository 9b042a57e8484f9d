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
import dev.dlready.cohort.CohortService;
import dev.dlready.cohort.CohortSummary;
import jakarta.annotation.security.RolesAllowed;

/** The instructor's cohorts, with their invite codes and sizes. */
@Route("cohorts")
@PageTitle("Cohorts")
@Menu(order = 45, icon = "vaadin:group", title = "Cohorts")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class CohortsView extends Main {

    private final CohortService cohorts;
    private final Grid<CohortSummary> grid = new Grid<>();
    private final Div empty = new Div();

    public CohortsView(CohortService cohorts) {
        this.cohorts = cohorts;
        addClassNames("page", "cohorts-page");
        var create = new Button("New cohort", VaadinIcon.PLUS.create(), e -> openCreate());
        create.setId("cohort-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("Cohorts"), create);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        var intro = new Paragraph("A cohort is a group of your students. They join with its invite code or link; you "
                + "assign quizzes with due dates and follow who did what, and where each student stands per topic.");
        intro.addClassName("muted");
        add(header, intro);
        empty.addClassName("empty-state");
        empty.add(new H3("No cohorts yet"),
                new Paragraph("Create one, then share its invite link with your students."));
        grid.setId("cohort-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CohortSummary::name).setHeader("Name").setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(CohortSummary::members).setHeader("Students").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CohortSummary::assignments).setHeader("Quizzes").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CohortSummary::inviteCode).setHeader("Invite code").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> c.joiningOpen() ? Parts.badge("Open to join", "success")
                        : Parts.badge("Closed to new members", "contrast"))
                .setHeader("Joining").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cohorts/" + e.getItem().id())));
        grid.setAllRowsVisible(true);
        add(empty, grid);
        var all = cohorts.myCohorts();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private void openCreate() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("New cohort");
        var name = new TextField("Name");
        name.setId("cohort-new-name");
        name.setMaxLength(CohortService.MAX_NAME);
        name.setWidth("min(26rem, 80vw)");
        name.setPlaceholder("e.g. Spring 2027 evening group");
        var create = new Button("Create", e -> {
            try {
                long id = cohorts.create(name.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("cohorts/" + id));
            } catch (CohortException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            }
        });
        create.setId("cohort-new-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), create);
        dialog.open();
        name.focus();
    }
}
