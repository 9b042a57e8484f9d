package dev.dlready.bank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import dev.dlready.bank.ExportFormat;
import dev.dlready.bank.ImportCandidate;
import dev.dlready.bank.TransferFixtures;
import dev.dlready.content.moodle.ExportNote;
import dev.dlready.support.ViewTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class TransferViewsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    long questionCount() {
        return jdbc.queryForObject("select count(*) from question", Long.class);
    }

    @Test
    void students_and_recruiters_cannot_open_import_or_export() {
        for (String email : new String[] {"student@dlready.dev", "recruiter@dlready.dev"}) {
            signInAs(email);
            for (String route : new String[] {"bank/import", "bank/export"}) {
                UI.getCurrent().navigate(route);
                assertThat(currentView().getClass().getSimpleName()).as(email + " " + route)
                        .isIn("AccessDeniedView", "NotFoundView");
            }
        }
    }

    @Test
    void the_bank_links_to_import_and_to_export_with_its_filters() {
        signInAs("instructor@dlready.dev");
        UI.getCurrent().navigate("bank");
        _click(_get(Button.class, spec -> spec.withId("bank-import")));
        assertThat(currentView()).isInstanceOf(QuestionImportView.class);

        UI.getCurrent().navigate("bank");
        _click(_get(Button.class, spec -> spec.withId("bank-export")));
        assertThat(currentView()).isInstanceOf(QuestionExportView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_upload_is_previewed_without_saving_and_imported_on_the_button() {
        String prefix = "mv" + UUID.randomUUID().toString().substring(0, 8);
        signInAs("instructor@dlready.dev");
        UI.getCurrent().navigate("bank/import");
        long before = questionCount();

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), prefix + ".gift", "text/plain",
                TransferFixtures.gift(prefix).getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        Grid<ImportCandidate> grid = _get(Grid.class, spec -> spec.withId("import-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(grid.getSelectedItems()).hasSize(3);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .contains("4 questions").contains("3 can be imported");
        var importButton = _get(Button.class, spec -> spec.withId("import-save"));
        assertThat(importButton.getText()).isEqualTo("Import 3 questions");
        assertThat(questionCount()).as("nothing is saved before the button").isEqualTo(before);

        grid.deselect(GridKt._get(grid, 2));
        assertThat(importButton.getText()).isEqualTo("Import 2 questions");
        _click(importButton);

        assertThat(questionCount()).isEqualTo(before + 2);
        var result = _get(Div.class, spec -> spec.withId("import-result"));
        assertThat(result.isVisible()).isTrue();
        assertThat(_find(Anchor.class, spec -> spec.withText(prefix + "-softmax"))).singleElement()
                .satisfies(a -> assertThat(a.getHref()).isEqualTo("bank/question?id=" + prefix + "-softmax"));
        assertThat(_find(Anchor.class, spec -> spec.withText(prefix + "-bytes"))).hasSize(1);
    }

    @Test
    void a_malformed_file_shows_its_line_and_offers_nothing_to_import() {
        signInAs("instructor@dlready.dev");
        UI.getCurrent().navigate("bank/import");

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "broken.xml", "application/xml",
                "<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"truefalse\">\n<name><text>A</name>\n</quiz>\n"
                        .getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        var problems = _get(Div.class, spec -> spec.withId("import-problems"));
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getElement().getTextRecursively()).contains("cannot be imported").contains("Line 4")
                .contains("not well-formed XML");
        assertThat(_find(Grid.class, spec -> spec.withId("import-grid"))).as("no preview grid is shown").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("import-save"))).as("no import button").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_export_page_prepares_the_file_and_lists_what_the_format_cannot_carry() {
        signInAs("instructor@dlready.dev");
        UI.getCurrent().navigate("bank/export", QueryParameters.fromString("topic=mixed-precision&source=files"));

        var summary = _get(Paragraph.class, spec -> spec.withId("export-summary"));
        assertThat(summary.getText()).startsWith("mixed-precision-questions-gift.txt: ");
        var download = _get(Anchor.class, spec -> spec.withId("export-download"));
        assertThat(download.isVisible()).isTrue();
        assertThat(download.getHref()).isNotBlank();

        RadioButtonGroup<ExportFormat> format = _get(RadioButtonGroup.class, spec -> spec.withId("export-format"));
        format.setValue(ExportFormat.DL_READY_YAML);
        assertThat(summary.getText()).startsWith("mixed-precision-questions.yaml: ");
        assertThat(_get(Div.class, spec -> spec.withId("export-notes")).getElement().getTextRecursively())
                .contains("carries every question exactly");

        format.setValue(ExportFormat.GIFT);
        RadioButtonGroup<String> scope = _get(RadioButtonGroup.class, spec -> spec.withId("export-scope"));
        scope.setValue(QuestionExportView.TOPIC);
        assertThat(summary.getText()).startsWith("mixed-precision-gift.txt: ");
        Grid<ExportNote> notes = _get(Grid.class, spec -> spec.withId("export-note-grid"));
        assertThat(GridKt._size(notes)).isPositive();
        assertThat(GridKt._get(notes, 0).message()).isNotBlank();
    }
}
