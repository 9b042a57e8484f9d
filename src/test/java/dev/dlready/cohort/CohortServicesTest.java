package dev.dlready.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.dlready.account.RegistrationCommand;
import dev.dlready.account.Role;
import dev.dlready.account.UserAdminService;
import dev.dlready.attempt.ExamService;
import dev.dlready.bank.AuthoringService;
import dev.dlready.bank.BankService;
import dev.dlready.cohort.engine.ItemAnalysis;
import dev.dlready.cohort.engine.Statistic;
import dev.dlready.question.Response;
import dev.dlready.report.ReportFixture;
import dev.dlready.report.ReportFixture.Person;
import dev.dlready.support.IntegrationTest;
import dev.dlready.support.TestClock;
import dev.dlready.support.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CohortServicesTest {

    /** True/false questions of the bank and their keys. */
    static final String NUMPY_WORKERS = "rp-numpy-in-workers"; // false
    static final String SEEDS_USEFUL = "rp-seeds-still-useful"; // true
    static final String DETERMINISTIC_SPEED = "rp-deterministic-speed"; // false
    static final Map<String, Boolean> KEYS = Map.of(NUMPY_WORKERS, false, SEEDS_USEFUL, true, DETERMINISTIC_SPEED, false);

    @Autowired
    ApplicationContext context;

    @Autowired
    CourseQuizService quizzes;

    @Autowired
    CohortService cohorts;

    @Autowired
    StudentCohortService students;

    @Autowired
    ItemAnalysisService analysis;

    @Autowired
    ExamService exams;

    @Autowired
    BankService bank;

    @Autowired
    AuthoringService authoring;

    @Autowired
    UserAdminService admin;

    @Autowired
    TestClock clock;

    ReportFixture people;
    Person instructor;

    @BeforeEach
    void setUp() {
        people = ReportFixture.from(context);
        instructor = newInstructor("Ivo Instructor");
    }

    Person newInstructor(String name) {
        String email = TestData.uniqueEmail("teacher");
        return ReportFixture.as("admin@dlready.dev", Role.ADMIN, () -> new Person(
                admin.create(new RegistrationCommand(name, email, ReportFixture.PASSWORD), Role.INSTRUCTOR).id(), email,
                name, Role.INSTRUCTOR));
    }

    <T> T as(Person person, Supplier<T> action) {
        return people.as(person, action);
    }

    void run(Person person, Runnable action) {
        people.run(person, action);
    }

    long publishedQuiz(QuizSettings settings, String... questionIds) {
        return as(instructor, () -> {
            long id = quizzes.create(settings);
            quizzes.setQuestions(id, List.of(questionIds));
            quizzes.publish(id);
            return id;
        });
    }

    static QuizSettings settings(int attempts) {
        return new QuizSettings("Reproducibility check", "Seeds and determinism", 20, attempts, false,
                FeedbackTiming.AFTER_SUBMISSION, null, null);
    }

    /** A cohort of the instructor with the quiz assigned and the given students joined; returns the cohort id. */
    long cohortWith(long quizId, Instant due, Person... members) {
        long cohortId = as(instructor, () -> {
            long id = cohorts.create("Evening group");
            cohorts.assign(id, quizId, due);
            return id;
        });
        String code = as(instructor, () -> cohorts.myCohorts().stream().filter(c -> c.id() == cohortId).findFirst()
                .orElseThrow().inviteCode());
        for (Person member : members) {
            run(member, () -> students.join(code));
        }
        return cohortId;
    }

    /** The student takes the quiz, answering true/false questions right where {@code right[i]} for the i-th question. */
    long take(Person student, long quizId, boolean... right) {
        return as(student, () -> {
            long attempt = students.start(quizId);
            var items = exams.state(attempt).items();
            for (var item : items) {
                boolean key = KEYS.get(item.question().questionId());
                exams.saveAnswer(attempt, item.position(), new Response.TrueFalse(right[item.position()] == key));
            }
            exams.submit(attempt);
            return attempt;
        });
    }

    @Test
    void an_instructor_builds_a_quiz_by_hand_and_by_rule_and_publishes_it() {
        run(instructor, () -> {
            long id = quizzes.create(QuizSettings.defaults("Week 3: attention"));
            assertThatThrownBy(() -> quizzes.publish(id)).isInstanceOf(CohortException.class)
                    .hasMessageContaining("at least one question");
            var drawn = quizzes.draw(id, new QuestionRule("transformers", null, 1, 5, 3));
            assertThat(drawn).hasSize(3).allSatisfy(q -> assertThat(q.topic()).isEqualTo("transformers"));
            var ids = new java.util.ArrayList<>(drawn.stream().map(QuizQuestion::id).toList());
            ids.add(NUMPY_WORKERS);
            quizzes.setQuestions(id, ids);
            var again = quizzes.draw(id, new QuestionRule("transformers", null, 1, 5, QuestionRule.MAX_COUNT));
            assertThat(again).extracting(QuizQuestion::id).doesNotContainAnyElementsOf(ids);
            assertThatThrownBy(() -> quizzes.setQuestions(id, List.of("no-such-question")))
                    .isInstanceOf(CohortException.class).hasMessageContaining("no-such-question");
            quizzes.publish(id);
            var quiz = quizzes.quiz(id);
            assertThat(quiz.published()).isTrue();
            assertThat(quiz.questions()).extracting(QuizQuestion::id).containsExactlyElementsOf(ids);
            assertThat(quizzes.preview(id)).hasSize(4);
            assertThat(quizzes.myQuizzes()).extracting(CourseQuizSummary::id).contains(id);
        });
    }

    @Test
    void settings_are_validated_and_a_stale_form_is_told_about_the_newer_change() {
        assertThatThrownBy(() -> new QuizSettings(" ", "", null, 1, true, FeedbackTiming.IMMEDIATE, null, null))
                .isInstanceOf(CohortException.class).hasMessageContaining("title");
        Instant now = clock.instant();
        assertThatThrownBy(() -> new QuizSettings("Quiz", "", null, 1, true, FeedbackTiming.IMMEDIATE, now, now))
                .isInstanceOf(CohortException.class).hasMessageContaining("close after it opens");
        assertThatThrownBy(() -> new QuizSettings("Quiz", "", 0, 1, true, FeedbackTiming.IMMEDIATE, null, null))
                .isInstanceOf(CohortException.class).hasMessageContaining("time limit");
        run(instructor, () -> {
            long id = quizzes.create(QuizSettings.defaults("Quiz"));
            long version = quizzes.quiz(id).version();
            quizzes.saveSettings(id, settings(2), version);
            assertThat(quizzes.quiz(id).settings().attemptsAllowed()).isEqualTo(2);
            assertThatThrownBy(() -> quizzes.saveSettings(id, settings(3), version))
                    .isInstanceOf(CohortException.class).hasMessageContaining("Someone else changed");
            assertThat(quizzes.quiz(id).settings().attemptsAllowed()).isEqualTo(2);
        });
    }

    @Test
    void an_instructor_reaches_only_their_own_quizzes_and_cohorts() {
        long quizId = publishedQuiz(settings(1), SEEDS_USEFUL);
        long cohortId = cohortWith(quizId, null);
        Person other = newInstructor("Olga Other");
        run(other, () -> {
            assertThatThrownBy(() -> quizzes.quiz(quizId)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> cohorts.dashboard(cohortId)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> cohorts.csv(cohortId)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> analysis.analyse(quizId)).isInstanceOf(NoSuchElementException.class);
            long ownCohort = cohorts.create("Other group");
            assertThatThrownBy(() -> cohorts.assign(ownCohort, quizId, null)).isInstanceOf(NoSuchElementException.class);
            assertThat(cohorts.myCohorts()).extracting(CohortSummary::id).doesNotContain(cohortId);
            assertThat(quizzes.myQuizzes()).extracting(CourseQuizSummary::id).doesNotContain(quizId);
        });
        ReportFixture.as("admin@dlready.dev", Role.ADMIN, () -> cohorts.dashboard(cohortId));
    }

    @Test
    void students_and_recruiters_cannot_use_the_instructor_side_and_instructors_cannot_join() {
        Person student = people.student("Stu Dent");
        run(student, () -> {
            assertThatThrownBy(() -> quizzes.myQuizzes()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cohorts.myCohorts()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> analysis.analyse(1)).isInstanceOf(AccessDeniedException.class);
        });
        ReportFixture.as("recruiter@dlready.dev", Role.RECRUITER, () -> {
            assertThatThrownBy(() -> cohorts.myCohorts()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> students.assignments()).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        run(instructor, () -> assertThatThrownBy(() -> students.join("ABC")).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void a_student_joins_with_the_code_and_is_held_to_the_attempts_and_dates() {
        long quizId = publishedQuiz(settings(1), NUMPY_WORKERS, SEEDS_USEFUL);
        long cohortId = cohortWith(quizId, clock.instant().plus(Duration.ofDays(2)));
        String code = as(instructor, () -> cohorts.dashboard(cohortId).cohort().inviteCode());
        Person student = people.student("Jo Joiner");
        String typed = code.toLowerCase().substring(0, 5) + "-" + code.toLowerCase().substring(5) + " ";
        run(student, () -> {
            var invite = students.invite(typed);
            assertThat(invite.cohortName()).isEqualTo("Evening group");
            assertThat(invite.alreadyMember()).isFalse();
            assertThat(students.assignments()).isEmpty();
            assertThatThrownBy(() -> students.start(quizId)).isInstanceOf(NoSuchElementException.class);
            students.join(typed);
            students.join(typed);
            assertThat(students.myCohorts()).extracting(MyCohort::name).containsExactly("Evening group");
            var assigned = students.assignments();
            assertThat(assigned).singleElement().satisfies(a -> {
                assertThat(a.availability()).isEqualTo(AssignedQuiz.Availability.OPEN);
                assertThat(a.questions()).isEqualTo(2);
                assertThat(a.attemptsAllowed()).isEqualTo(1);
            });
            long attempt = students.start(quizId);
            assertThat(students.start(quizId)).as("resumes the running attempt").isEqualTo(attempt);
            assertThat(exams.state(attempt).items()).extracting(i -> i.question().questionId())
                    .containsExactly(NUMPY_WORKERS, SEEDS_USEFUL);
            exams.submit(attempt);
            assertThat(students.assignments().getFirst().availability())
                    .isEqualTo(AssignedQuiz.Availability.NO_ATTEMPTS_LEFT);
            assertThatThrownBy(() -> students.start(quizId)).isInstanceOf(CohortException.class)
                    .hasMessageContaining("used all 1 attempt");
        });
        assertThatThrownBy(() -> run(student, () -> students.invite("NOPE-NOPE"))).isInstanceOf(CohortException.class)
                .hasMessageContaining("Check the code");

        run(instructor, () -> cohorts.setJoiningOpen(cohortId, false));
        Person late = people.student("Lee Late");
        run(late, () -> assertThatThrownBy(() -> students.join(code)).isInstanceOf(CohortException.class)
                .hasMessageContaining("not taking new members"));
    }

    @Test
    void a_quiz_is_started_only_between_its_opening_and_closing_times_and_never_runs_past_its_close() {
        Instant now = clock.instant();
        long quizId = publishedQuiz(new QuizSettings("Timed", "", 60, 0, false, FeedbackTiming.IMMEDIATE,
                now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(1).plusMinutes(20))), SEEDS_USEFUL);
        Person student = people.student("Tim Timely");
        cohortWith(quizId, null, student);
        run(student, () -> {
            assertThat(students.assignments().getFirst().availability()).isEqualTo(AssignedQuiz.Availability.NOT_OPEN_YET);
            assertThatThrownBy(() -> students.start(quizId)).isInstanceOf(CohortException.class).hasMessageContaining("not open yet");
        });
        clock.advance(Duration.ofHours(1));
        run(student, () -> {
            long attempt = students.start(quizId);
            var state = exams.state(attempt);
            assertThat(state.immediateFeedback()).isTrue();
            assertThat(Duration.between(state.summary().startedAt(), state.summary().deadline()))
                    .as("60 minutes allowed, but the quiz closes in 20").isEqualTo(Duration.ofMinutes(20));
            exams.submit(attempt);
        });
        clock.advance(Duration.ofMinutes(21));
        run(student, () -> {
            assertThat(students.assignments().getFirst().availability()).isEqualTo(AssignedQuiz.Availability.CLOSED);
            assertThatThrownBy(() -> students.start(quizId)).isInstanceOf(CohortException.class).hasMessageContaining("closed");
        });
    }

    @Test
    void the_dashboard_shows_who_did_what_with_scores_readiness_and_a_csv() {
        long quizId = publishedQuiz(settings(0), NUMPY_WORKERS, SEEDS_USEFUL);
        Person done = people.student("Ann Able");
        Person idle = people.student("=Bob Blank");
        long cohortId = cohortWith(quizId, clock.instant().plus(Duration.ofHours(1)), done, idle);
        take(done, quizId, true, false);
        clock.advance(Duration.ofHours(2));
        var board = as(instructor, () -> cohorts.dashboard(cohortId));
        assertThat(board.members()).extracting(CohortDashboard.Member::name).containsExactly("=Bob Blank", "Ann Able");
        var assignment = board.assignments().getFirst();
        assertThat(assignment.finished()).isEqualTo(1);
        assertThat(assignment.averagePercent()).isCloseTo(50.0, within(1e-9));
        var doneCell = board.cell(done.id(), assignment.assignmentId());
        assertThat(doneCell.state()).isEqualTo(AssignmentState.DONE);
        assertThat(doneCell.bestPercent()).isCloseTo(50.0, within(1e-9));
        assertThat(board.cell(idle.id(), assignment.assignmentId()).state()).isEqualTo(AssignmentState.OVERDUE);

        var level = board.heatMap().level(done.id(), "reproducibility");
        assertThat(level).isNotNull();
        assertThat(level.evidence()).isGreaterThan(0);
        assertThat(level.reached()).isNotNull();
        assertThat(board.heatMap().level(idle.id(), "reproducibility").reached()).as("no evidence").isNull();
        assertThat(board.heatMap().roles()).containsExactly("Intern", "Entry-level");

        String csv = as(instructor, () -> cohorts.csv(cohortId));
        var lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("Student,Email,Joined,Reproducibility check — state");
        assertThat(lines[1]).as("a name a spreadsheet would run as a formula is defused").startsWith("'=Bob Blank,");
        assertThat(lines[1]).contains(",Overdue,0,,");
        assertThat(lines[2]).startsWith("Ann Able,").contains(",Done,1,50.0,");
    }

    @Test
    void a_late_first_submission_is_marked_done_late() {
        long quizId = publishedQuiz(settings(0), SEEDS_USEFUL);
        Person student = people.student("Lu Late");
        long cohortId = cohortWith(quizId, clock.instant().plus(Duration.ofMinutes(5)), student);
        clock.advance(Duration.ofMinutes(10));
        take(student, quizId, true);
        var board = as(instructor, () -> cohorts.dashboard(cohortId));
        assertThat(board.cell(student.id(), board.assignments().getFirst().assignmentId()).state())
                .isEqualTo(AssignmentState.DONE_LATE);
    }

    @Test
    void questions_are_fixed_once_a_student_has_attempted_and_a_duplicate_can_change_them() {
        long quizId = publishedQuiz(settings(0), SEEDS_USEFUL);
        Person student = people.student("Fay Fixed");
        cohortWith(quizId, null, student);
        take(student, quizId, true);
        run(instructor, () -> {
            assertThat(quizzes.quiz(quizId).questionsLocked()).isTrue();
            assertThatThrownBy(() -> quizzes.setQuestions(quizId, List.of(SEEDS_USEFUL, NUMPY_WORKERS)))
                    .isInstanceOf(CohortException.class).hasMessageContaining("Duplicate the quiz");
            assertThatThrownBy(() -> quizzes.unpublish(quizId)).isInstanceOf(CohortException.class);
            assertThatThrownBy(() -> quizzes.delete(quizId)).isInstanceOf(CohortException.class);
            long copy = quizzes.duplicate(quizId);
            quizzes.setQuestions(copy, List.of(SEEDS_USEFUL, NUMPY_WORKERS));
            assertThat(quizzes.quiz(copy).published()).isFalse();
            assertThat(quizzes.quiz(copy).settings().title()).isEqualTo("Copy of Reproducibility check");
        });
    }

    @Test
    void item_analysis_counts_each_students_first_attempt_with_moodles_statistics() {
        long quizId = publishedQuiz(settings(0), NUMPY_WORKERS, SEEDS_USEFUL, DETERMINISTIC_SPEED);
        Person s1 = people.student("S One");
        Person s2 = people.student("S Two");
        Person s3 = people.student("S Three");
        Person s4 = people.student("S Four");
        cohortWith(quizId, null, s1, s2, s3, s4);
        take(s1, quizId, true, true, true);
        take(s2, quizId, true, true, false);
        take(s3, quizId, true, false, false);
        take(s4, quizId, true, false, false);
        take(s3, quizId, true, true, true); // a second attempt: left out

        var result = as(instructor, () -> analysis.analyse(quizId));
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(result.leftOut()).isEqualTo(1);
        assertThat(result.questions()).extracting(r -> r.question().id())
                .containsExactly(NUMPY_WORKERS, SEEDS_USEFUL, DETERMINISTIC_SPEED);
        var first = result.questions().get(0).statistics();
        assertThat(value(first.facility())).isEqualTo(1.0);
        assertThat(first.flags()).contains(ItemAnalysis.Flag.EVERYBODY_RIGHT);
        var second = result.questions().get(1).statistics();
        assertThat(value(second.facility())).isEqualTo(0.5);
        // question 2 scores 1, 1, 0, 0 against rest scores (questions 1 and 3) 2, 1, 1, 1:
        // covariance 1/6, variances 1/3 and 1/4 → discrimination (1/6) / sqrt(1/12) = 1/√3 (hand-computed)
        assertThat(value(second.discriminationIndex())).isCloseTo(1 / Math.sqrt(3), within(1e-9));
        var third = result.questions().get(2).statistics();
        assertThat(value(third.facility())).isEqualTo(0.25);
        // question 3 scores 1, 0, 0, 0 against rest scores 2, 2, 1, 1: covariance 1/6, variances 1/4 and 1/3 → 1/√3
        assertThat(value(third.discriminationIndex())).isCloseTo(1 / Math.sqrt(3), within(1e-9));
        // test totals 3, 2, 1, 1: mean 1.75 out of 3
        assertThat(value(result.statistics().mean())).isCloseTo(1.75, within(1e-9));
        assertThat(result.statistics().maxMark()).isEqualTo(3.0);
        assertThat(result.questions().get(1).discrimination()).isPositive();
        assertThat(result.questions().get(1).calibrated()).isFalse();
    }

    @Test
    void a_question_written_in_the_app_can_be_retired_from_the_analysis_and_leaves_new_attempts() {
        String id = "app-retire-" + System.nanoTime();
        run(instructor, () -> authoring.save(null, AuthoringService.TEMPLATE.replace("my-new-question", id), 0));
        long quizId = publishedQuiz(settings(0), SEEDS_USEFUL, id);
        Person student = people.student("Rita Retire");
        cohortWith(quizId, null, student);
        run(instructor, () -> {
            assertThatThrownBy(() -> analysis.retire(quizId, SEEDS_USEFUL)).isInstanceOf(CohortException.class)
                    .hasMessageContaining("quiz file");
            assertThatThrownBy(() -> analysis.retire(quizId, NUMPY_WORKERS)).isInstanceOf(CohortException.class)
                    .hasMessageContaining("not part of the quiz");
            analysis.retire(quizId, id);
            assertThat(quizzes.quiz(quizId).questions()).filteredOn(q -> q.id().equals(id))
                    .singleElement().satisfies(q -> assertThat(q.active()).isFalse());
        });
        run(student, () -> {
            long attempt = students.start(quizId);
            assertThat(exams.state(attempt).items()).extracting(i -> i.question().questionId()).containsExactly(SEEDS_USEFUL);
        });
    }

    @Test
    void a_quizs_questions_export_as_gift_moodle_xml_and_a_quiz_file() {
        long quizId = publishedQuiz(settings(0), SEEDS_USEFUL, NUMPY_WORKERS);
        run(instructor, () -> {
            var gift = quizzes.export(quizId, dev.dlready.bank.ExportFormat.GIFT);
            assertThat(gift.exported()).isEqualTo(2);
            assertThat(gift.fileName()).startsWith("reproducibility-check");
            assertThat(new String(gift.content(), java.nio.charset.StandardCharsets.UTF_8)).contains(SEEDS_USEFUL);
            var xml = quizzes.export(quizId, dev.dlready.bank.ExportFormat.MOODLE_XML);
            assertThat(new String(xml.content(), java.nio.charset.StandardCharsets.UTF_8)).contains("<quiz>");
            var yaml = quizzes.export(quizId, dev.dlready.bank.ExportFormat.DL_READY_YAML);
            assertThat(new String(yaml.content(), java.nio.charset.StandardCharsets.UTF_8)).contains("id: " + NUMPY_WORKERS);
            long empty = quizzes.create(QuizSettings.defaults("Empty"));
            assertThatThrownBy(() -> quizzes.export(empty, dev.dlready.bank.ExportFormat.GIFT))
                    .isInstanceOf(CohortException.class);
        });
        run(newInstructor("Xena Other"), () -> assertThatThrownBy(
                () -> quizzes.export(quizId, dev.dlready.bank.ExportFormat.GIFT)).isInstanceOf(NoSuchElementException.class));
    }

    @Test
    void the_demo_student_starts_in_the_demo_instructors_cohort_with_a_quiz_assigned() {
        var assigned = ReportFixture.as("student@dlready.dev", Role.STUDENT, () -> students.assignments());
        assertThat(assigned).anySatisfy(a -> {
            assertThat(a.title()).isEqualTo("Week 1: attention basics");
            assertThat(a.cohorts()).isEqualTo("Demo cohort");
            assertThat(a.questions()).isEqualTo(6);
            assertThat(a.feedback()).isEqualTo(FeedbackTiming.IMMEDIATE);
        });
        var mine = ReportFixture.as("instructor@dlready.dev", Role.INSTRUCTOR, () -> cohorts.myCohorts());
        assertThat(mine).extracting(CohortSummary::name).contains("Demo cohort");
    }

    @Test
    void an_instructor_reads_a_members_finished_attempt_and_nothing_else() {
        long quizId = publishedQuiz(settings(0), SEEDS_USEFUL, NUMPY_WORKERS);
        Person student = people.student("Rae Reviewed");
        long cohortId = cohortWith(quizId, null, student);
        long attempt = take(student, quizId, true, false);
        long running = as(student, () -> students.start(quizId));
        run(instructor, () -> {
            var seen = cohorts.attempt(cohortId, attempt);
            assertThat(seen.studentName()).isEqualTo("Rae Reviewed");
            assertThat(seen.review().items()).hasSize(2);
            assertThat(seen.review().summary().score()).isEqualTo(1.0);
            assertThat(seen.review().items()).allSatisfy(i -> assertThat(i.keyMarkdown()).isNotBlank());
            assertThatThrownBy(() -> cohorts.attempt(cohortId, running)).isInstanceOf(NoSuchElementException.class);
            long otherCohort = cohorts.create("Other");
            assertThatThrownBy(() -> cohorts.attempt(otherCohort, attempt)).isInstanceOf(NoSuchElementException.class);
        });
        run(newInstructor("Pry Other"), () -> assertThatThrownBy(() -> cohorts.attempt(cohortId, attempt))
                .isInstanceOf(NoSuchElementException.class));
        run(instructor, () -> cohorts.removeMember(cohortId, student.id()));
        run(instructor, () -> assertThatThrownBy(() -> cohorts.attempt(cohortId, attempt))
                .as("a student who left is no longer the instructor's to read").isInstanceOf(NoSuchElementException.class));
    }

    @Test
    void csv_cells_are_quoted_and_formulas_defused() {
        assertThat(CohortService.csvCell("plain")).isEqualTo("plain");
        assertThat(CohortService.csvCell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CohortService.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CohortService.csvCell("=1+1")).isEqualTo("'=1+1");
        assertThat(CohortService.csvCell("-5")).isEqualTo("'-5");
        assertThat(CohortService.csvCell("@cmd")).isEqualTo("'@cmd");
    }

    @Test
    void invite_codes_avoid_look_alike_characters_and_typed_codes_are_normalised() {
        for (int i = 0; i < 200; i++) {
            assertThat(InviteCodes.next()).hasSize(InviteCodes.LENGTH).doesNotContainPattern("[01OIL]");
        }
        assertThat(InviteCodes.normalise(" ab2-cd3 ef ")).isEqualTo("AB2CD3EF");
    }

    static double value(Statistic statistic) {
        return ((Statistic.Value) statistic).value();
    }
}
