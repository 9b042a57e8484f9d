package dev.dlready.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.dlready.readiness.engine.ItemParameters;
import dev.dlready.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class CalibrationServiceTest {

    static final List<ItemParameters> TRUTH = List.of(
            new ItemParameters(1.6, -1.2, 0),
            new ItemParameters(0.8, -0.3, 0),
            new ItemParameters(1.2, 0.6, 0),
            new ItemParameters(1.8, 1.4, 0));

    @Autowired
    CalibrationService calibration;

    @Autowired
    CalibrationJob job;

    @Autowired
    ItemCalibration items;

    @Autowired
    CalibrationSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    CalibrationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CalibrationFixture(jdbc, items);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        fixture.remove();
    }

    static void signIn(String email, String role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
    }

    @Test
    void the_threshold_is_150_weighted_answers_from_100_students_by_default() {
        assertThat(settings.minResponses()).isEqualTo(150);
        assertThat(settings.minStudents()).isEqualTo(100);
        assertThat(settings.scheduled()).isFalse(); // turned off in tests; the default is nightly at 02:30
        assertThat(CalibrationSettings.NIGHTLY).isEqualTo("0 30 2 * * *");
    }

    @Test
    void a_student_cannot_read_or_run_calibrations() {
        signIn("student@dlready.dev", "STUDENT");
        assertThatThrownBy(() -> calibration.runs(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calibration.runNow()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_instructor_reads_the_runs_but_cannot_start_one() {
        signIn("instructor@dlready.dev", "INSTRUCTOR");
        long before = calibration.countRuns();
        assertThat(calibration.runs(0, 10)).hasSizeLessThanOrEqualTo(10);
        assertThatThrownBy(() -> calibration.runNow()).isInstanceOf(AccessDeniedException.class);
        assertThat(calibration.countRuns()).isEqualTo(before);
    }

    @Test
    void an_administrator_calibrates_the_questions_with_enough_answers_and_every_run_is_kept() {
        var questions = fixture.answer(220, TRUTH, 42);
        var declared = items.parameters(questions.getFirst().versionId());
        assertThat(items.isCalibrated(questions.getFirst().versionId())).isFalse();
        signIn("admin@dlready.dev", "ADMIN");

        var run = calibration.runNow();

        assertThat(run.triggeredBy()).contains("admin@dlready.dev");
        assertThat(run.answers()).isGreaterThanOrEqualTo(880);
        assertThat(run.students()).isGreaterThanOrEqualTo(220);
        // Only the fixture's questions have enough answers in the shared test database.
        assertThat(run.itemsCalibrated()).isEqualTo(4);
        assertThat(run.topicsCalibrated()).isEqualTo(1);
        assertThat(run.converged()).isTrue();
        var calibrated = calibration.items(run.id(), 0, 10);
        assertThat(calibrated).hasSize(4).allSatisfy(item -> {
            assertThat(item.topic()).isEqualTo(CalibrationFixture.TOPIC);
            assertThat(item.responses()).isEqualTo(220);
            assertThat(item.students()).isEqualTo(220);
            assertThat(item.calibrated().guessing()).isZero();
        });

        // In force at once: the readiness model now uses the calibrated parameters.
        for (var question : questions) {
            var inForce = items.parameters(question.versionId());
            assertThat(items.isCalibrated(question.versionId())).isTrue();
            var row = calibrated.stream().filter(i -> i.questionVersionId() == question.versionId()).findFirst().orElseThrow();
            assertThat(inForce).isEqualTo(row.calibrated());
        }
        assertThat(items.parameters(questions.getFirst().versionId())).isNotEqualTo(declared);
        // The data order the four questions by difficulty as the simulation did.
        var difficulties = questions.stream().map(q -> items.parameters(q.versionId()).difficulty()).toList();
        assertThat(difficulties).isSorted();
        // Linked to the declared scale: the calibrated questions keep their average declared difficulty.
        double declaredMean = calibrated.stream().mapToDouble(i -> i.declared().difficulty()).average().orElseThrow();
        double calibratedMean = calibrated.stream().mapToDouble(i -> i.calibrated().difficulty()).average().orElseThrow();
        assertThat(calibratedMean).isCloseTo(declaredMean, within(1e-9));

        var second = calibration.runNow();

        assertThat(second.id()).isGreaterThan(run.id());
        assertThat(calibration.latestRun()).contains(second);
        var history = calibration.history(questions.getFirst().versionId());
        assertThat(history).extracting(CalibratedItemSummary::runId).containsExactly(second.id(), run.id());
        assertThat(items.parameters(questions.getFirst().versionId())).isEqualTo(history.getFirst().calibrated());
    }

    @Test
    void a_question_below_the_threshold_keeps_its_declared_parameters() {
        var questions = fixture.answer(90, TRUTH.subList(0, 2), 43); // 90 students: below 100, and 90 answers
        signIn("admin@dlready.dev", "ADMIN");

        var run = calibration.runNow();

        assertThat(run.itemsCalibrated()).isZero();
        assertThat(calibration.countItems(run.id())).isZero();
        assertThat(items.isCalibrated(questions.getFirst().versionId())).isFalse();
    }

    @Test
    void the_nightly_job_runs_without_anyone_signed_in() {
        fixture.answer(160, TRUTH.subList(0, 2), 44);
        SecurityContextHolder.clearContext();

        job.nightly();

        signIn("instructor@dlready.dev", "INSTRUCTOR");
        var latest = calibration.latestRun().orElseThrow();
        assertThat(latest.triggeredBy()).isEqualTo("Nightly schedule");
        assertThat(latest.itemsCalibrated()).isEqualTo(2);
    }
}
