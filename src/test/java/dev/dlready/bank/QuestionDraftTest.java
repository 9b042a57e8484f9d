package dev.dlready.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlready.bank.QuestionDraft.DraftMistake;
import dev.dlready.bank.QuestionDraft.DraftOption;
import dev.dlready.content.ContentReader;
import dev.dlready.question.Level;
import dev.dlready.question.QuestionType;
import dev.dlready.question.Tolerance;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionDraftTest {

    static final Set<String> TOPICS = Set.of("transformers", "mixed-precision");

    static QuestionDraft choice(String stem, List<DraftOption> options) {
        return new QuestionDraft("awkward-text", QuestionType.SINGLE_CHOICE, "transformers", Level.ENTRY, 4,
                List.of("attention", "softmax"), stem, options, true, "", "", List.of(), Tolerance.Kind.RELATIVE, "0.01",
                List.of(), List.of(), List.of(), "", "Because: \"reasons\" # and more.\nSecond line: 'quoted'.",
                List.of("Vaswani et al.: Attention Is All You Need (2017), § 3.2.1", "- a reference starting with a dash"));
    }

    @Test
    void awkward_text_survives_the_yaml_and_the_validator_unchanged() {
        String stem = "Key: value — what does \"scaled\" mean in $\\text{softmax}(QK^T/\\sqrt{d_k})$? # not a comment\n"
                + "- a line that looks like a list item\n"
                + "  indented: with a colon\n"
                + "Ünïcödé ≈ 10⁻⁸, 日本語, emoji 🚀, tab-free.";
        var draft = choice(stem, List.of(
                new DraftOption("- starts with a dash", true, ""),
                new DraftOption("yes", false, "\"yes\" is a YAML 1.1 boolean: it must stay text."),
                new DraftOption("123", false, "#1: a number-looking option"),
                new DraftOption("'single' and \"double\" quotes: both", false, ""),
                new DraftOption("[not a list], {not: a map}, & *not an alias, ! not a tag, % and @ and `", false,
                        "Line one:\n  line two, indented")));

        String yaml = draft.toYaml();
        var check = ContentReader.checkQuestion("question", yaml, TOPICS);

        assertThat(check.problems()).as(yaml).isEmpty();
        assertThat(check.question()).isNotNull();
        assertThat(check.question().meta().stem()).isEqualTo(stem);
        var read = QuestionDraft.read(yaml, TOPICS);
        assertThat(read.reason()).isEmpty();
        assertThat(read.draft()).isEqualTo(draft);
    }

    @Test
    void the_yaml_uses_literal_blocks_for_multi_line_markdown_and_omits_empty_optional_fields() {
        var draft = choice("Line one.\nLine two: $x$.", List.of(
                new DraftOption("A", true, ""), new DraftOption("B", false, " ")));

        String yaml = draft.toYaml();

        assertThat(yaml).startsWith("id: awkward-text\ntype: single_choice\ntopic: transformers\nlevel: entry\n"
                + "difficulty: 4\nskills:\n- attention\n- softmax\nstem: |-\n  Line one.\n  Line two: $x$.\noptions:\n"
                + "- text: A\n  correct: true\n- text: B\nexplanation: |-\n");
        assertThat(yaml).doesNotContain("wrong_feedback").doesNotContain("feedback:").doesNotContain("answer");
    }

    @Test
    void a_numeric_question_writes_its_numbers_as_numbers_and_keeps_its_common_mistakes() {
        var draft = new QuestionDraft("fp16-weights", QuestionType.NUMERIC, "mixed-precision", Level.INTERN, 2,
                List.of("memory-estimation"), "How many GiB do $10^9$ FP16 weights take?", List.of(), true,
                " 1.8626 ", "GiB", List.of("MiB", "GB"), Tolerance.Kind.RELATIVE, "0.01",
                List.of(new DraftMistake("2", "2 is GB: a GiB is $2^{30}$ bytes.")), List.of(), List.of(),
                "Check GB against GiB.", "$2 \\times 10^9 / 2^{30} \\approx 1.863$", List.of("IEEE 754-2019"));

        String yaml = draft.toYaml();

        assertThat(yaml).contains("answer: 1.8626\n").contains("unit: GiB\n").contains("accept_units:\n- MiB\n- GB\n")
                .contains("tolerance:\n  relative: 0.01\n").contains("- value: 2\n");
        var read = QuestionDraft.read(yaml, TOPICS);
        assertThat(read.reason()).isEmpty();
        assertThat(read.draft()).isNotNull();
        assertThat(read.draft().numericAnswer()).isEqualTo("1.8626");
        assertThat(read.draft().mistakes()).containsExactly(new DraftMistake("2", "2 is GB: a GiB is $2^{30}$ bytes."));
        assertThat(read.draft().wrongFeedback()).isEqualTo("Check GB against GiB.");
    }

    @Test
    void a_half_typed_number_reaches_the_validator_as_typed() {
        var draft = new QuestionDraft("fp16-weights", QuestionType.NUMERIC, "mixed-precision", Level.INTERN, 2,
                List.of("memory-estimation"), "How many GiB?", List.of(), true, "1.8.6", "", List.of(),
                Tolerance.Kind.ABSOLUTE, "0.1", List.of(), List.of(), List.of(), "", "Explained.", List.of("A source"));

        String yaml = draft.toYaml();

        assertThat(yaml).contains("answer: 1.8.6\n").contains("absolute: 0.1");
        var check = ContentReader.checkQuestion("question", yaml, TOPICS);
        assertThat(check.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("answer");
            assertThat(p.message()).contains("expected a number");
        });
    }

    @Test
    void true_false_and_short_answer_questions_round_trip() {
        var trueFalse = new QuestionDraft("bf16-range", QuestionType.TRUE_FALSE, "mixed-precision", Level.INTERN, 1,
                List.of("bf16"), "BF16 has a smaller range than FP16.", List.of(), false, "", "", List.of(),
                Tolerance.Kind.RELATIVE, "0.01", List.of(), List.of(), List.of(), "Range comes from exponent bits.",
                "BF16 keeps FP32's 8 exponent bits.", List.of("Kalamkar et al., 2019"));
        var shortText = new QuestionDraft("allreduce-name", QuestionType.SHORT_TEXT, "transformers", Level.INTERN, 1,
                List.of("collectives"), "Which collective leaves the sum on every rank?", List.of(), true, "", "",
                List.of(), Tolerance.Kind.RELATIVE, "0.01", List.of(), List.of("all-reduce", "allreduce"),
                List.of("^all[- ]?reduce$"), "", "All-reduce: every rank gets the result.", List.of("NCCL docs"));

        for (var draft : List.of(trueFalse, shortText)) {
            var read = QuestionDraft.read(draft.toYaml(), TOPICS);
            assertThat(read.reason()).as(draft.toYaml()).isEmpty();
            assertThat(read.draft()).isEqualTo(draft);
        }
        assertThat(trueFalse.toYaml()).contains("answer: false\n");
    }

    @Test
    void types_outside_the_form_and_invalid_yaml_are_refused_with_the_reason() {
        String ordering = """
                id: order-steps
                type: ordering
                topic: transformers
                level: entry
                difficulty: 3
                skills: [attention]
                stem: Put them in order.
                items: [one, two, three]
                explanation: Because.
                references: [A source]
                """;
        var unsupported = QuestionDraft.read(ordering, TOPICS);
        assertThat(unsupported.draft()).isNull();
        assertThat(unsupported.reason()).startsWith("Ordering questions are edited in YAML");

        var invalid = QuestionDraft.read(ordering.replace("type: ordering", "type: single_choice")
                .replace("items: [one, two, three]\n", ""), TOPICS);
        assertThat(invalid.draft()).isNull();
        assertThat(invalid.reason()).contains("line").contains("options").contains("Fix it in YAML");
    }

    @Test
    void split_drops_blank_entries_and_whitespace() {
        assertThat(QuestionDraft.split(" a, b ,, c ", ",")).containsExactly("a", "b", "c");
        assertThat(QuestionDraft.split("one\r\n\n two \n", "\n")).containsExactly("one", "two");
    }
}
