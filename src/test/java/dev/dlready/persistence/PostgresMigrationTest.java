package dev.dlready.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlready.account.Role;
import dev.dlready.account.internal.LoginAttempts;
import dev.dlready.account.internal.LoginAttemptsRepository;
import dev.dlready.account.internal.UserAccount;
import dev.dlready.account.internal.UserAccountRepository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same Flyway migrations and JPA mappings on a real PostgreSQL 17 (embedded, no Docker), with the postgres profile. */
@SpringBootTest
@ActiveProfiles("postgres")
@org.springframework.test.annotation.DirtiesContext
class PostgresMigrationTest {

    static final EmbeddedPostgres POSTGRES = start();

    static EmbeddedPostgres start() {
        try {
            var postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }));
            return postgres;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start embedded PostgreSQL", e);
        }
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    Flyway flyway;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    LoginAttemptsRepository attempts;

    @Test
    void every_migration_applies_and_hibernate_validates_the_schema() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty();
        assertThat(POSTGRES.getJdbcUrl("postgres", "postgres")).startsWith("jdbc:postgresql:");
    }

    @Test
    void an_account_round_trips_through_postgres() {
        Instant created = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var saved = accounts.save(new UserAccount("pg@example.org", "Pat Postgres", "{noop}x", Role.RECRUITER, created));

        var loaded = accounts.findByEmail("pg@example.org").orElseThrow();
        assertThat(loaded.id()).isEqualTo(saved.id());
        assertThat(loaded.role()).isEqualTo(Role.RECRUITER);
        assertThat(loaded.toSummary().createdAt()).isEqualTo(created);
        assertThat(accounts.search("%postgres%", org.springframework.data.domain.PageRequest.of(0, 5)))
                .extracting(UserAccount::email)
                .containsExactly("pg@example.org");
    }

    @Autowired
    dev.dlready.bank.ContentSync contentSync;

    @Autowired
    dev.dlready.bank.BankService bank;

    @Test
    @org.springframework.security.test.context.support.WithMockUser(roles = "INSTRUCTOR")
    void the_whole_question_bank_loads_into_postgres_and_reads_back_exactly() {
        var again = contentSync.synchronise(); // the first load ran at start-up
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isGreaterThanOrEqualTo(500);
        assertThat(bank.overview().activeQuestions()).isGreaterThanOrEqualTo(500);
        var practice = bank.forPractice(dev.dlready.bank.PracticeFilter.topics(java.util.List.of("mixed-precision")));
        assertThat(practice).isNotEmpty();
        var first = practice.getFirst();
        assertThat(bank.version(first.versionId()).orElseThrow().question()).isEqualTo(first.question());
    }

    @Test
    void login_attempts_round_trip_and_lock() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        var entry = new LoginAttempts("pg-lock@example.org", now);
        for (int i = 0; i < 5; i++) {
            entry.recordFailure(now, 5, Duration.ofMinutes(15));
        }
        attempts.save(entry);

        assertThat(attempts.findById("pg-lock@example.org").orElseThrow().lockedAt(now))
                .contains(now.plus(Duration.ofMinutes(15)));
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    dev.dlready.readiness.ItemCalibration itemCalibration;

    @Autowired
    dev.dlready.readiness.CalibrationService calibration;

    @Autowired
    dev.dlready.readiness.RoleProfileService roleProfiles;

    @Test
    @org.springframework.security.test.context.support.WithMockUser(username = "admin@dlready.dev", roles = "ADMIN")
    void calibration_runs_and_role_requirement_revisions_round_trip_through_postgres() {
        var fixture = new dev.dlready.readiness.CalibrationFixture(jdbc, itemCalibration);
        try {
            var questions = fixture.answer(160, java.util.List.of(
                    new dev.dlready.readiness.engine.ItemParameters(1.2, -0.5, 0),
                    new dev.dlready.readiness.engine.ItemParameters(1.0, 0.5, 0)), 5);
            var run = calibration.runNow();
            assertThat(run.itemsCalibrated()).isEqualTo(2);
            assertThat(calibration.items(run.id(), 0, 10)).hasSize(2);
            assertThat(calibration.latestRun()).contains(run);
            assertThat(itemCalibration.isCalibrated(questions.getFirst().versionId())).isTrue();

            roleProfiles.change("intern", "cuda", 0.0, "postgres check");
            assertThat(roleProfiles.history("intern", "cuda", 0, 5).getFirst().reason()).isEqualTo("postgres check");
            roleProfiles.resetToFile("intern", "cuda", "postgres check done");
            assertThat(roleProfiles.countHistory("", "")).isGreaterThanOrEqualTo(2);
        } finally {
            fixture.remove();
        }
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    dev.dlready.cohort.CourseQuizService courseQuizzes;

    @Autowired
    dev.dlready.cohort.CohortService cohorts;

    @Autowired
    dev.dlready.cohort.StudentCohortService cohortStudents;

    @Autowired
    dev.dlready.cohort.ItemAnalysisService itemAnalysis;

    @Autowired
    dev.dlready.attempt.ExamService exams;

    @Test
    void a_cohort_quiz_is_built_assigned_taken_and_analysed_on_postgres() {
        var people = dev.dlready.report.ReportFixture.from(context);
        java.util.function.Supplier<java.time.Instant> soon = () -> java.time.Instant.now().plus(java.time.Duration.ofDays(3));
        long quizId = dev.dlready.report.ReportFixture.as("instructor@dlready.dev", Role.INSTRUCTOR, () -> {
            long id = courseQuizzes.create(new dev.dlready.cohort.QuizSettings("Postgres quiz", "", 10, 0, true,
                    dev.dlready.cohort.FeedbackTiming.IMMEDIATE, null, soon.get()));
            courseQuizzes.setQuestions(id, java.util.List.of("rp-seeds-still-useful", "rp-numpy-in-workers"));
            courseQuizzes.publish(id);
            return id;
        });
        long cohortId = dev.dlready.report.ReportFixture.as("instructor@dlready.dev", Role.INSTRUCTOR, () -> {
            long id = cohorts.create("Postgres cohort");
            cohorts.assign(id, quizId, soon.get());
            return id;
        });
        String code = dev.dlready.report.ReportFixture.as("instructor@dlready.dev", Role.INSTRUCTOR,
                () -> cohorts.dashboard(cohortId).cohort().inviteCode());
        for (boolean right : new boolean[] {true, false}) {
            var student = people.student("Pg Student");
            people.run(student, () -> {
                cohortStudents.join(code);
                long attempt = cohortStudents.start(quizId);
                for (var item : exams.state(attempt).items()) {
                    boolean key = item.question().questionId().equals("rp-seeds-still-useful");
                    exams.saveAnswer(attempt, item.position(), new dev.dlready.question.Response.TrueFalse(right == key));
                    exams.check(attempt, item.position());
                }
                exams.submit(attempt);
            });
        }
        dev.dlready.report.ReportFixture.as("instructor@dlready.dev", Role.INSTRUCTOR, () -> {
            var board = cohorts.dashboard(cohortId);
            assertThat(board.members()).hasSize(2);
            assertThat(board.assignments().getFirst().finished()).isEqualTo(2);
            assertThat(board.assignments().getFirst().averagePercent()).isEqualTo(50.0);
            assertThat(cohorts.csv(cohortId).split("\r\n")).hasSize(3);
            var analysis = itemAnalysis.analyse(quizId);
            assertThat(analysis.attempts()).isEqualTo(2);
            assertThat(analysis.questions()).hasSize(2)
                    .allSatisfy(q -> assertThat(((dev.dlready.cohort.engine.Statistic.Value) q.statistics().facility()).value())
                            .isEqualTo(0.5));
            return null;
        });
    }
}
