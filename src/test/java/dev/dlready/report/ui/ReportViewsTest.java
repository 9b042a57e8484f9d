package dev.dlready.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.dlready.report.ReportFixture;
import dev.dlready.report.ShareService;
import dev.dlready.report.ShareSummary;
import dev.dlready.support.ViewTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportViewsTest extends ViewTest {

    @Autowired
    ShareService sharing;

    @Autowired
    dev.dlready.support.TestClock clock;

    ReportFixture fixture;
    ReportFixture.Person candidate;
    ReportFixture.Person recruiter;

    @BeforeEach
    void candidateAndRecruiter() {
        fixture = ReportFixture.from(context);
        candidate = fixture.student("Vera View");
        fixture.sitExam(candidate, List.of("diffusion"), 3);
        recruiter = fixture.recruiter("Ray Viewer", "");
    }

    @Test
    void without_a_share_the_report_page_is_not_found_like_any_unknown_candidate() {
        signInAs(recruiter.email());
        UI.getCurrent().navigate("candidates/" + candidate.id());
        assertThat(currentView().getClass().getSimpleName()).isEqualTo("NotFoundView");

        UI.getCurrent().navigate("candidates/999999999");
        assertThat(currentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void a_student_shares_by_email_on_the_sharing_page_and_the_recruiter_opens_the_report() {
        signInAs(candidate.email());
        UI.getCurrent().navigate("sharing");
        _get(EmailField.class, s -> s.withId("share-email")).setValue(recruiter.email());
        _click(_get(Button.class, s -> s.withId("share-email-button")));
        @SuppressWarnings("unchecked")
        Grid<ShareSummary> grid = _get(Grid.class, s -> s.withId("share-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).sharedWith()).contains("Ray Viewer");

        signInAs(recruiter.email());
        UI.getCurrent().navigate("candidates/" + candidate.id());
        assertThat(_get(H2.class, s -> s.withId("report-candidate")).getText()).isEqualTo("Vera View");
        assertThat(_get(Div.class, s -> s.withId("report-call")).getElement().getTextRecursively())
                .contains("chance");
        assertThat(_get(Div.class, s -> s.withId("report-evidence")).getElement().getTextRecursively())
                .contains("Timed exam").contains("answered 3 of 3");
        assertThat(_get(Anchor.class, s -> s.withId("report-pdf")).getHref()).isNotBlank();
    }

    @Test
    void a_revoked_share_closes_the_report_page_at_once() {
        var share = fixture.as(candidate, () -> sharing.shareWithRecruiter(recruiter.email(), null));
        fixture.run(candidate, () -> sharing.revoke(share.id()));

        signInAs(recruiter.email());
        UI.getCurrent().navigate("candidates/" + candidate.id());
        assertThat(currentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        UI.getCurrent().navigate("candidates");
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("candidate-grid")))).isZero();
    }

    @Test
    void an_expired_link_closes_the_report_page_and_the_link_itself() {
        var link = fixture.as(candidate, () -> sharing.createLink(java.time.Duration.ofDays(7)));
        signInAs(recruiter.email());
        UI.getCurrent().navigate(link.path());
        assertThat(currentView().getClass().getSimpleName()).isEqualTo("CandidateReportView");

        clock.advance(java.time.Duration.ofDays(8));

        UI.getCurrent().navigate("candidates/" + candidate.id());
        assertThat(currentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        UI.getCurrent().navigate(link.path());
        assertThat(_get(Div.class, s -> s.withId("shared-link-invalid")).getElement().getTextRecursively())
                .contains("may have expired");
    }

    @Test
    void a_student_previews_the_report_as_recruiters_see_it_without_it_being_recorded() {
        signInAs(candidate.email());
        UI.getCurrent().navigate("sharing/preview");

        assertThat(_get(H2.class, s -> s.withId("preview-title")).getText()).isEqualTo("What recruiters see");
        assertThat(_get(Div.class, s -> s.withId("report-evidence")).getElement().getTextRecursively())
                .contains("answered 3 of 3");
        assertThat(fixture.as(candidate, () -> sharing.accessLog(10))).isEmpty();

        signInAs(recruiter.email());
        UI.getCurrent().navigate("sharing/preview");
        assertThat(currentView().getClass().getSimpleName()).isIn("AccessDeniedView", "NotFoundView");
    }

    @Test
    void a_student_creates_a_link_that_is_shown_once() {
        signInAs(candidate.email());
        UI.getCurrent().navigate("sharing");
        _click(_get(Button.class, s -> s.withId("share-link-button")));

        assertThat(_get(TextField.class, s -> s.withId("share-link-url")).getValue()).contains("/shared/");
    }

    @Test
    void the_verification_page_rejects_a_made_up_code_without_signing_in() {
        UI.getCurrent().navigate("verify", QueryParameters.of("code", "ABCD-EFGH-JKLM-NPQR"));
        assertThat(_get(Paragraph.class, s -> s.withId("verify-outcome")).getText()).isEqualTo("Not a DL Ready report");

        UI.getCurrent().navigate("verify", QueryParameters.of("code", "hello"));
        assertThat(_get(Paragraph.class, s -> s.withId("verify-outcome")).getText())
                .isEqualTo("This is not a verification code");
        assertThat(_find(Div.class, s -> s.withId("verify-result"))).hasSize(1);
    }
}
