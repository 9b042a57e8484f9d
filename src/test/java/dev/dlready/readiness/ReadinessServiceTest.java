package dev.dlready.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dlready.account.AccountService;
import dev.dlready.account.RegistrationCommand;
import dev.dlready.attempt.ExamRequest;
import dev.dlready.attempt.ExamService;
import dev.dlready.attempt.PracticeService;
import dev.dlready.question.Response;
import dev.dlready.readiness.engine.Recommendation;
import dev.dlready.support.IntegrationTest;
import dev.dlready.support.TestData;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ReadinessServiceTest {

    @Autowired
    ReadinessService readiness;

    @Autowired
    PracticeService practice;

    @Autowired
    ExamService exams;

    @Autowired
    AccountService accounts;

    @Autowired
    RoleProfiles roles;

    @Autowired
    dev.dlready.bank.BankService bank;

    @BeforeEach
    void newStudent() {
        String email = TestData.uniqueEmail("ready");
        accounts.register(new RegistrationCommand("Reid Ready", email, "measure me well 1"));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, List.of(new SimpleGrantedAuthority("ROLE_STUDENT"))));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    double theta(ReadinessReport report, String topic) {
        return report.topics().stream().filter(t -> t.topic().equals(topic)).findFirst().orElseThrow().theta();
    }

    @Test
    void the_role_profiles_come_from_the_quizzes_folder() {
        assertThat(roles.profiles()).extracting(p -> p.id()).containsExactly("intern", "entry");
        assertThat(roles.profiles().getFirst().required()).containsKey("cuda");
    }

    @Test
    void without_evidence_it_is_too_early_to_call_and_every_topic_has_the_prior_uncertainty() {
        var report = readiness.report();
        assertThat(report.role()).isEqualTo(ReadinessService.TOO_EARLY);
        assertThat(report.roleTitle()).isEqualTo("Too early to call");
        assertThat(report.topics()).hasSize(11).allSatisfy(t -> {
            assertThat(t.theta()).isCloseTo(0, within(1e-6));
            assertThat(t.standardError()).isCloseTo(1, within(0.01));
        });
    }

    @Test
    void drilling_the_same_question_cannot_raise_readiness() {
        var item = practice.startWith("cmp-forward-vs-reverse-kl").getFirst();
        practice.check(item, new Response.TrueFalse(true));
        practice.check(item, new Response.TrueFalse(false));
        double once = theta(readiness.report(), "compression");
        for (int i = 0; i < 10; i++) {
            practice.check(item, new Response.TrueFalse(true));
            practice.check(item, new Response.TrueFalse(false));
        }
        assertThat(theta(readiness.report(), "compression")).isEqualTo(once);
    }

    @Test
    void exam_evidence_moves_the_estimate_more_than_practice_and_narrows_it() {
        var item = practice.startWith("cmp-forward-vs-reverse-kl").getFirst();
        practice.check(item, new Response.Choices(Set.of())); // scored 0, first try
        var afterPractice = readiness.report();

        long id = exams.startGenerated(new ExamRequest(List.of("compression"), 5, 10));
        exams.submit(id); // nothing answered: five zeros at full weight
        var afterExam = readiness.report();

        assertThat(theta(afterPractice, "compression")).isLessThan(0).isGreaterThan(-0.3);
        assertThat(theta(afterExam, "compression")).isLessThan(theta(afterPractice, "compression") - 0.3);
        assertThat(afterExam.topics().stream().filter(t -> t.topic().equals("compression")).findFirst().orElseThrow()
                        .standardError())
                .isLessThan(0.95);
        assertThat(afterExam.examAnswers()).isEqualTo(5);
        assertThat(afterExam.practiceFirstTries()).isEqualTo(1);
    }

    @Test
    void retaking_the_same_exam_counts_each_question_once() {
        var quiz = bank.quizzes().stream().filter(q -> q.questionCount() >= 3).findFirst().orElseThrow();
        exams.submit(exams.startQuiz(quiz.id()));
        int once = readiness.report().examAnswers();
        exams.submit(exams.startQuiz(quiz.id()));
        exams.submit(exams.startQuiz(quiz.id()));
        assertThat(once).isEqualTo((int) quiz.questionCount());
        assertThat(readiness.report().examAnswers()).isEqualTo(once);
        assertThat(readiness.report().evidence()).hasSize(3)
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(ReadinessReport.Evidence.Kind.EXAM));
    }
}
