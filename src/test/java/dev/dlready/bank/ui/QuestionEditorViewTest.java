package dev.dlready.bank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.dlready.bank.AuthoringService;
import dev.dlready.bank.QuestionDraft;
import dev.dlready.base.ui.RichText;
import dev.dlready.question.QuestionType;
import dev.dlready.support.ViewTest;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class QuestionEditorViewTest extends ViewTest {

    static final String STEM = "Softmax: why divide the scores by $\\sqrt{d_k}$ in \"scaled\" dot-product attention?";

    @Autowired
    AuthoringService authoring;

    static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    static TextArea area(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

    /** Karibu finds only components a user could see. */
    static boolean shown(String id) {
        return !_find(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).isEmpty();
    }

    /** The YAML text, also while the form is shown and the text area is hidden. */
    static String yamlText() {
        return find(currentView()).orElseThrow().getValue();
    }

    private static java.util.Optional<TextArea> find(com.vaadin.flow.component.Component root) {
        if (root instanceof TextArea t && "editor-text".equals(t.getId().orElse(""))) {
            return java.util.Optional.of(t);
        }
        return root.getChildren().map(QuestionEditorViewTest::find).flatMap(java.util.Optional::stream).findFirst();
    }

    static TextArea yaml() {
        return area("editor-text");
    }

    static Div form() {
        return _get(Div.class, spec -> spec.withId("editor-form"));
    }

    static List<TextArea> optionTexts() {
        return _find(TextArea.class, spec -> spec.withClasses("form-option-text"));
    }

    static void switchTo(String tabId) {
        _get(Tabs.class, spec -> spec.withId("editor-mode")).setSelectedTab(_get(Tab.class, spec -> spec.withId(tabId)));
    }

    static String previewHtml() {
        var preview = _get(Div.class, spec -> spec.withId("editor-preview"));
        return String.join("\n", _find(preview, RichText.class).stream().map(RichText::html).toList());
    }

    static String heading() {
        return _get(Span.class, spec -> spec.withId("editor-heading")).getText();
    }

    void openNew() {
        signInAs("instructor@dlready.dev");
        UI.getCurrent().navigate("bank/question");
    }

    /** Fills the form of a new question with a single-choice question whose text has math, colons and quotes. */
    static void fillSingleChoice(String id) {
        _setValue(field("form-id"), id);
        _setValue(field("form-skills"), "attention, softmax");
        _setValue(area("form-stem"), STEM);
        var texts = optionTexts();
        _setValue(texts.get(0), "To keep the softmax out of saturation: scores have variance $d_k$ # not a comment.");
        _setValue(texts.get(1), "It's the \"temperature\" of the softmax: 'always' 1.");
        _setValue(area("form-explanation"), "Variance: with unit-variance $q$ and $k$, $q \\cdot k$ has variance $d_k$.");
        _setValue(area("form-references"), "Vaswani et al.: Attention Is All You Need (2017), section 3.2.1");
    }

    @Test
    void a_new_question_opens_in_the_form_and_the_form_writes_yaml_that_validates_and_previews() {
        openNew();
        assertThat(shown("editor-form")).isTrue();
        assertThat(shown("editor-text")).isFalse();
        assertThat(field("form-id").getValue()).isEqualTo("my-new-question");

        fillSingleChoice("form-softmax-" + System.nanoTime());

        var reading = QuestionDraft.read(yamlText(), authoring.topicTitles().keySet());
        assertThat(reading.reason()).as(yamlText()).isEmpty();
        assertThat(reading.draft().stem()).isEqualTo(STEM);
        assertThat(reading.draft().options().get(1).text()).isEqualTo("It's the \"temperature\" of the softmax: 'always' 1.");
        assertThat(_find(Div.class, spec -> spec.withId("editor-problems"))).isEmpty();
        assertThat(previewHtml()).contains("Softmax: why divide the scores by").contains("dot-product attention?");
        assertThat(_get(Button.class, spec -> spec.withId("editor-save")).isEnabled()).isTrue();
    }

    @Test
    void saving_from_the_form_makes_version_1_and_editing_in_the_form_makes_version_2() {
        openNew();
        String id = "form-save-" + System.nanoTime();
        fillSingleChoice(id);

        _click(_get(Button.class, spec -> spec.withId("editor-save")));
        assertThat(heading()).isEqualTo(id + " · version 1");
        assertThat(authoring.open(id).version()).isEqualTo(1);
        assertThat(shown("editor-form")).isTrue();
        assertThat(field("form-id").isReadOnly()).isTrue();

        _setValue(area("form-stem"), STEM + " (revised: \"again\")");
        _click(_get(Button.class, spec -> spec.withId("editor-save")));

        assertThat(heading()).isEqualTo(id + " · version 2");
        var saved = authoring.open(id);
        assertThat(saved.version()).isEqualTo(2);
        assertThat(QuestionDraft.read(saved.yaml(), authoring.topicTitles().keySet()).draft().stem())
                .isEqualTo(STEM + " (revised: \"again\")");
    }

    @Test
    void options_can_be_added_moved_and_removed_and_single_choice_keeps_one_correct() {
        openNew();
        _click(_get(Button.class, spec -> spec.withId("form-add-option")));
        var texts = optionTexts();
        assertThat(texts).hasSize(4);
        _setValue(texts.get(3), "A fourth option");
        List<Checkbox> correct = _find(Checkbox.class, spec -> spec.withClasses("form-option-correct"));
        _setValue(correct.get(3), true);
        assertThat(correct.get(0).getValue()).isFalse();

        _click(_find(Button.class, spec -> spec.withClasses("form-option-up")).get(3));
        assertThat(optionTexts().get(2).getValue()).isEqualTo("A fourth option");
        _click(_find(Button.class, spec -> spec.withClasses("form-option-remove")).get(0));

        var draft = QuestionDraft.read(yamlText(), authoring.topicTitles().keySet()).draft();
        assertThat(draft).isNotNull();
        assertThat(draft.options()).hasSize(3);
        assertThat(draft.options().get(1).text()).isEqualTo("A fourth option");
        assertThat(draft.options().get(1).correct()).isTrue();
        assertThat(draft.options().stream().filter(QuestionDraft.DraftOption::correct)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void switching_to_yaml_and_back_keeps_every_value_and_yaml_edits_reach_the_form() {
        openNew();
        String id = "form-switch-" + System.nanoTime();
        fillSingleChoice(id);
        _setValue(_get(Select.class, spec -> spec.withId("form-type")), QuestionType.TRUE_FALSE);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("form-true-false")), false);

        switchTo("editor-tab-yaml");
        assertThat(shown("editor-text")).isTrue();
        assertThat(shown("editor-form")).isFalse();
        assertThat(yaml().getValue()).contains("type: true_false").contains("answer: false").contains("id: " + id);

        switchTo("editor-tab-form");
        assertThat(shown("editor-form")).isTrue();
        assertThat(area("form-stem").getValue()).isEqualTo(STEM);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("form-true-false")).getValue()).isEqualTo(false);
        _setValue(_get(Select.class, spec -> spec.withId("form-type")), QuestionType.SINGLE_CHOICE);
        assertThat(optionTexts().get(1).getValue()).isEqualTo("It's the \"temperature\" of the softmax: 'always' 1.");

        switchTo("editor-tab-yaml");
        _setValue(yaml(), yaml().getValue().replace("difficulty: 2", "difficulty: 5"));
        switchTo("editor-tab-form");
        assertThat(shown("editor-form")).isTrue();
        assertThat(_get(Select.class, spec -> spec.withId("form-difficulty")).getValue()).isEqualTo(5);
        assertThat(area("form-stem").getValue()).isEqualTo(STEM);
    }

    @Test
    @SuppressWarnings("unchecked")
    void numeric_and_short_answer_questions_are_written_in_the_form() {
        openNew();
        _setValue(field("form-id"), "form-numeric-" + System.nanoTime());
        _setValue(_get(Select.class, spec -> spec.withId("form-type")), QuestionType.NUMERIC);
        assertThat(shown("form-options")).isFalse();
        _setValue(area("form-stem"), "How many GiB do the FP16 weights of $10^9$ parameters take?");
        _setValue(field("form-answer"), "1.8626");
        _setValue(field("form-unit"), "GiB");
        _setValue(field("form-accept-units"), "MiB, GB");
        _setValue(field("form-tolerance"), "0.01");

        var numeric = QuestionDraft.read(yamlText(), authoring.topicTitles().keySet());
        assertThat(numeric.reason()).as(yamlText()).isEmpty();
        assertThat(yamlText()).contains("answer: 1.8626").contains("unit: GiB").contains("relative: 0.01");
        assertThat(previewHtml()).contains("FP16 weights");

        _setValue(field("form-answer"), "about two");
        assertThat(_get(Div.class, spec -> spec.withId("editor-problems")).getElement().getTextRecursively())
                .contains("answer").contains("expected a number");
        assertThat(_get(Button.class, spec -> spec.withId("editor-save")).isEnabled()).isFalse();

        _setValue(_get(Select.class, spec -> spec.withId("form-type")), QuestionType.SHORT_TEXT);
        _setValue(area("form-accepted"), "all-reduce\nallreduce");
        var shortText = QuestionDraft.read(yamlText(), authoring.topicTitles().keySet());
        assertThat(shortText.reason()).as(yamlText()).isEmpty();
        assertThat(shortText.draft().accepted()).containsExactly("all-reduce", "allreduce");
    }

    @Test
    void a_question_saved_from_the_yaml_tab_stays_in_yaml() {
        openNew();
        String id = "yaml-save-" + System.nanoTime();
        fillSingleChoice(id);
        switchTo("editor-tab-yaml");

        _click(_get(Button.class, spec -> spec.withId("editor-save")));

        assertThat(heading()).isEqualTo(id + " · version 1");
        assertThat(shown("editor-text")).isTrue();
        assertThat(shown("editor-form")).isFalse();
    }

    @Test
    void invalid_yaml_stays_in_yaml_with_the_reason_and_nothing_typed_is_lost() {
        openNew();
        switchTo("editor-tab-yaml");
        String broken = yaml().getValue().replace("difficulty: 2", "difficulty: 9");
        _setValue(yaml(), broken);

        switchTo("editor-tab-form");

        assertThat(shown("editor-text")).isTrue();
        assertThat(shown("editor-form")).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("editor-mode-message")).getText())
                .contains("difficulty").contains("expected 1 to 5").contains("Fix it in YAML");
        assertThat(yaml().getValue()).isEqualTo(broken);
    }

    @Test
    void an_ordering_question_is_edited_in_yaml_and_the_form_says_so() {
        openNew();
        switchTo("editor-tab-yaml");
        _setValue(yaml(), """
                id: ordering-in-yaml
                type: ordering
                topic: transformers
                level: entry
                difficulty: 3
                skills: [attention]
                stem: Put the steps of attention in order.
                items: [Compute scores, Scale them, Apply the softmax, Weight the values]
                explanation: Scores come first; the softmax needs them scaled.
                references: [Vaswani et al. 2017]
                """);

        switchTo("editor-tab-form");

        assertThat(shown("editor-form")).isFalse();
        assertThat(shown("editor-text")).isTrue();
        assertThat(_get(Tab.class, spec -> spec.withId("editor-tab-yaml")).isSelected()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("editor-mode-message")).getText())
                .startsWith("Ordering questions are edited in YAML");
        assertThat(previewHtml()).contains("Put the steps of attention in order.");
    }

    @Test
    void a_question_written_in_the_app_can_be_retired_and_leaves_the_bank() {
        openNew();
        String id = "form-retire-" + System.nanoTime();
        fillSingleChoice(id);
        _click(_get(Button.class, spec -> spec.withId("editor-save")));
        assertThat(shown("editor-retire")).isTrue();

        _click(_get(Button.class, spec -> spec.withId("editor-retire")));
        var dialog = _get(ConfirmDialog.class, spec -> spec.withId("editor-retire-dialog"));
        assertThat(ConfirmDialogKt.getText(dialog)).contains("Past attempts keep");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(currentView()).isInstanceOf(QuestionBankView.class);
        assertThatThrownBy(() -> authoring.open(id)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void a_question_from_a_quiz_file_shows_a_read_only_form_without_retire() {
        signInAs("instructor@dlready.dev");
        UI.getCurrent().navigate("bank/question", QueryParameters.of("id", "tr-sdpa-scaling-reason"));

        assertThat(shown("editor-form")).isTrue();
        assertThat(area("form-stem").isReadOnly()).isTrue();
        assertThat(optionTexts()).isNotEmpty().allSatisfy(t -> assertThat(t.isReadOnly()).isTrue());
        assertThat(shown("form-add-option")).isFalse();
        assertThat(shown("editor-retire")).isFalse();
        assertThat(shown("editor-save")).isFalse();
        assertThat(shown("editor-copy")).isTrue();
    }
}
