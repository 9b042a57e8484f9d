package dev.dlready.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.cohort.CohortException;
import dev.dlready.cohort.StudentCohortService;
import jakarta.annotation.security.RolesAllowed;

/** Where an invite link leads: which cohort it is, and a button to join it. */
@Route("join/:code")
@PageTitle("Join a cohort")
@RolesAllowed("STUDENT")
public class JoinCohortView extends Main implements BeforeEnterObserver {

    private final StudentCohortService cohorts;

    public JoinCohortView(StudentCohortService cohorts) {
        this.cohorts = cohorts;
        addClassNames("page", "join-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        var card = new Div();
        card.addClassName("join-card");
        card.setId("join-card");
        add(card);
        try {
            var invite = cohorts.invite(code);
            card.add(new H2(invite.cohortName()));
            card.add(new Paragraph("A cohort of " + invite.instructorName() + ", with " + invite.members()
                    + (invite.members() == 1 ? " student" : " students") + ". Joining lets your instructor assign you "
                    + "quizzes and see your scores and your readiness per topic in this cohort."));
            if (invite.alreadyMember()) {
                card.add(new Paragraph("You are already in this cohort."));
                card.add(new Anchor("assignments", "Go to your assigned quizzes"));
            } else if (!invite.joiningOpen()) {
                card.add(new Paragraph("This cohort is not taking new members at the moment. Ask your instructor to open joining."));
            } else {
                var join = new Button("Join " + invite.cohortName(), e -> {
                    try {
                        cohorts.join(code);
                        Parts.success("You joined " + invite.cohortName() + ".");
                        getUI().ifPresent(ui -> ui.navigate("assignments"));
                    } catch (CohortException ex) {
                        Parts.error(ex.getMessage());
                    }
                });
                join.setId("join-confirm");
                join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                card.add(join);
            }
        } catch (CohortException ex) {
            card.add(new H2("Invite not found"), new Paragraph(ex.getMessage()),
                    new Anchor("assignments", "Type a code on your Assigned quizzes page"));
        }
    }
}
