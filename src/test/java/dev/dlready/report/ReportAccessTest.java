package dev.dlready.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlready.account.Role;
import dev.dlready.attempt.ExamService;
import dev.dlready.attempt.ProgressService;
import dev.dlready.readiness.ReadinessService;
import dev.dlready.report.ReportFixture.Person;
import dev.dlready.support.IntegrationTest;
import dev.dlready.support.TestClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Without an active share a recruiter gets nothing about a candidate, and never changes a candidate's data. */
@IntegrationTest
class ReportAccessTest {

    @Autowired
    ApplicationContext context;

    ReportFixture fixture;

    @Autowired
    ShareService sharing;

    @Autowired
    RecruiterReportService reports;

    @Autowired
    ExamService exams;

    @Autowired
    ReadinessService readiness;

    @Autowired
    ProgressService progress;

    @Autowired
    TestClock clock;

    Person candidate;
    Person recruiter;
    String organisation;

    @BeforeEach
    void candidateWithAnExam() {
        fixture = ReportFixture.from(context);
        candidate = fixture.student("Cara Candidate");
        fixture.sitExam(candidate, List.of("cuda", "transformers"), 4);
        organisation = "Org " + System.nanoTime();
        recruiter = fixture.recruiter("Rex Recruiter", organisation);
    }

    boolean seesAnything(Person who) {
        return fixture.as(who, () -> reports.report(candidate.id()).isPresent()
                || reports.pdf(candidate.id(), "http://localhost/verify").isPresent()
                || reports.countCandidates(CandidateQuery.all()) > 0
                || !reports.candidates(CandidateQuery.all(), 0, 50).isEmpty()
                || !reports.compare(List.of(candidate.id(), candidate.id() + 100_000)).isEmpty());
    }

