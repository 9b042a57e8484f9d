package dev.dlready.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.report.ApiTokenService;
import dev.dlready.report.ApiTokenSummary;
import dev.dlready.report.ReportException;
import jakarta.annotation.security.RolesAllowed;

/** A recruiter's tokens for the read-only JSON API: create one per tool (shown once), see when each was used, revoke. */
@Route("api-tokens")
@PageTitle("API tokens")
@Menu(order = 2, icon = "vaadin:key", title = "API tokens")
@RolesAllowed("RECRUITER")
public class ApiTokensView extends Main {

    private final ApiTokenService tokens;
    private final Grid<ApiTokenSummary> grid = new Grid<>();
    private final Div created = new Div();

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassNames("page", "api-tokens-page");
        add(new H2("API tokens"));
        var intro = new Paragraph("Your own tools can read the candidates who share with you through a read-only JSON API, "
                + "under the same rules as these pages: a revoked or expired share hides the candidate from the API too, "
                + "and every report read is shown to the candidate. Give each tool its own token and revoke it when the "
                + "tool no longer needs it.");
        intro.addClassName("muted");
        add(intro);

        var name = new TextField("Token name");
        name.setId("token-name");
        name.setPlaceholder("e.g. ATS import");
        name.setMaxLength(ApiTokenService.NAME_MAX);
        var create = new Button("Create token", VaadinIcon.KEY.create(), e -> {
            try {
                var token = tokens.create(name.getValue());
                name.clear();
                name.setInvalid(false);
                showCreated(token.token());
                refresh();
            } catch (ReportException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            }
        });
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        created.setId("token-created");
        add(form, created);

        grid.setId("token-grid");
        grid.addColumn(ApiTokenSummary::name).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(t -> t.prefix() + "…").setHeader("Token").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> ReportParts.date(t.createdAt())).setHeader("Created").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.lastUsedAt() == null ? "Never" : ReportParts.DATE_TIME.format(t.lastUsedAt()))
                .setHeader("Last used").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ApiTokensView::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No tokens yet.");
        add(new H3("Your tokens"), grid);

        add(new H3("Using the API"));
        add(new Paragraph(new Span("Send the token in the Authorization header. The endpoints and fields are described in "),
                new Anchor("api/v1/openapi.json", "the OpenAPI description"), new Span(".")));
        var example = new Pre(String.join("\n",
                "curl -H \"Authorization: Bearer dlr_...\" \"https://dlready.example/api/v1/candidates?sort=overall&size=20\"",
                "curl -H \"Authorization: Bearer dlr_...\" \"https://dlready.example/api/v1/candidates/42\"",
                "curl -H \"Authorization: Bearer dlr_...\" -o report.pdf \"https://dlready.example/api/v1/candidates/42/pdf\""));
        example.addClassName("code-example");
        add(example);
        refresh();
    }

    private void showCreated(String token) {
        created.removeAll();
        var field = new TextField("Your new token (shown once: copy it now)");
        field.setId("token-value");
        field.setValue(token);
        field.setReadOnly(true);
        field.setWidthFull();
        created.add(field);
        Notification.show("Token created. Store it now: it cannot be shown again.", 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static Span status(ApiTokenSummary token) {
        var badge = new Span(token.active() ? "Active" : "Revoked");
        badge.getElement().getThemeList().add(token.active() ? "badge success" : "badge contrast");
        return badge;
    }

    private Component revokeButton(ApiTokenSummary token) {
        if (!token.active()) {
            return new Span();
        }
        var revoke = new Button("Revoke", e -> {
            tokens.revoke(token.id());
            Notification.show("Revoked " + token.name() + ": requests with it are refused from now on.", 4000,
                    Notification.Position.BOTTOM_START);
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setAriaLabel("Revoke token " + token.name());
        return revoke;
    }

    private void refresh() {
        grid.setItems(tokens.tokens());
    }
}
