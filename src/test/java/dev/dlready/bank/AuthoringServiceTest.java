package dev.dlready.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlready.content.ContentReader;
import dev.dlready.content.TopicDefinition;
import dev.dlready.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails("instructor@dlready.dev")
class AuthoringServiceTest {

    @Autowired
    AuthoringService authoring;

    @Autowired
    QuestionVersions versions;

    static String question(String id, String stem) {
        return AuthoringService.TEMPLATE.replace("id: my-new-question", "id: " + id)
                .replace("Why does scaled dot-product attention divide the scores by $\\sqrt{d_k}$?", stem);
    }

    static String uniqueId() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void the_template_is_a_valid_question_and_its_preview_has_no_key_in_the_student_part() {
        var preview = authoring.preview(AuthoringService.TEMPLATE, 1);
        assertThat(preview.valid()).isTrue();
        assertThat(preview.question().choices()).hasSize(3);
        assertThat(preview.keyMarkdown()).contains("softmax out of its saturated region");
    }

    @Test
    void problems_come_with_the_validators_line_field_and_message() {
        String broken = AuthoringService.TEMPLATE.replace("difficulty: 2", "difficulty: 9").replace("topic: transformers",
                "topic: astrology");
        var preview = authoring.preview(broken, 1);
        assertThat(preview.valid()).isFalse();
        assertThat(preview.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("difficulty");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).isEqualTo("is 9; expected 1 to 5");
        });
        assertThat(preview.problems()).anySatisfy(p -> assertThat(p.message()).contains("unknown topic astrology"));
        assertThat(authoring.preview("stem: [unclosed", 1).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid YAML"));
    }

    @Test
    void each_save_is_a_new_version_and_old_versions_stay_for_past_attempts() {
        String id = uniqueId();
        var first = authoring.save(null, question(id, "First wording?"), 0);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.editable()).isTrue();
        var second = authoring.save(id, question(id, "Second wording?"), 1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(authoring.save(id, question(id, "Second wording?"), 2).version())
                .as("saving unchanged text makes no version").isEqualTo(2);
        assertThat(authoring.search(new QuestionSearch(id, null, null, null, true), 0, 10)).singleElement()
                .satisfies(row -> {
                    assertThat(row.version()).isEqualTo(2);
                    assertThat(row.editable()).isTrue();
                });
        assertThat(authoring.count(new QuestionSearch(id, null, null, null, false))).isZero();
    }

    @Test
    void a_save_from_a_stale_version_is_a_conflict_and_changes_nothing() {
        String id = uniqueId();
        authoring.save(null, question(id, "Original?"), 0);
        authoring.save(id, question(id, "Colleague's edit?"), 1);
        assertThatThrownBy(() -> authoring.save(id, question(id, "My edit?"), 1))
                .isInstanceOfSatisfying(AuthoringConflict.class, c -> {
                    assertThat(c.current().version()).isEqualTo(2);
                    assertThat(c.current().yaml()).contains("Colleague's edit?");
                });
        assertThat(authoring.open(id).yaml()).contains("Colleague's edit?");
        assertThat(authoring.save(id, question(id, "My edit?"), 2).version()).isEqualTo(3);
    }

    @Test
    void file_questions_are_read_only_ids_are_never_reused_and_ids_cannot_change() {
        var fileQuestion = authoring.search(new QuestionSearch("", null, null, null, false), 0, 1).getFirst();
        var opened = authoring.open(fileQuestion.id());
        assertThat(opened.editable()).isFalse();
        assertThat(opened.sourceFile()).endsWith(".yaml");
        assertThatThrownBy(() -> authoring.save(fileQuestion.id(), opened.yaml(), opened.version()))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("quiz file");
        assertThatThrownBy(() -> authoring.save(null, question(fileQuestion.id(), "Mine?"), 0))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("already used");

        String copy = authoring.copyText(fileQuestion.id());
        assertThat(copy).contains("id: " + fileQuestion.id() + "-copy");
        assertThat(authoring.preview(copy, 1).valid()).isTrue();

        String id = uniqueId();
        authoring.save(null, question(id, "Mine?"), 0);
        assertThatThrownBy(() -> authoring.save(id, question(id + "-renamed", "Mine?"), 1))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("cannot change");
    }

    @Test
    void app_questions_export_as_a_quiz_file_the_validator_accepts() {
        String id = uniqueId();
        authoring.save(null, question(id, "Exported?").replace("topic: transformers", "topic: reproducibility"), 0);
        String file = authoring.exportTopic("reproducibility");
        assertThat(file).contains("id: " + id).contains("topic: reproducibility");
        var topics = List.of(new TopicDefinition("reproducibility", "Reproducibility", "s", "d", List.of()));
        var read = ContentReader.readFiles(topics, Map.of("reproducibility/reproducibility-from-the-app.yaml", file));
        assertThat(read.problems()).isEmpty();
        assertThat(read.questions()).extracting(q -> q.id()).contains(id);
    }

    @Test
    @WithMockUser(username = "student@dlready.dev", roles = "STUDENT")
    void students_cannot_author() {
        assertThatThrownBy(() -> authoring.preview(AuthoringService.TEMPLATE, 1))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> authoring.save(null, AuthoringService.TEMPLATE, 0))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
