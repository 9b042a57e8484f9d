package dev.dlready.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlready.account.AccountService;
import dev.dlready.account.RegistrationCommand;
import dev.dlready.readiness.engine.Recommendation;
import dev.dlready.support.IntegrationTest;
import dev.dlready.support.TestData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class RoleProfileServiceTest {

    @Autowired
    RoleProfileService service;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    ReadinessService readiness;

    @Autowired
    AccountService accounts;

    static void signIn(String email, String role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
    }

    /** Every test context shares one database: hand every changed requirement back to the file. */
    @AfterEach
    void backToTheFile() {
        signIn("admin@dlready.dev", "ADMIN");
        for (var topic : service.requirements()) {
            for (var role : topic.roles()) {
                if (role.changedInApp()) {
                    service.resetToFile(role.role(), role.topic(), "test clean-up");
                }
            }
        }
        SecurityContextHolder.clearContext();
    }

    RoleRequirement requirement(String role, String topic) {
        return service.requirements().stream().filter(t -> t.topic().equals(topic)).findFirst().orElseThrow().role(role);
    }

    double effective(String role, String topic) {
        return profiles.profiles().stream().filter(p -> p.id().equals(role)).findFirst().orElseThrow()
                .required().get(topic);
    }

    @Test
    void every_topic_shows_the_file_value_and_the_value_in_force_for_each_role() {
        signIn("student@dlready.dev", "STUDENT");
        assertThat(service.roles()).extracting(RoleSummary::id).containsExactly("intern", "entry");
        var rows = service.requirements();
        assertThat(rows).hasSize(11);
        var cuda = requirement("intern", "cuda");
        assertThat(cuda.fileLevel()).isEqualTo(-0.5);
        assertThat(cuda.level()).isEqualTo(-0.5);
        assertThat(cuda.changedInApp()).isFalse();
    }

    @Test
    void a_student_cannot_change_a_requirement_or_read_the_history() {
        signIn("student@dlready.dev", "STUDENT");
        assertThatThrownBy(() -> service.change("intern", "cuda", 0.0, "I would like it easier"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetToFile("intern", "cuda", "reset"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.history("", "", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_recruiter_cannot_change_a_requirement() {
        signIn("recruiter@dlready.dev", "RECRUITER");
        assertThatThrownBy(() -> service.change("entry", "cuda", 1.0, "we need more"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_instructor_changes_a_requirement_and_every_change_is_kept_in_the_history() {
        signIn("instructor@dlready.dev", "INSTRUCTOR");
        long before = service.countHistory("intern", "cuda");

        var changed = service.change("intern", "cuda", -0.254, "Interns only profile kernels here");
        assertThat(changed.level()).isEqualTo(-0.25); // kept to two decimals
        assertThat(changed.fileLevel()).isEqualTo(-0.5);
        assertThat(changed.changedInApp()).isTrue();
        assertThat(effective("intern", "cuda")).isEqualTo(-0.25);
        service.change("intern", "cuda", 0.25, "Team now writes custom kernels");
        assertThat(effective("intern", "cuda")).isEqualTo(0.25);

        var reset = service.resetToFile("intern", "cuda", "Back to the reviewed profile");
        assertThat(reset.level()).isEqualTo(-0.5);
        assertThat(reset.changedInApp()).isFalse();
        assertThat(effective("intern", "cuda")).isEqualTo(-0.5);

        var history = service.history("intern", "cuda", 0, 3);
        assertThat(service.countHistory("intern", "cuda")).isEqualTo(before + 3);
        assertThat(history).extracting(RequirementChange::reason).containsExactly(
                "Back to the reviewed profile", "Team now writes custom kernels", "Interns only profile kernels here");
        assertThat(history.get(0).from()).isEqualTo(0.25);
        assertThat(history.get(0).to()).isEqualTo(-0.5);
        assertThat(history.get(0).reset()).isTrue();
        assertThat(history.get(1).from()).isEqualTo(-0.25);
        assertThat(history.get(1).to()).isEqualTo(0.25);
        assertThat(history.get(2).from()).isEqualTo(-0.5);
        assertThat(history).allSatisfy(c -> {
            assertThat(c.changedBy()).isNotBlank();
            assertThat(c.roleTitle()).isEqualTo("Intern");
        });
        assertThat(profiles.fileProfiles().getFirst().required().get("cuda")).isEqualTo(-0.5);
    }

    @Test
    void levels_outside_the_scale_and_changes_without_a_reason_are_refused() {
        signIn("admin@dlready.dev", "ADMIN");
        assertThatThrownBy(() -> service.change("intern", "cuda", 3.5, "too high"))
                .isInstanceOf(RoleProfileException.class).hasMessageContaining("between -3.00 and 3.00");
        assertThatThrownBy(() -> service.change("intern", "cuda", Double.NaN, "not a number"))
                .isInstanceOf(RoleProfileException.class);
        assertThatThrownBy(() -> service.change("intern", "cuda", 0.0, "   "))
                .isInstanceOf(RoleProfileException.class).hasMessageContaining("Give a reason");
        assertThatThrownBy(() -> service.change("intern", "cuda", 0.0, "x".repeat(501)))
                .isInstanceOf(RoleProfileException.class).hasMessageContaining("500 characters");
        assertThatThrownBy(() -> service.change("senior", "cuda", 0.0, "new role"))
                .isInstanceOf(RoleProfileException.class).hasMessageContaining("no role 'senior'");
        assertThatThrownBy(() -> service.change("intern", "cobol", 0.0, "new topic"))
                .isInstanceOf(RoleProfileException.class).hasMessageContaining("no topic 'cobol'");
        assertThatThrownBy(() -> service.change("intern", "cuda", -0.5, "same"))
                .isInstanceOf(RoleProfileException.class).hasMessageContaining("already requires -0.50");
        assertThatThrownBy(() -> service.resetToFile("intern", "cuda", "nothing to undo"))
                .isInstanceOf(RoleProfileException.class).hasMessageContaining("already follows quizzes/roles.yaml");
        assertThat(requirement("intern", "cuda").changedInApp()).isFalse();
    }

    @Test
    void entry_level_never_requires_less_than_intern_in_the_same_topic() {
        signIn("admin@dlready.dev", "ADMIN");
        // File: intern cuda -0.5, entry cuda 0.5.
        assertThatThrownBy(() -> service.change("entry", "cuda", -0.75, "lower the bar"))
                .isInstanceOf(RoleProfileException.class)
                .hasMessage("Entry-level cannot require less than Intern in CUDA concepts: Intern requires -0.50. "
                        + "Enter at least -0.50, or lower Intern first.");
        assertThatThrownBy(() -> service.change("intern", "cuda", 1.0, "raise the bar"))
                .isInstanceOf(RoleProfileException.class)
                .hasMessageContaining("Intern cannot require more than Entry-level")
                .hasMessageContaining("Enter at most 0.50, or raise Entry-level first.");
        service.change("intern", "cuda", 0.5, "equal is allowed");
        assertThat(effective("intern", "cuda")).isEqualTo(0.5);

        // Entry goes up, intern follows; resetting entry to its file value would now leave it below intern.
        service.change("entry", "cuda", 1.5, "harder entry");
        service.change("intern", "cuda", 1.0, "harder intern");
        assertThatThrownBy(() -> service.resetToFile("entry", "cuda", "back to the file"))
                .isInstanceOf(RoleProfileException.class)
                .hasMessageContaining("Resetting to the file value (0.50) would leave Entry-level below Intern")
                .hasMessageContaining("Lower Intern first.");
    }

    @org.springframework.beans.factory.annotation.Autowired
    dev.dlready.attempt.ExamService exams;

    @Test
    void the_requirements_in_force_change_the_readiness_call() {
        String email = TestData.uniqueEmail("profile");
        accounts.register(new RegistrationCommand("Pat Profile", email, "measure me well 1"));
        signIn(email, "STUDENT");
        // Ten wrong exam answers: enough evidence for a call, and not enough ability for the intern profile in the file.
        exams.submit(exams.startGenerated(new dev.dlready.attempt.ExamRequest(java.util.List.of("compression"), 10, 15)));
        assertThat(readiness.report().role()).isEqualTo(Recommendation.NOT_YET);

        signIn("admin@dlready.dev", "ADMIN");
        for (String topic : profiles.topics()) {
            service.change("intern", topic, -3.0, "open the internship to beginners");
        }

        signIn(email, "STUDENT");
        var report = readiness.report();
        // Every requirement at -3: even this weak candidate's average margin is far above zero, so the intern call holds.
        assertThat(report.role()).isEqualTo("intern");
        assertThat(report.topics()).allSatisfy(t -> assertThat(t.required()).containsEntry("intern", -3.0));
    }
}
