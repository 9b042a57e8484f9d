package dev.dlready.home.ui;

import com.vaadin.flow.component.Component;
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
import dev.dlready.account.CurrentUser;
import dev.dlready.account.Role;
import dev.dlready.account.SignedInUser;
import dev.dlready.account.UserAdminService;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/** The first page after sign-in; what it shows depends on the role. */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends Main {

    public HomeView(CurrentUser currentUser, ObjectProvider<UserAdminService> userAdmin) {
        addClassName("page");
        SignedInUser user = currentUser.require();
        var greeting = new H2("Welcome, " + firstName(user.displayName()));
        greeting.addClassName("home-greeting");
        add(greeting);
        add(switch (user.role()) {
            case STUDENT -> studentHome();
            case INSTRUCTOR -> instructorHome();
            case RECRUITER -> recruiterHome();
            case ADMIN -> adminHome(userAdmin.getObject());
        });
    }

    private static Component studentHome() {
        var home = new Div();
        home.setId("student-home");
        home.addClassName("home-panel");
        home.add(new Paragraph("Keep practising: short daily sessions across the skills an intern or entry-level "
                + "deep-learning engineer is hired for."));
        return home;
    }

    private static Component instructorHome() {
        var home = new Div();
        home.setId("instructor-home");
        home.addClassName("home-panel");
        home.add(new Paragraph("Your quizzes and cohorts."));
        return home;
    }

    private static Component recruiterHome() {
        var home = new Div();
        home.setId("recruiter-home");
        home.addClassName("home-panel");
        var empty = new Div(
                new H3("No candidates have shared a report with you yet"),
                new Paragraph("Candidates decide who sees their readiness report. When one shares it with you, "
                        + "they appear here with their recommendation and the evidence behind it."));
        empty.addClassName("empty-state");
        home.add(empty);
        return home;
    }

    private static Component adminHome(UserAdminService users) {
        var home = new Div();
        home.setId("admin-home");
        home.addClassName("home-panel");
        var stats = new Div();
        stats.addClassName("stat-row");
        Map<Role, Long> counts = users.countByRole();
        for (Role role : Role.values()) {
            var value = new Span(String.valueOf(counts.getOrDefault(role, 0L)));
            value.addClassName("stat-value");
            var label = new Span(role.title() + (counts.getOrDefault(role, 0L) == 1 ? "" : "s"));
            label.addClassName("stat-label");
            var card = new Div(value, label);
            card.addClassName("stat-card");
            stats.add(card);
        }
        home.add(stats, new Paragraph(new Anchor("admin/users", "Manage users"),
                new Span(": search accounts, create instructor and recruiter accounts, change roles, disable accounts.")));
        return home;
    }

    private static String firstName(String displayName) {
        int space = displayName.indexOf(' ');
        return space > 0 ? displayName.substring(0, space) : displayName;
    }
}
