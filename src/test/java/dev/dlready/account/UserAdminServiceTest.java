package dev.dlready.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlready.account.internal.UserAccountRepository;
import dev.dlready.support.IntegrationTest;
import dev.dlready.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class UserAdminServiceTest {

    @Autowired
    UserAdminService admin;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    AdminFixture fixture;
    String studentEmail;
    long studentId;

    @BeforeEach
    void setUp() {
        fixture = new AdminFixture(repository);
        studentEmail = TestData.uniqueEmail("promote");
        studentId = accounts.register(new RegistrationCommand("Priya Promote", studentEmail, "tensor cores 2026"))
                .id();
    }

    @Test
    void an_admin_promotes_a_student_to_instructor() {
        fixture.asAdmin(() -> admin.changeRole(studentId, Role.INSTRUCTOR));

        assertThat(repository.findById(studentId).orElseThrow().role()).isEqualTo(Role.INSTRUCTOR);
    }

    @Test
    void an_admin_creates_a_recruiter_account() {
        String email = TestData.uniqueEmail("recruiter");
        fixture.asAdmin(() -> {
            var created = admin.create(new RegistrationCommand("Rae Recruits", email, "hiring season 2026"), Role.RECRUITER);
            assertThat(created.role()).isEqualTo(Role.RECRUITER);
        });
    }

    @Test
    void an_admin_sets_a_recruiters_organisation_and_only_recruiters_have_one() {
        assertThatThrownBy(() -> fixture.asAdmin(() -> admin.setOrganisation(studentId, "Acme")))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("Only recruiters belong to an organisation");

        fixture.asAdmin(() -> {
            admin.changeRole(studentId, Role.RECRUITER);
            assertThat(admin.setOrganisation(studentId, "  Acme   Labs ").organisation()).isEqualTo("Acme Labs");
            assertThat(admin.setOrganisation(studentId, " ").organisation()).isNull();
            admin.setOrganisation(studentId, "Acme Labs");
            assertThat(admin.changeRole(studentId, Role.STUDENT).organisation())
                    .as("leaving the recruiter role leaves the organisation").isNull();
        });
        assertThatThrownBy(() -> fixture.runAs(studentEmail, Role.STUDENT, () -> admin.setOrganisation(studentId, "X")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_student_cannot_change_roles() {
        fixture.runAs(studentEmail, Role.STUDENT, () -> assertThatThrownBy(
                        () -> admin.changeRole(studentId, Role.ADMIN))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class));
        assertThat(repository.findById(studentId).orElseThrow().role()).isEqualTo(Role.STUDENT);
    }

    @Test
    void an_instructor_cannot_list_users() {
        fixture.runAs("instructor@dlready.dev", Role.INSTRUCTOR, () -> assertThatThrownBy(() -> admin.find("", 0, 10))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class));
    }

    @Test
    void an_admin_cannot_demote_or_disable_themselves() {
        long adminId = fixture.idOf("admin@dlready.dev");
        fixture.asAdmin(() -> {
            assertThatThrownBy(() -> admin.changeRole(adminId, Role.STUDENT))
                    .isInstanceOf(AccountException.class)
                    .hasMessageContaining("own role");
            assertThatThrownBy(() -> admin.setEnabled(adminId, false))
                    .isInstanceOf(AccountException.class)
                    .hasMessageContaining("own account");
        });
    }

    @Test
    void the_last_active_admin_cannot_be_demoted_even_by_a_session_with_stale_admin_rights() {
        assertThat(repository.countByRoleAndEnabledTrue(Role.ADMIN)).isEqualTo(1);
        long demoAdminId = fixture.idOf("admin@dlready.dev");

        // The student's session claims ADMIN (e.g. demoted after signing in): the last admin still stays.
        fixture.runAs(studentEmail, Role.ADMIN, () -> assertThatThrownBy(
                        () -> admin.changeRole(demoAdminId, Role.STUDENT))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("last active administrator"));
        assertThat(repository.findById(demoAdminId).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void search_finds_accounts_by_part_of_name_or_email_and_pages() {
        fixture.asAdmin(() -> {
            assertThat(admin.find("Priya", 0, 50)).extracting(UserSummary::email).contains(studentEmail);
            assertThat(admin.find(studentEmail.substring(0, 12), 0, 50)).extracting(UserSummary::email)
                    .contains(studentEmail);
            assertThat(admin.find("", 0, 2)).hasSize(2);
            assertThat(admin.count("")).isGreaterThanOrEqualTo(5);
        });
    }
}