    @Test
    void a_recruiter_without_a_share_gets_nothing_not_even_that_the_candidate_exists() {
        assertThat(seesAnything(recruiter)).isFalse();
        assertThat(fixture.as(recruiter, () -> reports.report(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void a_share_with_the_recruiter_lets_them_see_the_report_and_the_candidate_sees_who_opened_it() {
        fixture.run(candidate, () -> sharing.shareWithRecruiter(recruiter.email(), null));

        var report = fixture.as(recruiter, () -> reports.report(candidate.id())).orElseThrow();

        assertThat(report.candidateName()).isEqualTo("Cara Candidate");
        assertThat(report.exams()).hasSize(1);
        assertThat(report.examAnswers()).isEqualTo(4);
        assertThat(fixture.as(recruiter, () -> reports.candidates(CandidateQuery.all(), 0, 10)))
                .extracting(CandidateRow::candidateId).containsExactly(candidate.id());
        var log = fixture.as(candidate, () -> sharing.accessLog(10));
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry.recruiterName()).isEqualTo("Rex Recruiter");
            assertThat(entry.action()).isEqualTo(AccessAction.REPORT);
            assertThat(entry.at()).isEqualTo(clock.instant());
        });
    }

    @Test
    void another_recruiter_does_not_see_a_report_shared_with_someone_else() {
        var other = fixture.recruiter("Olga Other", "Elsewhere " + System.nanoTime());
        fixture.run(candidate, () -> sharing.shareWithRecruiter(recruiter.email(), null));

        assertThat(seesAnything(other)).isFalse();
    }

    @Test
    void a_revoked_share_gives_nothing_at_once() {
        var share = fixture.as(candidate, () -> sharing.shareWithRecruiter(recruiter.email(), null));
        assertThat(fixture.as(recruiter, () -> reports.report(candidate.id()))).isPresent();

        fixture.run(candidate, () -> sharing.revoke(share.id()));

        assertThat(seesAnything(recruiter)).isFalse();
        assertThat(fixture.as(candidate, () -> sharing.shares())).singleElement()
                .extracting(ShareSummary::status).isEqualTo(ShareSummary.Status.REVOKED);
    }

    @Test
    void an_organisation_share_lets_in_every_recruiter_of_that_organisation_only() {
        var colleague = fixture.recruiter("Cole League", organisation.toUpperCase());
        fixture.run(candidate, () -> sharing.shareWithOrganisation(organisation, null));

        assertThat(fixture.as(recruiter, () -> reports.report(candidate.id()))).isPresent();
        assertThat(fixture.as(colleague, () -> reports.report(candidate.id()))).isPresent();
        assertThat(seesAnything(fixture.recruiter("Nora None", ""))).isFalse();
    }

    @Test
    void a_link_lets_in_recruiters_who_open_it_until_it_expires() {
        var link = fixture.as(candidate, () -> sharing.createLink(Duration.ofDays(7)));
        String token = link.path().substring("shared/".length());
        assertThat(seesAnything(recruiter)).as("before opening the link").isFalse();

        assertThat(fixture.as(recruiter, () -> reports.openLink(token))).contains(candidate.id());
        assertThat(fixture.as(recruiter, () -> reports.report(candidate.id()))).isPresent();

        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThat(seesAnything(recruiter)).as("after the link expired").isFalse();
        var late = fixture.recruiter("Lou Late", "");
        assertThat(fixture.as(late, () -> reports.openLink(token))).isEmpty();
        assertThat(seesAnything(late)).isFalse();
    }

    @Test
    void the_candidate_sees_who_has_access_through_each_share() {
        var colleague = fixture.recruiter("Cole League", organisation);
        fixture.run(candidate, () -> sharing.shareWithOrganisation(organisation, null));
        var link = fixture.as(candidate, () -> sharing.createLink(Duration.ofDays(7)));
        var opener = fixture.recruiter("Otto Opener", "");
        fixture.as(opener, () -> reports.openLink(link.path().substring("shared/".length())));

        var shares = fixture.as(candidate, () -> sharing.shares());
        var byKind = new java.util.HashMap<ShareKind, ShareSummary>();
        shares.forEach(s -> byKind.put(s.kind(), s));
        assertThat(byKind.get(ShareKind.ORGANISATION).whoHasAccess())
                .containsExactly("Cole League (" + colleague.email() + ")", "Rex Recruiter (" + recruiter.email() + ")");
        assertThat(byKind.get(ShareKind.LINK).whoHasAccess()).containsExactly("Otto Opener (" + opener.email() + ")");

        fixture.run(candidate, () -> sharing.revoke(link.share().id()));
        assertThat(fixture.as(candidate, () -> sharing.shares())).filteredOn(s -> s.kind() == ShareKind.LINK)
                .singleElement().satisfies(s -> assertThat(s.whoHasAccess()).isEmpty());
    }

    @Test
    void a_revoked_link_can_no_longer_be_opened_and_a_made_up_one_never() {
        var link = fixture.as(candidate, () -> sharing.createLink(Duration.ofDays(30)));
        String token = link.path().substring("shared/".length());
        fixture.run(candidate, () -> sharing.revoke(link.share().id()));

        assertThat(fixture.as(recruiter, () -> reports.openLink(token))).isEmpty();
        assertThat(fixture.as(recruiter, () -> reports.openLink(token + "x"))).isEmpty();
        assertThat(seesAnything(recruiter)).isFalse();
    }

    @Test
    void an_expired_share_with_a_recruiter_gives_nothing() {
        fixture.run(candidate, () -> sharing.shareWithRecruiter(recruiter.email(), Duration.ofDays(7)));
        clock.advance(Duration.ofDays(8));

        assertThat(seesAnything(recruiter)).isFalse();
        assertThat(fixture.as(candidate, () -> sharing.shares())).singleElement()
                .extracting(ShareSummary::status).isEqualTo(ShareSummary.Status.EXPIRED);
    }

    @Test
    void a_recruiter_can_never_change_a_candidates_data() {
        var share = fixture.as(candidate, () -> sharing.shareWithRecruiter(recruiter.email(), null));
        long attempt = fixture.as(candidate, () -> exams.history(null, "", 0, 1)).getFirst().id();
        var before = fixture.as(candidate, () -> readiness.report());

        fixture.run(recruiter, () -> {
            reports.report(candidate.id());
            reports.pdf(candidate.id(), "http://localhost/verify");
        });
        assertThatThrownBy(() -> fixture.run(recruiter, () -> sharing.revoke(share.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.run(recruiter, () -> sharing.shareWithRecruiter(recruiter.email(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.run(recruiter, () -> exams.submit(attempt)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.run(recruiter, () -> exams.recordFocusLost(attempt)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.run(recruiter, () -> progress.scoredAnswers()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(fixture.as(candidate, () -> readiness.report())).isEqualTo(before);
        assertThat(fixture.as(candidate, () -> sharing.shares())).singleElement()
                .extracting(ShareSummary::status).isEqualTo(ShareSummary.Status.ACTIVE);
    }

    @Test
    void only_students_share_and_a_student_only_revokes_their_own_shares() {
        var share = fixture.as(candidate, () -> sharing.shareWithRecruiter(recruiter.email(), null));
        var someoneElse = fixture.student("Sid Else");

        assertThatThrownBy(() -> fixture.run(someoneElse, () -> sharing.revoke(share.id())))
                .isInstanceOf(ReportException.class);
        assertThatThrownBy(() -> ReportFixture.as("instructor@dlready.dev", Role.INSTRUCTOR, () -> sharing.shares()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.run(candidate, () -> reports.report(candidate.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sharing_with_an_unknown_address_or_a_non_recruiter_says_what_to_do() {
        assertThatThrownBy(() -> fixture.run(candidate, () -> sharing.shareWithRecruiter("student@dlready.dev", null)))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("No recruiter account uses this address");
        assertThatThrownBy(() -> fixture.run(candidate, () -> sharing.shareWithRecruiter("not an email", null)))
                .hasMessageContaining("like name@example.com");
        fixture.run(candidate, () -> sharing.shareWithRecruiter(recruiter.email(), null));
        assertThatThrownBy(() -> fixture.run(candidate, () -> sharing.shareWithRecruiter(recruiter.email(), null)))
                .hasMessageContaining("already share");
        assertThatThrownBy(() -> fixture.run(candidate, () -> sharing.shareWithOrganisation("No Such Org", null)))
                .hasMessageContaining("Choose one from the list");
    }

    @Test
    void comparing_needs_two_to_four_candidates_and_leaves_out_those_who_do_not_share() {
        var second = fixture.student("Sean Second");
        fixture.sitExam(second, List.of("cuda"), 2);
        var third = fixture.student("Tara Third");
        fixture.run(candidate, () -> sharing.shareWithRecruiter(recruiter.email(), null));
        fixture.run(second, () -> sharing.shareWithRecruiter(recruiter.email(), null));

        var compared = fixture.as(recruiter, () -> reports.compare(List.of(candidate.id(), second.id(), third.id())));

        assertThat(compared).extracting(CandidateReport::candidateName).containsExactly("Cara Candidate", "Sean Second");
        assertThatThrownBy(() -> fixture.run(recruiter, () -> reports.compare(List.of(candidate.id()))))
                .hasMessageContaining("between 2 and 4");
        assertThat(fixture.as(candidate, () -> sharing.accessLog(10))).extracting(AccessEntry::action)
                .containsExactly(AccessAction.COMPARE);
    }
}
