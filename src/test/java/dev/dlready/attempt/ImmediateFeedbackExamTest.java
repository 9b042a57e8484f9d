package dev.dlready.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlready.bank.BankQuestion;
import dev.dlready.bank.BankService;
import dev.dlready.question.Response;
import dev.dlready.support.IntegrationTest;
import dev.dlready.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** Exams prepared elsewhere (course quizzes), and checking answers while such an exam runs. */
@IntegrationTest
@WithMockUser(username = "student@dlready.dev", roles = "STUDENT")
class ImmediateFeedbackExamTest {

    /** Single choice; the correct option is the third of four in the question's own order. */
    static final String WARP_SIZE = "cu-warp-size-scheduling";
    /** True/false; the key is "false". */
    static final String FORWARD_REVERSE_KL = "cmp-forward-vs-reverse-kl";
    /** Multiple choice with six options; options 0, 2 and 5 are correct. */
    static final String GRID_STRIDE = "cu-grid-stride-benefits";


    @Autowired
    ExamService exams;

    @Autowired
    BankService bank;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    static long newCourseQuizId(JdbcTemplate jdbc) {
        return dev.dlready.support.CourseQuizRows.create(jdbc);
    }

    List<BankQuestion> questions(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> bank.current(id).orElseThrow()).toList();
    }

    long startImmediate(long courseQuizId, String... ids) {
        return exams.startPrepared(new PreparedExam(
                "Week 3 quiz", courseQuizId, questions(ids), Duration.ofMinutes(10), false, true));
    }

    static int shownPosition(ExamState.Item item, String optionStart) {
        var choices = item.question().choices();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).startsWith(optionStart)) {
                return i;
            }
        }
        throw new AssertionError("no option starting with " + optionStart + " in " + choices);
    }

    @Test
    void a_prepared_exam_keeps_the_given_order_and_records_its_course_quiz_and_settings() {
        long courseQuizId = newCourseQuizId(jdbc);
        long id = exams.startPrepared(new PreparedExam(
                "  Week 3 quiz ", courseQuizId, questions(GRID_STRIDE, WARP_SIZE, FORWARD_REVERSE_KL),
                Duration.ofMinutes(12), false, false));

        var state = exams.state(id);

        assertThat(state.items()).extracting(i -> i.question().questionId())
                .containsExactly(GRID_STRIDE, WARP_SIZE, FORWARD_REVERSE_KL);
        assertThat(state.summary().title()).isEqualTo("Week 3 quiz");
        assertThat(state.secondsLeft()).isEqualTo(12 * 60);
        assertThat(state.immediateFeedback()).isFalse();
        assertThat(state.items()).allSatisfy(item -> assertThat(item.feedback()).isNull());
        assertThat(jdbc.queryForMap("select course_quiz_id, immediate_feedback, quiz_id from exam_attempt where id = ?", id))
                .containsEntry("COURSE_QUIZ_ID", courseQuizId)
                .containsEntry("IMMEDIATE_FEEDBACK", false)
                .containsEntry("QUIZ_ID", null);
        long distinctSeeds = jdbc.queryForObject(
                "select count(distinct seed) from exam_item where attempt_id = ?", Long.class, id);
        assertThat(distinctSeeds).isEqualTo(3);
    }

    @Test
    void a_shuffled_prepared_exam_asks_the_same_questions_in_some_order() {
        var ids = new String[] {GRID_STRIDE, WARP_SIZE, FORWARD_REVERSE_KL};
        long id = exams.startPrepared(new PreparedExam(
                "Shuffled", newCourseQuizId(jdbc), questions(ids), Duration.ofMinutes(5), true, true));

        var state = exams.state(id);

        assertThat(state.items()).extracting(i -> i.question().questionId()).containsExactlyInAnyOrder(ids);
        assertThat(state.items()).extracting(ExamState.Item::position).containsExactly(0, 1, 2);
        assertThat(state.immediateFeedback()).isTrue();
    }

    @Test
    void a_prepared_exam_refuses_what_cannot_be_taken() {
        var one = questions(WARP_SIZE);
        assertThatThrownBy(() -> new PreparedExam(" ", 1, one, Duration.ofMinutes(5), false, false))
                .hasMessage("Give the exam a title.");
        assertThatThrownBy(() -> new PreparedExam("Quiz", 0, one, Duration.ofMinutes(5), false, false))
                .hasMessageContaining("course quiz id");
        assertThatThrownBy(() -> new PreparedExam("Quiz", 1, List.of(), Duration.ofMinutes(5), false, false))
                .hasMessageContaining("no questions");
        assertThatThrownBy(() -> new PreparedExam("Quiz", 1, questions(WARP_SIZE, WARP_SIZE), Duration.ofMinutes(5), false, false))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new PreparedExam("Quiz", 1, one, Duration.ZERO, false, false))
                .hasMessageContaining("at least one second");
        assertThatThrownBy(() -> new PreparedExam("Quiz", 1, one, Duration.ofHours(25), false, false))
                .hasMessageContaining("at most 24 hours");
    }

    @Test
    void checking_an_answer_returns_the_feedback_key_and_explanation_and_locks_the_answer() {
        long id = startImmediate(newCourseQuizId(jdbc), WARP_SIZE, FORWARD_REVERSE_KL);
        var warp = exams.state(id).items().get(0);
        int wrong = shownPosition(warp, "64 threads");
        exams.saveAnswer(id, 0, new Response.Choices(Set.of(wrong)));

        var feedback = exams.check(id, 0);

        assertThat(feedback.credit()).isZero();
        assertThat(feedback.correct()).isFalse();
        assertThat(feedback.feedback()).singleElement().asString().contains("AMD wavefronts");
        assertThat(feedback.keyMarkdown()).contains("32 threads; the SM issues each instruction once");
        assertThat(feedback.explanationMarkdown()).contains("A warp is 32 consecutive threads");
        int right = shownPosition(warp, "32 threads; the SM issues");
        assertThatThrownBy(() -> exams.saveAnswer(id, 0, new Response.Choices(Set.of(right))))
                .isInstanceOf(ExamException.class)
                .hasMessage("This answer has been checked and can no longer change.");
        assertThat(exams.check(id, 0)).isEqualTo(feedback);
        assertThat(jdbc.queryForObject(
                "select count(*) from exam_item where attempt_id = ? and checked_at is not null", Long.class, id))
                .isEqualTo(1);

        exams.saveAnswer(id, 1, new Response.TrueFalse(false));
        assertThat(exams.check(id, 1).correct()).isTrue();
        var summary = exams.submit(id);
        assertThat(summary.score()).isEqualTo(1.0);
        assertThat(exams.review(id).items()).extracting(ExamReview.Item::credit).containsExactly(0.0, 1.0);
    }

    @Test
    void a_reloaded_exam_shows_checked_feedback_and_never_a_key_for_unchecked_questions() {
        long id = startImmediate(newCourseQuizId(jdbc), FORWARD_REVERSE_KL, WARP_SIZE, GRID_STRIDE);
        exams.saveAnswer(id, 0, new Response.TrueFalse(true));
        exams.check(id, 0);
        var warp = exams.state(id).items().get(1);
        exams.saveAnswer(id, 1, new Response.Choices(Set.of(shownPosition(warp, "32 threads; the SM issues"))));

        var state = exams.state(id);

        assertThat(state.immediateFeedback()).isTrue();
        assertThat(state.items().get(0).checked()).isTrue();
        assertThat(state.items().get(0).feedback().credit()).isZero();
        assertThat(state.items().get(0).feedback().keyMarkdown()).isNotBlank();
        assertThat(state.items().get(1).response()).isNotNull();
        assertThat(state.items().get(1).feedback()).isNull();
        assertThat(state.items().get(2).feedback()).isNull();
        // nothing reachable from an unchecked item names the key or the explanation
        String unchecked = state.items().subList(1, 3).toString();
        assertThat(unchecked)
                .doesNotContain("AMD wavefronts")
                .doesNotContain("A warp is 32 consecutive threads")
                .doesNotContain("CUDA never guarantees an execution order");
    }

    @Test
    void checking_needs_a_saved_answer() {
        long id = startImmediate(newCourseQuizId(jdbc), WARP_SIZE);

        assertThatThrownBy(() -> exams.check(id, 0))
                .isInstanceOf(ExamException.class)
                .hasMessage("Answer the question first, then check it.");
        assertThat(exams.state(id).items().getFirst().checked()).isFalse();
    }

    @Test
    void an_exam_without_immediate_feedback_refuses_checks() {
        long id = exams.startPrepared(new PreparedExam(
                "Final", newCourseQuizId(jdbc), questions(FORWARD_REVERSE_KL), Duration.ofMinutes(5), false, false));
        exams.saveAnswer(id, 0, new Response.TrueFalse(false));
        assertThatThrownBy(() -> exams.check(id, 0))
                .isInstanceOf(ExamException.class)
                .hasMessageContaining("only after it is submitted");

        long generated = exams.startGenerated(new ExamRequest(List.of("cuda"), 1, 5));
        exams.saveAnswer(generated, 0, new Response.TrueFalse(false));
        assertThatThrownBy(() -> exams.check(generated, 0)).isInstanceOf(ExamException.class);
        assertThat(exams.state(generated).immediateFeedback()).isFalse();
    }

    @Test
    void checking_is_refused_once_the_exam_is_over() {
        long id = startImmediate(newCourseQuizId(jdbc), FORWARD_REVERSE_KL);
        exams.saveAnswer(id, 0, new Response.TrueFalse(false));
        clock.advance(Duration.ofMinutes(11));

        assertThatThrownBy(() -> exams.check(id, 0))
                .isInstanceOf(ExamException.class)
                .hasMessageContaining("Time is up");
    }

    @Test
    void another_users_attempt_cannot_be_checked() {
        long id = startImmediate(newCourseQuizId(jdbc), FORWARD_REVERSE_KL);
        exams.saveAnswer(id, 0, new Response.TrueFalse(false));
        var original = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                "admin@dlready.dev", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(context);
        try {
            assertThatThrownBy(() -> exams.check(id, 0)).isInstanceOf(NoSuchElementException.class);
        } finally {
            SecurityContextHolder.setContext(original);
        }
        assertThat(exams.state(id).items().getFirst().checked()).isFalse();
    }

    @Test
    @WithMockUser(username = "recruiter@dlready.dev", roles = "RECRUITER")
    void recruiters_cannot_start_or_check_prepared_exams() {
        var exam = new PreparedExam("Quiz", newCourseQuizId(jdbc), questions(WARP_SIZE), Duration.ofMinutes(5), false, true);
        assertThatThrownBy(() -> exams.startPrepared(exam))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> exams.check(1, 0))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
