package dev.dlready.attempt;

import static dev.dlready.attempt.ImmediateFeedbackExamTest.FORWARD_REVERSE_KL;
import static dev.dlready.attempt.ImmediateFeedbackExamTest.GRID_STRIDE;
import static dev.dlready.attempt.ImmediateFeedbackExamTest.WARP_SIZE;
import static dev.dlready.attempt.ImmediateFeedbackExamTest.newCourseQuizId;
import static dev.dlready.attempt.ImmediateFeedbackExamTest.shownPosition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dlready.account.CurrentUser;
import dev.dlready.bank.BankQuestion;
import dev.dlready.bank.BankService;
import dev.dlready.question.Response;
import dev.dlready.support.IntegrationTest;
import dev.dlready.support.TestClock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "student@dlready.dev", roles = "STUDENT")
class CourseQuizRecordsTest {

    /** Numeric; left unanswered below. */
    static final String BLOCKS_FOR_N = "cu-blocks-for-n-elements";

    @Autowired
    CourseQuizRecords records;

    @Autowired
    ExamService exams;

    @Autowired
    BankService bank;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    long start(long courseQuizId, Duration limit, String... ids) {
        List<BankQuestion> questions = Arrays.stream(ids).map(id -> bank.current(id).orElseThrow()).toList();
        return exams.startPrepared(new PreparedExam("Course quiz", courseQuizId, questions, limit, false, false));
    }

