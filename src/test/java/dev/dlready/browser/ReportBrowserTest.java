package dev.dlready.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import dev.dlready.report.ReportFixture;
import dev.dlready.report.ShareService;
import dev.dlready.support.BrowserTest;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class ReportBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ShareService sharing;

    @Test
    void a_student_shares_the_recruiter_opens_the_report_and_pdf_and_loses_access_when_the_student_revokes() throws Exception {
        var fixture = ReportFixture.from(context);
        var candidate = fixture.student("Bea Browser");
        fixture.sitExam(candidate, List.of("cuda", "transformers", "distributed-training"), 6);
        var recruiter = fixture.recruiter("Rob Browser", "");

        // The student shares with the recruiter by email.
        signIn(candidate.email(), ReportFixture.PASSWORD);
        open("sharing");
        page.locator("#share-email input").fill(recruiter.email());
        page.locator("#share-email-button").click();
        assertThat(page.locator("#share-grid")).containsText("Rob Browser");
        assertThat(page.locator("#share-grid")).containsText("Active");

        // The recruiter finds the candidate in the list and opens the report.
        Page recruiterPage = secondBrowser();
        signIn(recruiterPage, recruiter.email(), ReportFixture.PASSWORD);
        open(recruiterPage, "candidates");
        assertThat(recruiterPage.locator("#candidate-total")).hasText("1 candidate");
        recruiterPage.locator("#candidate-grid").getByText("Bea Browser").click();
        recruiterPage.waitForURL("**/candidates/" + candidate.id());
        assertThat(recruiterPage.locator("#report-candidate")).hasText("Bea Browser");
        assertThat(recruiterPage.locator("#report-call")).containsText("chance");
        assertThat(recruiterPage.locator("#report-topics .topic-row")).hasCount(12);
        assertThat(recruiterPage.locator("#report-evidence")).containsText("answered 6 of 6");
        screenshot(recruiterPage, "ReportBrowserTest-report");

        // The recruiter downloads the PDF; its code verifies on the public page.
        var download = recruiterPage.waitForDownload(() -> recruiterPage.locator("#report-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        Files.write(java.nio.file.Path.of("target", "screenshots", "ReportBrowserTest-report.pdf"), pdf);
        String code;
        try (var document = Loader.loadPDF(pdf)) {
            var matcher = Pattern.compile("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}")
                    .matcher(new PDFTextStripper().getText(document));
            assertThat(matcher.find()).isTrue();
            code = matcher.group();
        }
        Page anyone = secondBrowser();
        open(anyone, "verify?code=" + code);
        assertThat(anyone.locator("#verify-outcome")).hasText("Genuine and current");
        screenshot(anyone, "ReportBrowserTest-verify");

        // The student sees the access and revokes; the recruiter loses access at once.
        open("sharing");
        assertThat(page.locator("#access-log")).containsText("Downloaded your report as PDF");
        assertThat(page.locator("#access-log")).containsText("Opened your report");
        page.locator(".revoke-share").first().click();
        assertThat(page.locator("#share-grid")).containsText("Revoked");

        recruiterPage.reload();
        assertThat(recruiterPage.locator("#not-found")).isVisible();
        assertThat(recruiterPage.locator("#report-candidate")).hasCount(0);
        open(recruiterPage, "candidates");
        assertThat(recruiterPage.locator("#candidate-total")).hasText("0 candidates");
        assertThat(recruiterPage.content()).doesNotContain("Bea Browser");

        open(anyone, "verify?code=" + code);
        assertThat(anyone.locator("#verify-outcome")).hasText("Genuine, but withdrawn");
        assertThat(anyone.content()).doesNotContain("Bea Browser");
    }

    @Test
    void the_sharing_report_and_verification_pages_have_no_serious_accessibility_violations() throws Exception {
        var fixture = ReportFixture.from(context);
        var candidate = fixture.student("Ada Access");
        fixture.sitExam(candidate, List.of("math-foundations"), 2);
        var recruiter = fixture.recruiter("Axel Access", "");
        fixture.run(candidate, () -> sharing.shareWithRecruiter(recruiter.email(), null));

        signIn(candidate.email(), ReportFixture.PASSWORD);
        open("sharing");
        assertThat(page.locator("#share-grid")).containsText("Axel Access");
        assertThat(seriousViolations(page)).isEmpty();

        Page recruiterPage = secondBrowser();
        signIn(recruiterPage, recruiter.email(), ReportFixture.PASSWORD);
        open(recruiterPage, "candidates");
        assertThat(recruiterPage.locator("#candidate-grid")).containsText("Ada Access");
        assertThat(seriousViolations(recruiterPage)).isEmpty();
        open(recruiterPage, "candidates/" + candidate.id());
        assertThat(recruiterPage.locator("#report-candidate")).isVisible();
        assertThat(seriousViolations(recruiterPage)).isEmpty();
        open(recruiterPage, "verify");
        assertThat(seriousViolations(recruiterPage)).isEmpty();
    }

    private static List<String> seriousViolations(Page of) {
        return new AxeBuilder(of).analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }

    @Test
    void a_recruiter_filters_the_list_and_compares_two_candidates() throws Exception {
        var fixture = ReportFixture.from(context);
        var organisation = "Compare Org " + System.nanoTime();
        var recruiter = fixture.recruiter("Cora Compare", organisation);
        var first = fixture.student("Alma First");
        fixture.sitExam(first, List.of("cuda", "autograd"), 4);
        var second = fixture.student("Bert Second");
        fixture.sitExam(second, List.of("diffusion", "compression"), 4);
        fixture.run(first, () -> sharing.shareWithOrganisation(organisation, null));
        fixture.run(second, () -> sharing.shareWithOrganisation(organisation, null));

        signIn(recruiter.email(), ReportFixture.PASSWORD);
        open("candidates");
        assertThat(page.locator("#candidate-total")).hasText("2 candidates");
        page.locator("#filter-sort").click();
        page.locator("vaadin-select-item[role='option']:visible").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Name")).click();
        screenshot(page, "ReportBrowserTest-candidates");
        page.locator("#candidate-grid vaadin-checkbox").nth(1).click();
        page.locator("#candidate-grid vaadin-checkbox").nth(2).click();
        page.locator("#compare-button").click();
        page.waitForURL("**/compare?ids=*");
        assertThat(page.locator("#compare-table")).containsText("Alma First");
        assertThat(page.locator("#compare-table")).containsText("Bert Second");
        assertThat(page.locator("#compare-table .ability-track")).hasCount(22);
    }

    @Test
    void a_student_creates_a_link_and_a_recruiter_who_opens_it_sees_the_report() throws Exception {
        var fixture = ReportFixture.from(context);
        var candidate = fixture.student("Lena Link");
        fixture.sitExam(candidate, List.of("reproducibility"), 2);
        var recruiter = fixture.recruiter("Lars Link", "");

        signIn(candidate.email(), ReportFixture.PASSWORD);
        open("sharing");
        page.locator("#share-link-button").click();
        String link = page.locator("#share-link-url input").inputValue();
        assertThat(link).contains("/shared/");
        screenshot(page, "ReportBrowserTest-sharing");

        Page recruiterPage = secondBrowser();
        signIn(recruiterPage, recruiter.email(), ReportFixture.PASSWORD);
        recruiterPage.waitForURL(url(""));
        open(recruiterPage, link.substring(link.indexOf("shared/")));
        recruiterPage.waitForURL("**/candidates/" + candidate.id());
        assertThat(recruiterPage.locator("#report-candidate")).hasText("Lena Link");
        open(recruiterPage, "api-tokens");
        recruiterPage.locator("#token-name input").fill("ATS import");
        recruiterPage.locator("#token-create").click();
        assertThat(recruiterPage.locator("#token-value input")).hasValue(Pattern.compile("dlr_.+"));
        screenshot(recruiterPage, "ReportBrowserTest-api-tokens");
    }
}
