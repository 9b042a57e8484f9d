package dev.dlready.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlready.question.QuestionType;
import dev.dlready.question.Response;
import dev.dlready.support.IntegrationTest;
import dev.dlready.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "student@dlready.dev", roles = "STUDENT")
class ExamServiceTest {

    @Autowired
    ExamService exams;

    @Autowired
    ExamTimekeeper timekeeper;

    @Autowired
    TestClock clock;

    long start(int questions, int minutes) {
        return exams.startGenerated(new ExamRequest(List.of("mixed-precision", "cuda"), questions, minutes));
    }

    static Response someAnswer(ExamState.Item item) {
        return switch (item.question().type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> new Response.Choices(Set.of(0));
            case TRUE_FALSE -> new Response.TrueFalse(true);
            case NUMERIC, PARAMETERISED_NUMERIC -> new Response.Number(1, null);
            case SHORT_TEXT -> new Response.Text("answer");
            case ORDERING -> new Response.Order(List.of(0, 1, 2));
            case MATCHING -> new Response.Matches(java.util.Map.of(0, 0));
        };
    }

    @Test
    void a_generated_exam_draws_evenly_from_the_topics_with_the_time_limit_kept_by_the_server() {
        var state = exams.state(start(6, 10));

        assertThat(state.items()).hasSize(6);
        assertThat(state.items().stream().map(i -> i.question().topic()))
                .containsOnly("mixed-precision", "cuda")
                .filteredOn("cuda"::equals)
                .hasSize(3);
        assertThat(state.secondsLeft()).isEqualTo(600);
        clock.advance(Duration.ofMinutes(4));
        assertThat(exams.state(state.summary().id()).secondsLeft()).isEqualTo(360);
    }

    @Test
    void every_answer_is_saved_and_a_reload_resumes_with_the_same_questions_options_and_answers() {
        long id = start(4, 10);
        var first = exams.state(id);
        var item = first.items().get(2);
        exams.saveAnswer(id, 2, someAnswer(item));
        exams.flag(id, 1, true);

        var resumed = exams.state(id);

        assertThat(resumed.items()).extracting(i -> i.question()).isEqualTo(first.items().stream().map(i -> i.question()).toList());
        assertThat(resumed.items().get(2).response()).isEqualTo(someAnswer(item));
        assertThat(resumed.items().get(1).flagged()).isTrue();
        assertThat(resumed.summary().answered()).isEqualTo(1);
    }

    @Test
    void when_time_runs_out_the_attempt_is_scored_with_the_saved_answers_and_cannot_change() {
        long id = start(3, 5);
        var state = exams.state(id);
        exams.saveAnswer(id, 0, someAnswer(state.items().get(0)));

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(timekeeper.submitOverdueExams()).isGreaterThanOrEqualTo(1);

        var review = exams.review(id);
        assertThat(review.summary().status()).isEqualTo(ExamStatus.TIMED_OUT);
        assertThat(review.summary().submittedAt()).isEqualTo(review.summary().deadline());
        assertThat(review.summary().answered()).isEqualTo(1);
        assertThat(review.items().get(1).answer()).isEqualTo("No answer");
        assertThatThrownBy(() -> exams.saveAnswer(id, 1, someAnswer(state.items().get(1))))
                .isInstanceOf(ExamException.class)
                .hasMessageContaining("Time is up");
    }

    @Test
    void an_expired_attempt_is_closed_on_the_next_access_even_without_the_timekeeper() {
        long id = start(2, 1);
        clock.advance(Duration.ofMinutes(2));

        assertThat(exams.state(id).summary().status()).isEqualTo(ExamStatus.TIMED_OUT);
    }

    @Test
    void the_clock_a_page_polls_counts_down_and_closes_an_overdue_attempt() {
        long id = start(2, 1);
        clock.advance(Duration.ofSeconds(20));
        var running = exams.clock(id);
        assertThat(running.secondsLeft()).isEqualTo(40);
        assertThat(running.summary().finished()).isFalse();

        clock.advance(Duration.ofMinutes(1));
        var over = exams.clock(id);
        assertThat(over.secondsLeft()).isZero();
        assertThat(over.summary().status()).isEqualTo(ExamStatus.TIMED_OUT);
    }

    @Test
    void submitting_twice_scores_once() {
        long id = start(3, 10);
        var state = exams.state(id);
        state.items().forEach(i -> exams.saveAnswer(id, i.position(), someAnswer(i)));

        var first = exams.submit(id);
        clock.advance(Duration.ofSeconds(30));
        var second = exams.submit(id);

        assertThat(second).isEqualTo(first);
        assertThat(second.status()).isEqualTo(ExamStatus.SUBMITTED);
    }

    @Test
    void two_simultaneous_submissions_score_once() throws Exception {
        long id = start(3, 10);
        var latch = new CountDownLatch(1);
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        Callable<ExamSummary> submit = () -> {
            var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            org.springframework.security.core.context.SecurityContextHolder.setContext(context);
            try {
                latch.await();
                return exams.submit(id);
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(submit);
            var b = pool.submit(submit);
            latch.countDown();
            assertThat(a.get()).isEqualTo(b.get());
        }
        assertThat(exams.state(id).summary().status()).isEqualTo(ExamStatus.SUBMITTED);
    }

    @Test
    void the_review_shows_keys_and_explanations_only_after_submission() {
        long id = start(2, 10);
        assertThatThrownBy(() -> exams.review(id)).isInstanceOf(ExamException.class);

        exams.submit(id);
        var review = exams.review(id);
        assertThat(review.items()).allSatisfy(item -> {
            assertThat(item.keyMarkdown()).isNotBlank();
            assertThat(item.explanationMarkdown()).isNotBlank();
        });
        assertThat(review.topics()).extracting(ExamReview.TopicScore::max).containsOnly(1);
    }

    @Test
    void shuffling_is_reproducible_from_the_stored_seeds() {
        long id = start(5, 10);
        var once = exams.state(id).items();
        var again = exams.state(id).items();
        assertThat(again).isEqualTo(once);
        assertThat(once.stream().filter(i -> i.question().type() == QuestionType.SINGLE_CHOICE))
                .allSatisfy(i -> assertThat(i.question().choices()).hasSizeGreaterThan(1));
    }

    @Test
    void a_student_can_never_see_another_students_attempt() {
        long id = start(2, 10);
        var other = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                "admin@dlready.dev", null,
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN")));
        var original = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(other);
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            assertThatThrownBy(() -> exams.state(id)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> exams.saveAnswer(id, 0, new Response.TrueFalse(true)))
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> exams.submit(id)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> exams.review(id)).isInstanceOf(NoSuchElementException.class);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(original);
        }
    }

    @Test
    @WithMockUser(username = "recruiter@dlready.dev", roles = "RECRUITER")
    void recruiters_do_not_sit_exams() {
        assertThatThrownBy(() -> start(2, 10))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void history_lists_only_the_students_own_attempts_newest_first_and_filters() {
        long first = start(1, 10);
        clock.advance(Duration.ofSeconds(1));
        long second = start(1, 10);
        exams.submit(second);

        var all = exams.history(null, "", 0, 100);
        assertThat(all).extracting(ExamSummary::id).containsSubsequence(second, first);
        assertThat(exams.history(ExamStatus.SUBMITTED, "", 0, 100)).extracting(ExamSummary::id)
                .contains(second).doesNotContain(first);
        assertThat(exams.countHistory(null, "mixed")).isGreaterThanOrEqualTo(2);
    }
}
