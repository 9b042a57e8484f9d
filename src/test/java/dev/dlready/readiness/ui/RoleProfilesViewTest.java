package dev.dlready.readiness.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.dlready.readiness.RoleProfileService;
import dev.dlready.readiness.TopicRequirements;
import dev.dlready.support.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RoleProfilesViewTest extends ViewTest {

    @Autowired
    RoleProfileService service;

    @AfterEach
    void backToTheFile() {
        signInAs("admin@dlready.dev");
        for (var topic : service.requirements()) {
            for (var role : topic.roles()) {
                if (role.changedInApp()) {
                    service.resetToFile(role.role(), role.topic(), "test clean-up");
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Grid<TopicRequirements> grid() {
        return _get(Grid.class, spec -> spec.withId("role-requirements"));
    }

    static int row(String topic) {
        var grid = grid();
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).topic().equals(topic)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + topic);
    }

    static Div cell(String topic, String role) {
        return (Div) GridKt._getCellComponent(grid(), row(topic), role);
    }

    static void edit(String topic, String role) {
        var button = cell(topic, role).getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .findFirst().orElseThrow();
        _click(button);
    }

    @Test
    void a_student_cannot_open_the_role_profiles() {
        signInAs("student@dlready.dev");
        UI.getCurrent().navigate("role-profiles");
        assertThat(currentView().getClass().getSimpleName()).isIn("AccessDeniedView", "NotFoundView");
    }

    @Test
    void an_instructor_sees_every_topic_with_each_roles_level() {
        signInAs("instructor@dlready.dev");
        UI.getCurrent().navigate("role-profiles");

        assertThat(currentView()).isInstanceOf(RoleProfilesView.class);
        assertThat(GridKt._size(grid())).isEqualTo(11);
        assertThat(GridKt._getFormatted(grid(), row("cuda"), "topic")).isEqualTo("CUDA concepts");
        assertThat(cell("cuda", "intern").getElement().getTextRecursively()).contains("-0.50");
        assertThat(cell("cuda", "entry").getElement().getTextRecursively()).contains("0.50");
    }

    @Test
    void an_administrator_changes_a_level_sees_it_in_the_history_and_resets_it() {
        signInAs("admin@dlready.dev");
        UI.getCurrent().navigate("role-profiles");
        @SuppressWarnings("unchecked")
        Grid<Object> history = _get(Grid.class, spec -> spec.withId("requirement-history"));
        int before = GridKt._size(history);

        edit("cuda", "intern");
        _setValue(_get(NumberField.class, spec -> spec.withId("requirement-level")), 0.25);
        _setValue(_get(TextArea.class, spec -> spec.withId("requirement-reason")), "Kernels in week one");
        _click(_get(Button.class, spec -> spec.withId("requirement-save")));

        assertThat(cell("cuda", "intern").getElement().getTextRecursively())
                .contains("0.25").contains("changed · file -0.50");
        assertThat(GridKt._size(history)).isEqualTo(before + 1);
        assertThat(GridKt._getFormatted(history, 0, "requirement")).isEqualTo("Intern · CUDA concepts");
        assertThat(GridKt._getFormatted(history, 0, "change")).isEqualTo("-0.50 → 0.25");
        assertThat(GridKt._getFormatted(history, 0, "reason")).isEqualTo("Kernels in week one");
        assertThat(GridKt._getFormatted(history, 0, "who")).isNotBlank();

        edit("cuda", "intern");
        var reset = _get(Button.class, spec -> spec.withId("requirement-reset"));
        assertThat(reset.isVisible()).isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withId("requirement-reason")), "Back to the file");
        _click(reset);

        assertThat(cell("cuda", "intern").getElement().getTextRecursively()).contains("-0.50").doesNotContain("changed");
        assertThat(GridKt._size(history)).isEqualTo(before + 2);
        assertThat(GridKt._getFormatted(history, 0, "change")).isEqualTo("0.25 → -0.50 (file value)");
    }

    @Test
    void an_entry_level_below_intern_is_refused_with_what_to_do() {
        signInAs("admin@dlready.dev");
        UI.getCurrent().navigate("role-profiles");

        edit("cuda", "entry");
        _setValue(_get(NumberField.class, spec -> spec.withId("requirement-level")), -1.0);
        _setValue(_get(TextArea.class, spec -> spec.withId("requirement-reason")), "Lower the bar");
        _click(_get(Button.class, spec -> spec.withId("requirement-save")));

        var error = _get(Paragraph.class, spec -> spec.withId("requirement-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("cannot require less than Intern").contains("Enter at least -0.50");
        assertThat(cell("cuda", "entry").getElement().getTextRecursively()).contains("0.50").doesNotContain("changed");
    }

    @Test
    void a_change_without_a_reason_is_refused() {
        signInAs("instructor@dlready.dev");
        UI.getCurrent().navigate("role-profiles");

        edit("cuda", "intern");
        _setValue(_get(NumberField.class, spec -> spec.withId("requirement-level")), 0.0);
        _click(_get(Button.class, spec -> spec.withId("requirement-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("requirement-error")).getText()).contains("Give a reason");
    }
}
