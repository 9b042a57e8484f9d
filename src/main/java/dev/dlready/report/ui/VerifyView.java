package dev.dlready.report.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.dlready.report.Verification;
import dev.dlready.report.VerificationService;

/** The public page where anyone checks a report PDF's verification code. */
@Route(value = "verify", autoLayout = false)
@PageTitle("Verify a report | DL Ready")
@AnonymousAllowed
public class VerifyView extends Main implements BeforeEnterObserver {

    private final VerificationService verification;
    private final TextField code = new TextField("Verification code");
    private final Div result = new Div();

    public VerifyView(VerificationService verification) {
        this.verification = verification;
        addClassName("auth-page");
        var logo = new Image("icons/favicon.svg", "");
        logo.addClassName("auth-logo");
        var card = new Div(logo, new H1("Verify a readiness report"),
                new Paragraph("Enter the code printed on a DL Ready report PDF to check that DL Ready issued it, "
                        + "that the candidate still shares it, and that it is still current."));
        card.addClassNames("auth-card", "verify-card");
        code.setId("verify-code");
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX");
        code.setMaxLength(40);
        code.setWidthFull();
        var check = new Button("Check", e -> check());
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        var form = new HorizontalLayout(code, check);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWidthFull();
        form.expand(code);
        result.setId("verify-result");
        result.getElement().setAttribute("aria-live", "polite");
        card.add(form, result, new Paragraph(new Anchor("login", "Sign in to DL Ready")));
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(value -> {
            code.setValue(value.length() > 40 ? value.substring(0, 40) : value);
            check();
        });
    }

    private void check() {
        result.removeAll();
        result.setClassName("verify-result");
        var outcome = verification.verify(code.getValue());
        String headline;
        String detail;
        switch (outcome.outcome()) {
            case GENUINE_AND_CURRENT -> {
                headline = "Genuine and current";
                detail = "DL Ready issued this report on " + ReportParts.DATE_TIME.format(outcome.issuedAt()) + " for "
                        + outcome.candidateName() + " (" + outcome.recommendation() + "). The candidate still shares it, "
                        + "and no new evidence has changed it since.";
                result.addClassName("verify-good");
            }
            case GENUINE_BUT_OUTDATED -> {
                headline = "Genuine, but no longer current";
                detail = "DL Ready issued this report on " + ReportParts.DATE_TIME.format(outcome.issuedAt()) + " for "
                        + outcome.candidateName() + " (" + outcome.recommendation() + "). The candidate still shares it, "
                        + "but newer exams have changed it: ask for a fresh copy.";
                result.addClassName("verify-warn");
            }
            case GENUINE_BUT_WITHDRAWN -> {
                headline = "Genuine, but withdrawn";
                detail = "DL Ready issued this report on " + ReportParts.DATE_TIME.format(outcome.issuedAt())
                        + ", but the candidate no longer shares it, so its details are not shown.";
                result.addClassName("verify-warn");
            }
            case UNKNOWN -> {
                headline = "Not a DL Ready report";
                detail = "No report was issued with this code. Check that it was typed exactly as printed; "
                        + "a PDF whose code does not verify may have been altered.";
                result.addClassName("verify-bad");
            }
            default -> {
                headline = "This is not a verification code";
                detail = "A code has 16 letters and digits in four groups, like 7KQ2-MX9D-P4RT-WB3H.";
                result.addClassName("verify-bad");
            }
        }
        var title = new Paragraph(headline);
        title.setId("verify-outcome");
        title.addClassName("verify-headline");
        result.add(title, new Paragraph(detail));
        result.getElement().setAttribute("data-outcome", outcome.outcome().name());
    }
}
