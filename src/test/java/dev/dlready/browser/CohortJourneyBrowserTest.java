package dev.dlready.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dlready.account.AccountService;
import dev.dlready.account.RegistrationCommand;
import dev.dlready.account.Role;
import dev.dlready.attempt.ExamService;
import dev.dlready.cohort.StudentCohortService;
import dev.dlready.question.Response;
import dev.dlready.report.ReportFixture;
import dev.dlready.support.BrowserTest;
import dev.dlready.support.TestData;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The instructor's main journey: write a question with math and preview it, build and publish a quiz, give it to a
 * cohort; a student joins through the invite link and takes it; the instructor sees the result and the item statistics.
 */
class CohortJourneyBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    StudentCohortService students;

    @Autowired
    ExamService exams;

    @Autowired
    dev.dlready.cohort.CohortService cohorts;

    static String question(String id) {
        return """
                id: %s
                type: single_choice
                topic: transformers
                level: intern
                difficulty: 2
                skills: [attention]
                stem: |
                  Logits $z$ are divided by a temperature $T$ before the softmax, $p_i = e^{z_i/T} / \\sum_j e^{z_j/T}$.
                  What happens to $p$ as $T \\to 0^+$ when one logit is strictly the largest?
                options:
                  - text: It approaches a one-hot vector on the largest logit.
                    correct: true
                  - text: It approaches the uniform distribution.
                    feedback: That is the limit $T \\to \\infty$, where every scaled logit tends to zero.
                  - text: It stays the same; only the sum of the probabilities changes.
                    feedback: A softmax always sums to one; the temperature changes how peaked it is.
                explanation: |
                  Dividing by a small $T$ stretches the gaps between logits, so the largest exponential dominates the sum
                  and its probability tends to 1 while every other one tends to 0.
                references:
                  - "Hinton, Vinyals and Dean, Distilling the Knowledge in a Neural Network (2015), section 2"
                """.formatted(id);
    }

    @Test
    void an_instructor_publishes_a_quiz_to_a_cohort_a_student_takes_it_and_the_instructor_reads_the_statistics()
            throws Exception {
        String questionId = "softmax-temperature-limit-" + System.nanoTime();
        signIn("instructor@dlready.dev", DEMO_PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));

        // write a question with math and preview it
        open("bank/question");
        page.locator("#editor-tab-yaml").click();
        page.locator("#editor-text textarea").fill(question(questionId));
        assertThat(page.locator("#editor-preview")).containsText("one-hot vector");
        assertThat(page.locator("#editor-preview .katex").first()).isVisible();
        screenshot(page, "CohortJourneyBrowserTest-1-question-preview");
        page.locator("#editor-save").click();
        page.waitForURL("**/bank/question?id=" + questionId);

        // build the quiz: the new question by hand, one more by rule; publish it
        open("quizzes");
        page.locator("#quiz-new").click();
        page.locator("#quiz-new-title input").fill("Week 2: softmax and attention");
        page.locator("#quiz-new-create").click();
        page.waitForURL(url -> url.matches(".*/quizzes/\\d+$"));
        long quizId = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        page.locator("#quiz-add-bank").click();
        page.locator("#bank-search input").fill(questionId);
        page.locator("#bank-picker").getByText(questionId).click();
        page.locator("#bank-add-selected").click();
        assertThat(page.locator("#quiz-questions")).containsText(questionId);
        page.locator("#quiz-add-rule").click();
        page.locator("#rule-topic").click();
        page.locator("vaadin-select-item[role='option']:visible").first().click();
        page.locator("#rule-count input").fill("1");
        page.locator("#rule-draw").click();
        assertThat(page.locator("#rule-message")).containsText("Draw again");
        page.locator("#rule-keep").click();
        assertThat(page.locator("#quiz-questions vaadin-grid-cell-content .builder-stem")).hasCount(2);
        page.locator("#quiz-publish").click();
        assertThat(page.locator("#quiz-status")).hasText("Published");
        page.locator("#quiz-preview").click();
        assertThat(page.locator("#quiz-preview-list .question-card")).hasCount(2);
        screenshot(page, "CohortJourneyBrowserTest-2-quiz-preview");
        page.keyboard().press("Escape");

        // a cohort with the quiz assigned
        open("cohorts");
        page.locator("#cohort-new").click();
        page.locator("#cohort-new-name input").fill("Thursday bootcamp");
        page.locator("#cohort-new-create").click();
        page.waitForURL(url -> url.matches(".*/cohorts/\\d+$"));
        String code = page.locator("#cohort-code").innerText().strip();
        page.locator("#cohort-assign").click();
        page.locator("#assign-quiz").click();
        page.locator("vaadin-select-item[role='option']:visible").getByText("Week 2: softmax and attention").click();
        page.locator("#assign-confirm").click();
        assertThat(page.locator("#cohort-assignments")).containsText("Week 2: softmax and attention");

        // a student joins through the link and takes the quiz
        String email = TestData.uniqueEmail("bootcamp");
        accounts.register(new RegistrationCommand("Bea Bootcamp", email, "softmax at low temperature"));
        Page student = secondBrowser();
        signIn(student, email, "softmax at low temperature");
        student.waitForURL(url -> !url.contains("/login"));
        open(student, "join/" + code);
        assertThat(student.locator("#join-card")).containsText("Thursday bootcamp");
        student.locator("#join-confirm").click();
        student.waitForURL("**/assignments");
        assertThat(student.locator(".assigned-card")).containsText("Week 2: softmax and attention");
        screenshot(student, "CohortJourneyBrowserTest-3-student-assignments");
        student.locator(".assigned-start").click();
        student.waitForURL(url -> url.matches(".*/exam/\\d+$"));
        assertThat(student.locator("#exam-position")).hasText("Question 1 of 2");
        answerCurrentQuestion(student);
        assertThat(student.locator("#exam-saved")).hasText("All answers saved.");
        student.locator("#exam-next").click();
        assertThat(student.locator("#exam-position")).hasText("Question 2 of 2");
        answerCurrentQuestion(student);
        assertThat(student.locator("#exam-saved")).hasText("All answers saved.");
        student.locator("#exam-submit").click();
        student.getByText("Submit", new Page.GetByTextOptions().setExact(true)).last().click();
        student.waitForURL("**/review");

        // a second student, through the services, so the statistics have two attempts to compare
        String other = TestData.uniqueEmail("bootcamp");
        accounts.register(new RegistrationCommand("Cy Classmate", other, "softmax at low temperature"));
        ReportFixture.as(other, Role.STUDENT, () -> {
            students.join(code);
            long attempt = students.start(quizId);
            for (var item : exams.state(attempt).items()) {
                if (item.question().choices().size() > 1) {
                    exams.saveAnswer(attempt, item.position(), new Response.Choices(Set.of(1)));
                }
            }
            return exams.submit(attempt);
        });

        // the instructor sees who did what, and the statistics
        page.reload();
        page.waitForLoadState();
        assertThat(page.locator("#cohort-progress")).containsText("Bea Bootcamp");
        assertThat(page.locator("#cohort-progress")).containsText("Done");
        assertThat(page.locator("#cohort-assignments")).containsText("2 of 2");
        assertThat(page.locator("#cohort-heatmap")).containsText("Cy Classmate");
        screenshot(page, "CohortJourneyBrowserTest-4-cohort-dashboard");
        page.locator("#cohort-progress a.progress-score").first().click();
        page.waitForURL(url -> url.matches(".*/cohorts/\\d+/attempts/\\d+$"));
        assertThat(page.locator("#attempt-student")).containsText("Attempt by");
        assertThat(page.locator(".review-item")).hasCount(2);
        assertThat(page.locator(".review-answer").first()).containsText("Answer given");
        screenshot(page, "CohortJourneyBrowserTest-4b-student-attempt");
        open("quizzes/" + quizId + "/statistics");
        assertThat(page.locator("#analysis-summary")).containsText("Attempts analysed");
        assertThat(page.locator("#analysis-summary .stat-value").first()).hasText("2");
        assertThat(page.locator("#analysis-grid")).containsText(questionId);
        page.locator("#analysis-grid").getByText(questionId).click();
        assertThat(page.locator(".distractor-table")).containsText("one-hot vector");
        assertThat(page.locator(".distractor-table")).containsText("key");
        screenshot(page, "CohortJourneyBrowserTest-5-statistics");
        assertThat(page.locator("#analysis-edit-" + questionId)).isVisible();
    }

    @Test
    void a_newcomer_who_opens_an_invite_link_registers_and_lands_on_the_cohort_to_join() {
        String code = ReportFixture.as("instructor@dlready.dev", Role.INSTRUCTOR, () -> {
            long id = cohorts.create("Newcomers");
            return cohorts.dashboard(id).cohort().inviteCode();
        });
        page.navigate(url("join/" + code));
        page.waitForURL("**/login");
        page.getByText("Create a student account").click();
        page.waitForURL("**/register");
        page.locator("#register-name input").fill("Nia Newcomer");
        page.locator("#register-email input").fill(TestData.uniqueEmail("nia"));
        page.locator("#register-password input").fill("backprop all day 7");
        page.locator("#register-confirm input").fill("backprop all day 7");
        page.locator("#register-submit").click();
        page.waitForURL("**/join/" + code + "**");
        assertThat(page.locator("#join-card")).containsText("Newcomers");
        page.locator("#join-confirm").click();
        page.waitForURL("**/assignments");
        assertThat(page.locator(".my-cohort")).containsText("Newcomers");
    }
}
