package dev.dlready.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.report.RecruiterReportService;
import jakarta.annotation.security.RolesAllowed;

/** Where a candidate's share link leads: a signed-in recruiter is let in and sent to the report. */
@Route("shared/:token")
@PageTitle("Shared report")
@RolesAllowed("RECRUITER")
public class SharedLinkView extends Main implements BeforeEnterObserver {

    private final RecruiterReportService reports;

    public SharedLinkView(RecruiterReportService reports) {
        this.reports = reports;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        var candidate = token.length() > 100 ? java.util.Optional.<Long>empty() : reports.openLink(token);
        if (candidate.isPresent()) {
            event.forwardTo("candidates/" + candidate.get());
            return;
        }
        var message = new Div(new H2("This link does not open a report"),
                new Paragraph("It may have expired, or the candidate may have withdrawn it. Ask the candidate for a new link."),
                new Anchor("candidates", "Go to your candidates"));
        message.setId("shared-link-invalid");
        message.addClassName("empty-state");
        add(message);
    }
}
