package dev.dlready.readiness.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import dev.dlready.readiness.CalibratedItemSummary;
import dev.dlready.readiness.CalibrationFixture;
import dev.dlready.readiness.CalibrationRunSummary;
import dev.dlready.readiness.ItemCalibration;
import dev.dlready.readiness.engine.ItemParameters;
import dev.dlready.support.ViewTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CalibrationViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ItemCalibration items;

    CalibrationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CalibrationFixture(jdbc, items);
    }

    @AfterEach
    void cleanUp() {
        fixture.remove();
    }

    @Test
    void a_student_cannot_open_the_calibration_page() {
        signInAs("student@dlready.dev");
        UI.getCurrent().navigate("calibration");
        assertThat(currentView().getClass().getSimpleName()).isIn("AccessDeniedView", "NotFoundView");
    }

    @Test
    void an_instructor_reads_the_page_but_has_no_run_button() {
        signInAs("instructor@dlready.dev");
        UI.getCurrent().navigate("calibration");

        assertThat(currentView()).isInstanceOf(CalibrationView.class);
        assertThat(_find(Button.class, spec -> spec.withId("calibration-run"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("calibration-schedule")).getText())
                .contains("nightly run is off");
    }

    @Test
    void an_administrator_runs_a_calibration_and_sees_the_calibrated_questions() {
        fixture.answer(180, List.of(new ItemParameters(1.4, -0.8, 0), new ItemParameters(1.0, 0.9, 0)), 99);
        signInAs("admin@dlready.dev");
        UI.getCurrent().navigate("calibration");

        _click(_get(Button.class, spec -> spec.withId("calibration-run")));

        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getTextRecursively()
                + String.valueOf(n.getElement().getProperty("text"))).contains("2 of"));
        @SuppressWarnings("unchecked")
        Grid<CalibrationRunSummary> runs = _get(Grid.class, spec -> spec.withId("calibration-runs"));
        var latest = GridKt._get(runs, 0);
        assertThat(latest.itemsCalibrated()).isEqualTo(2);
        assertThat(latest.triggeredBy()).contains("admin@dlready.dev");
        @SuppressWarnings("unchecked")
        Grid<CalibratedItemSummary> calibrated = _get(Grid.class, spec -> spec.withId("calibration-items"));
        assertThat(GridKt._size(calibrated)).isEqualTo(2);
        assertThat(GridKt._get(calibrated, 0).students()).isEqualTo(180);
    }
}
