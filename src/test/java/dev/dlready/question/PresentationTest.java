package dev.dlready.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PresentationTest {

    @Test
    void a_question_to_ask_has_no_field_that_could_carry_the_key() {
        var names = Arrays.stream(QuestionToAsk.class.getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(names).containsExactly(
                "questionId", "type", "topic", "level", "difficulty", "stem", "choices", "items", "lefts", "rights", "units");
        for (RecordComponent component : QuestionToAsk.class.getRecordComponents()) {
            var type = component.getGenericType();
            if (type instanceof ParameterizedType list) {
                assertThat(list.getRawType()).isEqualTo(List.class);
                assertThat(list.getActualTypeArguments()).as(component.getName() + " holds plain texts only")
                        .containsExactly(String.class);
            } else {
                assertThat(component.getType()).as(component.getName())
                        .isIn(String.class, QuestionType.class, Level.class, int.class);
            }
        }
    }

    @Test
    void choices_are_a_permutation_of_the_option_texts_without_correct_flags() {
        for (var question : List.of(QuestionSamples.singleChoice(), QuestionSamples.multipleChoice())) {
            var texts = question.options().stream().map(Question.Option::text).toList();
            for (long seed = 0; seed < 50; seed++) {
                var shown = Presentation.present(question, seed);
                assertThat(shown.choices()).containsExactlyInAnyOrderElementsOf(texts);
                assertThat(shown.items()).isEmpty();
                assertThat(shown.rights()).isEmpty();
                assertThat(shown.units()).isEmpty();
                assertThat(shown.type()).isEqualTo(question.type());
            }
        }
    }

    @Test
    void the_same_seed_shows_the_same_order_and_different_seeds_shuffle() {
        var question = QuestionSamples.singleChoice();
        var orders = new HashSet<List<String>>();
        for (long seed = 0; seed < 100; seed++) {
            assertThat(Presentation.present(question, seed)).isEqualTo(Presentation.present(question, seed));
            orders.add(Presentation.present(question, seed).choices());
        }
        assertThat(orders).as("4 options have 24 orders").hasSizeGreaterThan(10);
    }

    @Test
    void ordering_items_are_a_permutation_and_never_shown_in_the_correct_order() {
        var question = QuestionSamples.ordering();
        for (long seed = -500; seed < 5_000; seed++) {
            var shown = Presentation.present(question, seed);
            assertThat(shown.items()).containsExactlyInAnyOrderElementsOf(question.items());
            assertThat(shown.items()).as("seed " + seed).isNotEqualTo(question.items());
        }
    }

    @Test
    void the_display_order_of_an_ordering_question_is_never_the_identity_for_any_size_from_2() {
        for (int size = 2; size <= 6; size++) {
            long seeds = size <= 3 ? 10_000_000 : 1_000_000;
            for (long seed = 0; seed < seeds; seed++) {
                int[] order = Presentation.order(size, seed, 2);
                if (isIdentity(order)) {
                    throw new AssertionError("seed " + seed + " shows " + size + " items in their correct order");
                }
            }
        }
    }

    @Test
    void the_display_order_is_always_a_permutation() {
        for (int size = 1; size <= 7; size++) {
            for (int salt = 1; salt <= 3; salt++) {
                for (long seed = 0; seed < 2_000; seed++) {
                    int[] order = Presentation.order(size, seed, salt);
                    assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(IntStream.range(0, size).toArray());
                }
            }
        }
    }

    @Test
    void matching_shows_the_left_items_in_order_and_a_shuffled_permutation_of_rights_and_distractors() {
        var question = QuestionSamples.matching();
        var rights = List.of("The batch", "The weight matrices inside a layer", "The sequence of layers", "The vocabulary");
        var orders = new HashSet<List<String>>();
        for (long seed = 0; seed < 100; seed++) {
            var shown = Presentation.present(question, seed);
            assertThat(shown.lefts()).containsExactly("Data parallelism", "Tensor parallelism", "Pipeline parallelism");
            assertThat(shown.rights()).containsExactlyInAnyOrderElementsOf(rights);
            orders.add(shown.rights());
        }
        assertThat(orders).hasSizeGreaterThan(10);
    }

    @Test
    void numeric_questions_list_the_units_the_student_may_answer_in_with_the_key_unit_first() {
        assertThat(Presentation.present(QuestionSamples.numeric(), 1).units()).containsExactly("GiB", "MiB", "GB");
        assertThat(Presentation.present(QuestionSamples.parameterised(), 1).units()).containsExactly("GB");
        assertThat(Presentation.present(
                        QuestionSamples.numeric(3, new Tolerance(Tolerance.Kind.ABSOLUTE, 0.5)), 1).units())
                .isEmpty();
    }

    @Test
    void a_parameterised_stem_is_filled_with_the_variant_and_keeps_no_placeholders() {
        var question = QuestionSamples.parameterised();
        for (long seed = 0; seed < 100; seed++) {
            var values = Variants.pick(question, seed);
            var shown = Presentation.present(question, seed);
            assertThat(shown.stem())
                    .doesNotContain("{{", "}}")
                    .contains(Placeholders.display(values.get("P")) + " billion parameters")
                    .contains("over " + Placeholders.display(values.get("N")) + " GPUs");
        }
    }

    @Test
    void the_question_to_ask_carries_the_question_s_identity_and_level() {
        var shown = Presentation.present(QuestionSamples.trueFalse(), 1);

        assertThat(shown.questionId()).isEqualTo("tf");
        assertThat(shown.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(shown.topic()).isEqualTo("alpha");
        assertThat(shown.level()).isEqualTo(Level.ENTRY);
        assertThat(shown.difficulty()).isEqualTo(3);
        assertThat(shown.stem()).isEqualTo("BF16 has a smaller range than FP16.");
    }

    @Test
    void the_serialised_question_to_ask_contains_no_feedback_explanation_formula_accepted_answers_or_patterns() {
        for (Question question : QuestionSamples.everyType()) {
            for (long seed = 0; seed < 20; seed++) {
                String serialised = Presentation.present(question, seed).toString();
                assertThat(serialised).as(question.id())
                        .doesNotContain(QuestionSamples.EXPLANATION)
                        .doesNotContain("EXPLANATION-TEXT")
                        .doesNotContain("WRONG-FEEDBACK-TEXT")
                        .doesNotContain("FEEDBACK-")
                        .doesNotContain("MISTAKE-")
                        .doesNotContain("A reference")
                        .doesNotContainIgnoringCase("correct")
                        .doesNotContain("tolerance", "RELATIVE", "ABSOLUTE");
            }
        }
        String param = Presentation.present(QuestionSamples.parameterised(), 7).toString();
        assertThat(param).doesNotContain("P * 16 / N", "P * 16", "{{");
        String shortText = Presentation.present(QuestionSamples.shortText(), 7).toString();
        assertThat(shortText).doesNotContain("all-reduce", "allreduce", "Ring  All-Reduce", "^all[- ]?reduce");
        String trueFalse = Presentation.present(QuestionSamples.trueFalse(), 7).toString();
        assertThat(trueFalse).doesNotContain("false", "answer");
        String choice = Presentation.present(QuestionSamples.singleChoice(), 7).toString();
        assertThat(choice).doesNotContain("Option[", "true", "false");
        String matching = Presentation.present(QuestionSamples.matching(), 7).toString();
        assertThat(matching).doesNotContain("MatchPair", "pairs", "distractors");
    }

    private static boolean isIdentity(int[] order) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] != i) {
                return false;
            }
        }
        return true;
    }
}
