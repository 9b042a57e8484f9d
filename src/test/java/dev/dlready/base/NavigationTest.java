package dev.dlready.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.dlready.support.ViewTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NavigationTest extends ViewTest {

    @ParameterizedTest
    @CsvSource({
        "student@dlready.dev, student-home, Home|Progress|Readiness|Review|Readiness check|Sharing|Practice|Assigned quizzes|Exams|History",
        "instructor@dlready.dev, instructor-home, Home|Progress|Readiness|Review|Readiness check|Practice|Exams|History|Question bank|Quizzes|Cohorts|Content problems|Role profiles|Calibration",
        "recruiter@dlready.dev, recruiter-home, Home|Candidates|API tokens",
        "admin@dlready.dev, admin-home, Home|Progress|Readiness|Review|Readiness check|Practice|Exams|History|Question bank|Quizzes|Cohorts|Content problems|Role profiles|Calibration|Users"
    })
    void each_role_sees_its_own_home_and_only_the_menu_entries_it_may_open(String email, String homeId, String menu) {
        signInAs(email);
        UI.getCurrent().navigate("");

        assertThat(_get(Div.class, s -> s.withId(homeId)).isVisible()).isTrue();
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel)
                .containsExactly(menu.split("\\|"));
    }

    @Test
    void a_student_opening_the_admin_page_is_refused() {
        signInAs("student@dlready.dev");
        UI.getCurrent().navigate("admin/users");

        assertThat(currentView().getClass().getSimpleName()).isIn("AccessDeniedView", "NotFoundView");
    }

    @Test
    void an_admin_opens_the_user_list() {
        signInAs("admin@dlready.dev");
        UI.getCurrent().navigate("admin/users");

        assertThat(currentView().getClass().getSimpleName()).isEqualTo("UsersView");
    }
}
