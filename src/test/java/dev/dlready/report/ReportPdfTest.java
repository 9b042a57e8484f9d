package dev.dlready.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlready.report.ReportFixture.Person;
import dev.dlready.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The PDF is generated, opens, carries its verification code, and the code verifies until something changes. */
@IntegrationTest
class ReportPdfTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ShareService sharing;

    @Autowired
    RecruiterReportService reports;

    @Autowired
    VerificationService verification;

    ReportFixture fixture;
    Person candidate;
    Person recruiter;
    ShareSummary share;

    @BeforeEach
    void sharedReport() {
        fixture = ReportFixture.from(context);
        candidate = fixture.student("Petra Pdf-Ünal");
        fixture.sitExam(candidate, List.of("cuda", "mixed-precision", "transformers"), 6);
        recruiter = fixture.recruiter("Ron Reader", "");
        share = fixture.as(candidate, () -> sharing.shareWithRecruiter(recruiter.email(), null));
    }

    IssuedPdf download() {
        return fixture.as(recruiter, () -> reports.pdf(candidate.id(), "http://localhost:8080/verify")).orElseThrow();
    }

    @Test
    void the_pdf_opens_shows_the_report_and_its_code_verifies_as_genuine_and_current() throws Exception {
        IssuedPdf pdf = download();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "readiness-report-sample.pdf"), pdf.content());

        assertThat(pdf.content()).startsWith("%PDF".getBytes());
        assertThat(pdf.fileName()).isEqualTo("readiness-petra-pdf-nal.pdf");
        try (var document = Loader.loadPDF(pdf.content())) {
            assertThat(document.getNumberOfPages()).isBetween(1, 3);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Petra Pdf-Ünal", pdf.verificationCode(), "Topics against the role profiles",
                    "CUDA", "Evidence", "Timed exam", "percentile");
            assertThat(text.replaceAll("\\s", "")).contains("http://localhost:8080/verify?code=" + pdf.verificationCode());
        }

        var result = verification.verify(pdf.verificationCode());
        assertThat(result.outcome()).isEqualTo(Verification.Outcome.GENUINE_AND_CURRENT);
        assertThat(result.candidateName()).isEqualTo("Petra Pdf-Ünal");
        assertThat(verification.verify(pdf.verificationCode().toLowerCase().replace("-", " ")).outcome())
                .as("typed in lower case with spaces").isEqualTo(Verification.Outcome.GENUINE_AND_CURRENT);
        assertThat(fixture.as(candidate, () -> sharing.accessLog(5))).extracting(AccessEntry::action)
                .containsExactly(AccessAction.PDF);
    }

    @Test
    void a_tampered_code_fails_verification() {
        String code = download().verificationCode();
        char last = code.charAt(code.length() - 1);
        // Another letter of the code's alphabet, so the code stays well-formed but is not the one issued.
        String tampered = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(verification.verify(tampered).outcome()).isEqualTo(Verification.Outcome.UNKNOWN);
        assertThat(verification.verify(tampered).candidateName()).isNull();
        assertThat(verification.verify("not a code").outcome()).isEqualTo(Verification.Outcome.MALFORMED);
    }

    @Test
    void a_revoked_share_makes_the_code_withdrawn_without_details() {
        String code = download().verificationCode();
        fixture.run(candidate, () -> sharing.revoke(share.id()));

        var result = verification.verify(code);
        assertThat(result.outcome()).isEqualTo(Verification.Outcome.GENUINE_BUT_WITHDRAWN);
        assertThat(result.genuine()).isTrue();
        assertThat(result.candidateName()).isNull();
        assertThat(result.recommendation()).isNull();
        assertThat(fixture.as(recruiter, () -> reports.pdf(candidate.id(), "http://localhost/verify"))).isEmpty();
    }

    @Test
    void new_evidence_makes_an_earlier_pdf_outdated() {
        String code = download().verificationCode();
        fixture.sitExam(candidate, List.of("diffusion"), 2);

        assertThat(verification.verify(code).outcome()).isEqualTo(Verification.Outcome.GENUINE_BUT_OUTDATED);
        assertThat(verification.verify(download().verificationCode()).outcome())
                .isEqualTo(Verification.Outcome.GENUINE_AND_CURRENT);
    }
}
