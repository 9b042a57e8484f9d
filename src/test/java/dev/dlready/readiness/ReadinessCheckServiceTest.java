package dev.dlready.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlready.account.AccountService;
import dev.dlready.account.RegistrationCommand;
import dev.dlready.readiness.engine.Recommendation;
import dev.dlready.support.IntegrationTest;
import dev.dlready.support.TestData;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ReadinessCheckServiceTest {

    @Autowired
    ReadinessCheckService checks;

    @Autowired
    ReadinessService readiness;

    @Autowired
    AccountService accounts;

    String newStudent(String role) {
        String email = TestData.uniqueEmail("check");
        accounts.register(new RegistrationCommand("Casey Check", email, "adaptive and fair 1"));
        signIn(email, role);
        return email;
    }

    static void signIn(String email, String role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
    }

    @BeforeEach
    void student() {
        newStudent("STUDENT");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_student_who_knows_nothing_is_confidently_not_yet_ready_well_before_the_maximum_length() {
        long id = checks.start();
        assertThat(checks.start()).as("starting again resumes the open check").isEqualTo(id);
        var seen = new HashSet<String>();
        var topics = new HashSet<String>();
        var state = checks.state(id);
        while (state.summary().open()) {
            assertThat(state.question()).isNotNull();
            assertThat(seen.add(state.question().questionId())).as("no question twice").isTrue();
            topics.add(state.question().topic());
            checks.answer(id, state.position(), Optional.empty());
            state = checks.state(id);
        }
        var summary = state.summary();
        assertThat(summary.role()).isEqualTo(Recommendation.NOT_YET);
        assertThat(summary.stopReason()).isEqualTo("confident");
        assertThat(summary.risk()).isLessThanOrEqualTo(ReadinessCheckService.RULES.maxRisk());
        assertThat(summary.questions()).isBetween(ReadinessCheckService.RULES.minLength(), 40);
        assertThat(topics).as("content is balanced across the profile topics").hasSize(11);

        var result = checks.result(id);
        assertThat(result.items()).hasSize(summary.questions()).allSatisfy(item -> {
            assertThat(item.keyMarkdown()).isNotBlank();
            assertThat(item.credit()).isZero();
        });

        var report = readiness.report();
        assertThat(report.examAnswers()).isEqualTo(summary.questions());
        assertThat(report.role()).isEqualTo(Recommendation.NOT_YET);
        assertThat(report.evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ReadinessReport.Evidence.Kind.READINESS_CHECK);
            assertThat(e.link()).isEqualTo("readiness-check/" + id);
        });
        assertThat(checks.history()).extracting(ReadinessCheckSummary::id).containsExactly(id);
    }

    @Test
    void an_answer_to_a_question_that_is_no_longer_current_is_refused_and_a_finished_check_stays_closed() {
        long id = checks.start();
        var state = checks.state(id);
        checks.answer(id, state.position(), Optional.empty());
        assertThatThrownBy(() -> checks.answer(id, state.position(), Optional.empty()))
                .isInstanceOf(ReadinessCheckException.class).hasMessageContaining("already been answered");
        assertThatThrownBy(() -> checks.result(id))
                .isInstanceOf(ReadinessCheckException.class).hasMessageContaining("still running");
    }

    @Test
    void a_student_never_reaches_another_students_check() {
        long id = checks.start();
        newStudent("STUDENT");
        assertThatThrownBy(() -> checks.state(id)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> checks.answer(id, 0, Optional.empty())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> checks.result(id)).isInstanceOf(NoSuchElementException.class);
        assertThat(checks.history()).isEmpty();
    }

    @Test
    void recruiters_do_not_take_checks() {
        signIn("recruiter@dlready.dev", "RECRUITER");
        assertThatThrownBy(() -> checks.start())
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> checks.history())
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