    static <T> T asAdmin(Supplier<T> action) {
        var original = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                "admin@dlready.dev", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(original);
        }
    }

    @Test
    void chosen_options_are_reported_in_the_questions_own_order_not_the_order_shown() {
        long courseQuizId = newCourseQuizId(jdbc);
        long id = start(courseQuizId, Duration.ofMinutes(10), GRID_STRIDE, WARP_SIZE, FORWARD_REVERSE_KL, BLOCKS_FOR_N);
        // With seed 3 the six options are shown in the order 5, 2, 4, 1, 3, 0 of the question (hand-checked)
        jdbc.update("update exam_item set seed = 3 where attempt_id = ? and position = 0", id);
        var state = exams.state(id);
        assertThat(state.items().get(0).question().choices().get(0))
                .startsWith("In every iteration consecutive threads still touch consecutive elements");
        exams.saveAnswer(id, 0, new Response.Choices(Set.of(0, 1, 3)));
        exams.saveAnswer(id, 1, new Response.Choices(Set.of(shownPosition(state.items().get(1), "32 threads; the SM issues"))));
        exams.saveAnswer(id, 2, new Response.TrueFalse(false));

        var running = records.attempts(courseQuizId);

        assertThat(running).singleElement().satisfies(attempt -> {
            assertThat(attempt.attemptId()).isEqualTo(id);
            assertThat(attempt.userId()).isEqualTo(currentUser.require().id());
            assertThat(attempt.status()).isEqualTo(ExamStatus.IN_PROGRESS);
            assertThat(attempt.submittedAt()).isNull();
            assertThat(attempt.score()).isNull();
            assertThat(attempt.maxScore()).isEqualTo(4);
            assertThat(attempt.items()).extracting(QuizAttemptRecord.Item::questionId)
                    .containsExactly(GRID_STRIDE, WARP_SIZE, FORWARD_REVERSE_KL, BLOCKS_FOR_N);
            assertThat(attempt.items()).extracting(QuizAttemptRecord.Item::chosenOptions)
                    .containsExactly(Set.of(5, 2, 1), Set.of(2), null, null);
            assertThat(attempt.items()).extracting(QuizAttemptRecord.Item::answered)
                    .containsExactly(true, true, true, false);
            assertThat(attempt.items()).extracting(QuizAttemptRecord.Item::credit).containsOnlyNulls();
            assertThat(attempt.items().get(0).topicId()).isEqualTo("cuda");
            assertThat(attempt.items().get(0).questionVersionId()).isEqualTo(bank.current(GRID_STRIDE).orElseThrow().versionId());
        });

        exams.submit(id);
        var finished = records.attempts(courseQuizId).getFirst();

        assertThat(finished.status()).isEqualTo(ExamStatus.SUBMITTED);
        assertThat(finished.submittedAt()).isNotNull();
        // options 5 and 2 are correct, 1 is not: 2/3 - 1/3 of the wrong ones (1 of 3)
        List<Double> credits = finished.items().stream().map(QuizAttemptRecord.Item::credit).toList();
        assertThat(credits.get(0)).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(credits.subList(1, 4)).containsExactly(1.0, 1.0, 0.0);
        assertThat(finished.score()).isCloseTo(2 + 1.0 / 3, within(1e-9));
    }

    @Test
    void every_students_attempts_are_listed_and_other_course_quizzes_are_not() {
        long courseQuizId = newCourseQuizId(jdbc);
        long mine = start(courseQuizId, Duration.ofMinutes(10), WARP_SIZE);
        long theirs = asAdmin(() -> start(courseQuizId, Duration.ofMinutes(10), WARP_SIZE));
        start(newCourseQuizId(jdbc), Duration.ofMinutes(10), WARP_SIZE);
        exams.startGenerated(new ExamRequest(List.of("cuda"), 1, 5));

        SecurityContextHolder.clearContext(); // the records need nobody signed in
        var all = records.attempts(courseQuizId);

        assertThat(all).extracting(QuizAttemptRecord::attemptId).containsExactlyInAnyOrder(mine, theirs);
        assertThat(all).extracting(QuizAttemptRecord::userId).doesNotHaveDuplicates();
        assertThat(records.attempts(newCourseQuizId(jdbc))).isEmpty();
        assertThat(records.count(courseQuizId)).isEqualTo(2);
        long userId = all.stream().filter(a -> a.attemptId() == mine).findFirst().orElseThrow().userId();
        assertThat(records.attempts(courseQuizId, userId)).extracting(QuizAttemptRecord::attemptId).containsExactly(mine);
    }

    @Test
    void started_and_open_attempts_are_counted_per_student_and_an_overdue_attempt_is_closed_before_it_is_reported() {
        long courseQuizId = newCourseQuizId(jdbc);
        long userId = currentUser.require().id();
        assertThat(records.attemptsStarted(userId, courseQuizId)).isZero();
        assertThat(records.openAttempt(userId, courseQuizId)).isEmpty();

        long first = start(courseQuizId, Duration.ofMinutes(5), FORWARD_REVERSE_KL);
        assertThat(records.openAttempt(userId, courseQuizId)).contains(first);
        exams.submit(first);
        assertThat(records.openAttempt(userId, courseQuizId)).isEmpty();

        long second = start(courseQuizId, Duration.ofMinutes(5), FORWARD_REVERSE_KL);
        exams.saveAnswer(second, 0, new Response.TrueFalse(false));
        assertThat(records.attemptsStarted(userId, courseQuizId)).isEqualTo(2);
        assertThat(records.openAttempt(userId, courseQuizId)).contains(second);
        long adminId = asAdmin(() -> currentUser.require().id());
        assertThat(records.attemptsStarted(adminId, courseQuizId)).isZero();
        assertThat(records.openAttempt(adminId, courseQuizId)).isEmpty();

        clock.advance(Duration.ofMinutes(6));

        assertThat(records.openAttempt(userId, courseQuizId)).isEmpty();
        assertThat(records.attemptsStarted(userId, courseQuizId)).isEqualTo(2);
        var overdue = records.attempts(courseQuizId).stream().filter(a -> a.attemptId() == second).findFirst().orElseThrow();
        assertThat(overdue.status()).isEqualTo(ExamStatus.TIMED_OUT);
        assertThat(overdue.score()).isEqualTo(1.0);
        assertThat(overdue.submittedAt()).isEqualTo(exams.clock(second).summary().deadline());
        assertThat(jdbc.queryForObject("select status from exam_attempt where id = ?", String.class, second))
                .isEqualTo("TIMED_OUT");
    }
}
