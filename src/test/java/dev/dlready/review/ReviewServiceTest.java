package dev.dlready.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.dlready.account.AccountService;
import dev.dlready.account.RegistrationCommand;
import dev.dlready.attempt.ExamRequest;
import dev.dlready.attempt.ExamService;
import dev.dlready.attempt.PracticeService;
import dev.dlready.question.QuestionType;
import dev.dlready.question.Response;
import dev.dlready.review.engine.Rating;
import dev.dlready.support.IntegrationTest;
import dev.dlready.support.TestClock;
import dev.dlready.support.TestData;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class ReviewServiceTest {

    /** True/false questions whose key is "false" (so "true" is a miss). */
    static final String KL = "cmp-forward-vs-reverse-kl";
    static final String BANKS = "cu-bank-broadcast";

    @Autowired
    ReviewService reviews;

    @Autowired
    PracticeService practice;

    @Autowired
    ExamService exams;

    @Autowired
    AccountService accounts;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signInAsNewStudent() {
        String email = TestData.uniqueEmail("reviewer");
        accounts.register(new RegistrationCommand("Rae Review", email, "spaced out 12 times"));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, List.of(new SimpleGrantedAuthority("ROLE_STUDENT"))));
        SecurityContextHolder.setContext(context);
    }

    void answerInPractice(String questionId, boolean answer) {
        practice.check(practice.startWith(questionId).getFirst(), new Response.TrueFalse(answer));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    ReviewItem dueItem() {
        return reviews.next().orElseThrow(() -> new AssertionError("a card should be due"));
    }

    @Test
    void a_missed_question_becomes_a_card_that_is_due_the_next_day() {
        signInAsNewStudent();
        answerInPractice(KL, true);

        var sameDay = reviews.overview();
        assertThat(sameDay.cards()).isEqualTo(1);
        assertThat(sameDay.dueToday()).isZero();
        assertThat(sameDay.nextDue()).isEqualTo(today().plusDays(1));
        assertThat(sameDay.dueOnNextDay()).isEqualTo(1);
        assertThat(reviews.next()).isEmpty();

        clock.advance(Duration.ofDays(1));

        assertThat(reviews.dueToday()).isEqualTo(1);
        var item = dueItem();
        assertThat(item.question().type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(item.topic()).isEqualTo("compression");
        assertThat(item.state()).isEqualTo(CardState.LEARNING);
        assertThat(item.reps()).isEqualTo(1);
    }

    @Test
    void looking_at_the_queue_again_does_not_count_a_miss_twice() {
        signInAsNewStudent();
        answerInPractice(KL, true);
        reviews.overview();
        reviews.overview();

        assertThat(reviews.overview().cards()).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        assertThat(dueItem().reps()).isEqualTo(1);
    }

    @Test
    void rating_good_after_a_right_answer_pushes_the_due_date_out() {
        signInAsNewStudent();
        answerInPractice(KL, true);
        clock.advance(Duration.ofDays(1));
        var item = dueItem();

        var feedback = reviews.check(item, new Response.TrueFalse(false));
        assertThat(feedback.feedback().score().correct()).isTrue();
        assertThat(feedback.feedback().explanationMarkdown()).isNotBlank();
        assertThat(feedback.suggested()).isEqualTo(Rating.GOOD);
        assertThat(feedback.intervalDays()).containsKeys(Rating.values());
        assertThat(feedback.intervalDays().get(Rating.EASY))
                .isGreaterThanOrEqualTo(feedback.intervalDays().get(Rating.GOOD));

        var outcome = reviews.rate(item, Rating.GOOD);

        assertThat(outcome.intervalDays()).isEqualTo(feedback.intervalDays().get(Rating.GOOD));
        assertThat(outcome.due()).isAfter(today());
        var after = reviews.overview();
        assertThat(after.dueToday()).isZero();
        assertThat(after.nextDue()).isEqualTo(outcome.due());
        assertThat(reviews.next()).isEmpty();
    }

    @Test
    void a_wrong_answer_in_the_queue_suggests_again_and_is_not_counted_as_a_second_miss() {
        signInAsNewStudent();
        answerInPractice(KL, true);
        clock.advance(Duration.ofDays(1));
        var item = dueItem();

        var feedback = reviews.check(item, new Response.TrueFalse(true));
        assertThat(feedback.suggested()).isEqualTo(Rating.AGAIN);
        clock.advance(Duration.ofMinutes(1));
        var outcome = reviews.rate(item, Rating.AGAIN);
        assertThat(outcome.due()).isEqualTo(today().plusDays(1));

        clock.advance(Duration.ofDays(1));
        var again = dueItem();
        assertThat(again.reps()).isEqualTo(2); // the miss and the rating, not the queue answer as a third review
        assertThat(again.lapses()).isZero();
        assertThat(again.state()).isEqualTo(CardState.LEARNING);
    }

    @Test
    void rating_is_refused_before_the_answer_is_checked_and_after_the_card_was_rated() {
        signInAsNewStudent();
        answerInPractice(KL, true);
        clock.advance(Duration.ofDays(1));
        var item = dueItem();

        assertThatThrownBy(() -> reviews.rate(item, Rating.GOOD))
                .isInstanceOf(ReviewException.class)
                .hasMessageContaining("Answer the question first");
        reviews.check(item, new Response.TrueFalse(false));
        reviews.rate(item, Rating.GOOD);
        assertThatThrownBy(() -> reviews.rate(item, Rating.EASY))
                .isInstanceOf(ReviewException.class)
                .hasMessageContaining("already reviewed");
    }

    @Test
    void a_later_miss_in_practice_brings_a_scheduled_card_back_as_a_lapse() {
        signInAsNewStudent();
        answerInPractice(KL, true);
        clock.advance(Duration.ofDays(1));
        var item = dueItem();
        reviews.check(item, new Response.TrueFalse(false));
        reviews.rate(item, Rating.EASY);
        assertThat(reviews.overview().dueToday()).isZero();

        clock.advance(Duration.ofDays(1));
        answerInPractice(KL, true);

        var overview = reviews.overview();
        assertThat(overview.nextDue()).isEqualTo(today().plusDays(1));
        clock.advance(Duration.ofDays(1));
        var back = dueItem();
        assertThat(back.state()).isEqualTo(CardState.RELEARNING);
        assertThat(back.lapses()).isEqualTo(1);
    }

    @Test
    void right_first_tries_and_retries_make_no_card() {
        signInAsNewStudent();
        var item = practice.startWith(KL).getFirst();
        practice.check(item, new Response.TrueFalse(false)); // right at once
        practice.check(item, new Response.TrueFalse(true)); // a retry, not a first try

        assertThat(reviews.overview().cards()).isZero();
    }

    @Test
    void every_question_missed_in_an_exam_becomes_a_card() {
        signInAsNewStudent();
        long id = exams.startGenerated(new ExamRequest(List.of("compression"), 2, 10));
        exams.submit(id); // nothing answered: two misses

        var overview = reviews.overview();
        assertThat(overview.cards()).isEqualTo(2);
        assertThat(overview.nextDue()).isEqualTo(today().plusDays(1));
    }

    @Test
    void another_students_cards_are_invisible_and_cannot_be_rated() {
        signInAsNewStudent();
        answerInPractice(KL, true);
        clock.advance(Duration.ofDays(1));
        var theirs = dueItem();

        signInAsNewStudent();
        var mine = reviews.overview();
        assertThat(mine.cards()).isZero();
        assertThat(mine.dueToday()).isZero();
        assertThat(reviews.next()).isEmpty();
        assertThatThrownBy(() -> reviews.check(theirs, new Response.TrueFalse(false)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> reviews.rate(theirs, Rating.GOOD)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void the_interview_date_must_be_in_the_future_and_shows_the_predicted_retention_per_topic() {
        signInAsNewStudent();
        answerInPractice(KL, true);
        answerInPractice(BANKS, true);
        LocalDate missed = today();

        assertThatThrownBy(() -> reviews.setInterviewDate(today()))
                .isInstanceOf(ReviewException.class)
                .hasMessageContaining("Choose a day after today");
        assertThatThrownBy(() -> reviews.setInterviewDate(today().minusDays(3)))
                .isInstanceOf(ReviewException.class);
        assertThatThrownBy(() -> reviews.setInterviewDate(today().plusYears(4)))
                .isInstanceOf(ReviewException.class)
                .hasMessageContaining("within the next 3 years");
        assertThat(reviews.overview().interviewDate()).isNull();

        reviews.setInterviewDate(missed.plusDays(10));
        var overview = reviews.overview();

        assertThat(overview.interviewDate()).isEqualTo(missed.plusDays(10));
        // each card: S = w0 = 0.2172 from the miss, 10 days before: (1 + 0.6935088 * 10 / 0.2172)^-0.2
        assertThat(overview.retention()).extracting(TopicRetention::topic).containsExactly("compression", "cuda");
        assertThat(overview.retention()).allSatisfy(t -> {
            assertThat(t.cards()).isEqualTo(1);
            assertThat(t.retention()).isCloseTo(0.49714487621211995, within(1e-9));
        });

        reviews.setInterviewDate(missed.plusDays(30));
        assertThat(reviews.overview().retention().getFirst().retention()).isCloseTo(0.4007146709248216, within(1e-9));

        reviews.clearInterviewDate();
        assertThat(reviews.overview().interviewDate()).isNull();
        assertThat(reviews.overview().retention()).isEmpty();
    }

    @Test
    @WithMockUser(username = "recruiter@dlready.dev", roles = "RECRUITER")
    void recruiters_are_refused() {
        assertThatThrownBy(() -> reviews.overview())
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> reviews.next())
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> reviews.setInterviewDate(LocalDate.now().plusDays(5)))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
