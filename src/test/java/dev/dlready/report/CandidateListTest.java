package dev.dlready.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlready.attempt.AnswerRecords;
import dev.dlready.attempt.ExamRequest;
import dev.dlready.attempt.ExamService;
import dev.dlready.attempt.PracticeService;
import dev.dlready.question.Response;
import dev.dlready.readiness.engine.Recommendation;
import dev.dlready.report.ReportFixture.Person;
import dev.dlready.support.IntegrationTest;
import dev.dlready.support.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The recruiter's list: paging, sorting and filters over the candidates who share, and what the report observes. */
@IntegrationTest
class CandidateListTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ShareService sharing;

    @Autowired
    RecruiterReportService reports;

    @Autowired
    ExamService exams;

    @Autowired
    AnswerRecords records;

    @Autowired
    PracticeService practice;

    @Autowired
    TestClock clock;

    ReportFixture fixture;
    Person recruiter;
    Person early;
    Person late;
    Person noExam;
    LocalDate lateDay;

    @BeforeEach
    void threeCandidatesShareOnDifferentDays() {
        fixture = ReportFixture.from(context);
        recruiter = fixture.recruiter("Lisa Lister", "");
        early = fixture.student("Zoe Early");
        fixture.sitExam(early, List.of("cuda"), 3);
        fixture.run(early, () -> sharing.shareWithRecruiter(recruiter.email(), null));
        clock.advance(Duration.ofDays(3));
        late = fixture.student("Abe Late");
        fixture.sitExam(late, List.of("transformers"), 3);
        fixture.run(late, () -> sharing.shareWithRecruiter(recruiter.email(), null));
        lateDay = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        noExam = fixture.student("Mia Noexam");
        fixture.run(noExam, () -> sharing.shareWithRecruiter(recruiter.email(), null));
    }

    List<String> names(CandidateQuery query, int offset, int limit) {
        return fixture.as(recruiter, () -> reports.candidates(query, offset, limit)).stream()
                .map(CandidateRow::candidateName).toList();
    }

    @Test
    void the_list_pages_and_sorts_by_name_or_share_date() {
        var byName = new CandidateQuery(null, null, null, null, CandidateQuery.Sort.NAME);
        assertThat(names(byName, 0, 10)).containsExactly("Abe Late", "Mia Noexam", "Zoe Early");
        assertThat(names(byName, 1, 1)).containsExactly("Mia Noexam");
        assertThat(names(byName, 5, 10)).isEmpty();
        assertThat(fixture.as(recruiter, () -> reports.countCandidates(byName))).isEqualTo(3);

        var newest = new CandidateQuery(null, null, null, null, CandidateQuery.Sort.SHARED);
        assertThat(names(newest, 0, 10)).endsWith("Zoe Early");
    }

    @Test
    void the_list_filters_by_share_date_and_by_recommendation() {
        assertThat(names(new CandidateQuery(null, null, null, lateDay, CandidateQuery.Sort.NAME), 0, 10))
                .containsExactly("Abe Late", "Mia Noexam");
        // With fewer than ten assessed answers the platform makes no call: everyone here is "too early to call".
        assertThat(names(new CandidateQuery(dev.dlready.readiness.ReadinessService.TOO_EARLY, null, null, null,
                CandidateQuery.Sort.NAME), 0, 10)).hasSize(3);
        assertThat(names(new CandidateQuery(Recommendation.NOT_YET, null, null, null, CandidateQuery.Sort.NAME), 0, 10))
                .isEmpty();
        assertThat(names(new CandidateQuery("entry", null, null, null, CandidateQuery.Sort.NAME), 0, 10)).isEmpty();
    }

    @Test
    void the_topic_level_filter_keeps_those_whose_ability_reaches_the_roles_requirement() {
        var rows = fixture.as(recruiter, () -> reports.candidates(CandidateQuery.all(), 0, 10));
        double required = fixture.as(recruiter, () -> reports.roles()).stream().filter(r -> r.id().equals("intern")).findFirst().orElseThrow()
                .required().get("cuda");
        var expected = rows.stream().filter(r -> r.abilities().get("cuda") >= required).map(CandidateRow::candidateName).toList();

        assertThat(names(new CandidateQuery(null, "cuda", "intern", null, CandidateQuery.Sort.NAME), 0, 10))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_report_counts_how_often_the_exam_page_was_hidden_while_the_exam_was_open() {
        var student = fixture.student("Fay Focus");
        long attempt = fixture.as(student, () -> exams.startGenerated(new ExamRequest(List.of("cuda"), 2, 10)));
        fixture.run(student, () -> {
            exams.recordFocusLost(attempt);
            exams.recordFocusLost(attempt);
            exams.submit(attempt);
            exams.recordFocusLost(attempt); // after submission: not counted
        });
        fixture.run(student, () -> sharing.shareWithRecruiter(recruiter.email(), null));

        assertThat(records.finishedExams(student.id())).singleElement()
                .satisfies(e -> assertThat(e.focusLost()).isEqualTo(2));
        var report = fixture.as(recruiter, () -> reports.report(student.id())).orElseThrow();
        assertThat(report.exams()).singleElement().satisfies(e -> {
            assertThat(e.integrity().focusLost()).isEqualTo(2);
            assertThat(e.integrity().worthALook()).isTrue();
            assertThat(e.answered()).isZero();
        });
        assertThat(report.examAnswers()).as("unanswered questions are evidence too (scored 0)").isEqualTo(2);
    }

    @Test
    void practice_is_never_evidence_in_a_shared_report() {
        fixture.run(noExam, () -> {
            var item = practice.startWith("cmp-forward-vs-reverse-kl").getFirst();
            practice.check(item, new Response.TrueFalse(true));
            practice.check(item, new Response.TrueFalse(false));
        });

        var report = fixture.as(recruiter, () -> reports.report(noExam.id())).orElseThrow();

        assertThat(report.practiceAnswersNotCounted()).isEqualTo(2);
        assertThat(report.exams()).isEmpty();
        assertThat(report.examAnswers()).isZero();
        assertThat(report.call().notYet()).isTrue();
        assertThat(report.topics()).allSatisfy(t -> assertThat(t.standardError()).isCloseTo(1, org.assertj.core.api.Assertions.within(0.01)));
    }
}
