package dev.dlready.content.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlready.question.Level;
import dev.dlready.question.Question;
import dev.dlready.question.Tolerance;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** src/test/resources/moodle/all-features.gift holds every feature GIFT shares with DL Ready. */
class GiftFormatTest {

    static ImportResult result;

    @BeforeAll
    static void read() {
        result = GiftFormat.read(MoodleFixtures.resource("all-features.gift"), MoodleFixtures.SETTINGS);
    }

    static ImportedQuestion item(String name) {
        return result.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    static ImportResult read(String gift) {
        return GiftFormat.read(gift.getBytes(StandardCharsets.UTF_8), MoodleFixtures.SETTINGS);
    }

    @Test
    void the_fixture_lists_every_question_in_file_order_with_its_line() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).extracting(ImportedQuestion::name, ImportedQuestion::moodleType, ImportedQuestion::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Loss scaling", "multichoice", 9),
                        org.assertj.core.groups.Tuple.tuple("Autocast FP32 ops", "multichoice", 17),
                        org.assertj.core.groups.Tuple.tuple("Reductions", "multichoice", 26),
                        org.assertj.core.groups.Tuple.tuple("BF16 range", "truefalse", 29),
                        org.assertj.core.groups.Tuple.tuple("Collective", "shortanswer", 32),
                        org.assertj.core.groups.Tuple.tuple("FP16 weights", "numerical", 42),
                        org.assertj.core.groups.Tuple.tuple("Warmup", "numerical", 45),
                        org.assertj.core.groups.Tuple.tuple("FP16 bytes", "numerical", 48),
                        org.assertj.core.groups.Tuple.tuple("Parallelism", "matching", 59),
                        org.assertj.core.groups.Tuple.tuple("GradScaler steps", "ordering", 68),
                        org.assertj.core.groups.Tuple.tuple("Escapes", "shortanswer", 79),
                        org.assertj.core.groups.Tuple.tuple("HTML text", "multichoice", 82),
                        org.assertj.core.groups.Tuple.tuple("Partial", "multichoice", 85),
                        org.assertj.core.groups.Tuple.tuple("Essay", "essay", 88),
                        org.assertj.core.groups.Tuple.tuple("Intro", "description", 90));
        assertThat(result.questions()).hasSize(13);
    }

    @Test
    void single_choice_with_id_tags_category_feedback_math_and_references_imports_exactly() {
        var item = item("Loss scaling");

        assertThat(item.clean()).as(item.notes().toString()).isTrue();
        assertThat(item.question()).isEqualTo(new Question.Choice(
                new Question.Meta(
                        "mp-loss-scale",
                        "mixed-precision",
                        Level.ENTRY,
                        3,
                        List.of("loss-scaling", "fp16"),
                        "Why does FP16 training multiply the loss by a scale factor before `backward()`?",
                        "Many gradients are smaller than FP16's smallest subnormal and would flush to zero; scaling "
                                + "lifts them.",
                        List.of("Micikevicius et al., Mixed Precision Training, ICLR 2018"),
                        null),
                false,
                List.of(
                        new Question.Option("To keep small gradients from underflowing to zero.", true,
                                "Gradients below $2^{-24}$ would flush to zero."),
                        new Question.Option("To make the optimizer take larger steps.", false,
                                "The gradients are unscaled before the optimizer step."),
                        new Question.Option("To stop activations from overflowing.", false,
                                "Scaling happens after the forward pass."))));
    }

    @Test
    void missing_metadata_gets_the_callers_defaults_with_a_note_for_each() {
        var item = item("Reductions");

        var meta = item.question().meta();
        assertThat(meta.level()).isEqualTo(MoodleFixtures.DEFAULTS.level());
        assertThat(meta.difficulty()).isEqualTo(MoodleFixtures.DEFAULTS.difficulty());
        assertThat(meta.skills()).isEqualTo(MoodleFixtures.DEFAULTS.skills());
        assertThat(meta.explanation()).isEqualTo(MoodleFixtures.DEFAULTS.explanation());
        assertThat(meta.references()).isEqualTo(MoodleFixtures.DEFAULTS.references());
        assertThat(item.notes(ImportNote.Kind.DEFAULT_USED)).extracting(ImportNote::message)
                .anyMatch(m -> m.startsWith("level"))
                .anyMatch(m -> m.startsWith("difficulty"))
                .anyMatch(m -> m.contains("skills"))
                .anyMatch(m -> m.contains("explanation"))
                .anyMatch(m -> m.startsWith("references"));
    }

    @Test
    void multiple_answers_with_dl_ready_weights_import_without_a_scoring_note() {
        var item = item("Autocast FP32 ops");

        var choice = (Question.Choice) item.question();
        assertThat(choice.multiple()).isTrue();
        assertThat(choice.options()).extracting(Question.Option::text, Question.Option::correct, Question.Option::feedback)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("softmax", true, "It needs the range."),
                        org.assertj.core.groups.Tuple.tuple("layer_norm", true, null),
                        org.assertj.core.groups.Tuple.tuple("matmul", false, "Matmuls run in FP16 on tensor cores."),
                        org.assertj.core.groups.Tuple.tuple("conv2d", false, null));
        assertThat(item.notes(ImportNote.Kind.CHANGED)).isEmpty();
    }

    @Test
    void other_moodle_weights_are_reported_as_a_scoring_change() {
        var item = item("Reductions");

        assertThat(((Question.Choice) item.question()).options()).extracting(Question.Option::correct)
                .containsExactly(true, true, false, false);
        assertThat(item.notes(ImportNote.Kind.CHANGED)).singleElement().extracting(ImportNote::message)
                .asString().contains("50%, 50%, -100%, 0%").contains("max(0, c/C − w/W)");
    }

    @Test
    void partial_credit_in_a_single_choice_question_is_reported() {
        var item = item("Partial");

        assertThat(((Question.Choice) item.question()).options()).extracting(Question.Option::correct)
                .containsExactly(true, false, false);
        assertThat(item.notes(ImportNote.Kind.CHANGED)).singleElement().extracting(ImportNote::message)
                .asString().contains("\"FP16\" earned 50%");
    }

    @Test
    void true_false_keeps_the_wrong_answer_feedback_and_reports_the_right_answer_feedback() {
        var item = item("BF16 range");

        var tf = (Question.TrueFalse) item.question();
        assertThat(tf.answer()).isFalse();
        assertThat(tf.meta().wrongFeedback()).isEqualTo("Fewer mantissa bits mean less precision, not less range.");
        assertThat(tf.meta().explanation()).isEqualTo("BF16 keeps FP32's 8 exponent bits.");
        assertThat(item.notes(ImportNote.Kind.DROPPED)).extracting(ImportNote::message)
                .containsExactly("the feedback for the right answer (DL Ready shows the explanation)");
    }

    @Test
    void short_answer_takes_exact_answers_wildcards_and_the_any_other_answer_feedback() {
        var item = item("Collective");

        var s = (Question.ShortText) item.question();
        assertThat(s.accepted()).containsExactly("all-reduce", "allreduce");
        assertThat(s.patterns()).containsExactly("^all.*reduce operation$");
        assertThat(s.meta().wrongFeedback())
                .isEqualTo("Reduce leaves the result on one rank; reduce-scatter leaves each rank a shard.");
        assertThat(item.notes(ImportNote.Kind.DROPPED)).extracting(ImportNote::message)
                .containsExactly("the answer \"reduce\", which earned 50% (DL Ready gives full credit or none)");
    }

    @Test
    void numerical_answers_with_tolerance_range_and_exact_value() {
        var weights = (Question.Numeric) item("FP16 weights").question();
        assertThat(weights.answer()).isEqualTo(1.8626);
        assertThat(weights.key().tolerance()).isEqualTo(new Tolerance(Tolerance.Kind.ABSOLUTE, 0.02));

        var warmup = (Question.Numeric) item("Warmup").question();
        assertThat(warmup.answer()).isEqualTo(3000);
        assertThat(warmup.key().tolerance()).isEqualTo(new Tolerance(Tolerance.Kind.ABSOLUTE, 2000));

        var bytes = item("FP16 bytes");
        var n = (Question.Numeric) bytes.question();
        assertThat(n.answer()).isEqualTo(2);
        assertThat(n.key().tolerance()).isEqualTo(new Tolerance(Tolerance.Kind.RELATIVE, ToDlReady.EXACT));
        assertThat(n.mistakes()).containsExactly(new Question.CommonMistake("4.0", "That is the size of FP32."));
        assertThat(n.meta().wrongFeedback()).isEqualTo("Count the bits: 16.");
        assertThat(bytes.notes(ImportNote.Kind.CHANGED)).singleElement().extracting(ImportNote::message)
                .asString().contains("only the exact value");
        assertThat(bytes.notes(ImportNote.Kind.DROPPED)).extracting(ImportNote::message)
                .containsExactly("the answer \"3\", which earned 50% (DL Ready gives full credit or none)");
    }

    @Test
    void matching_pairs_and_a_distractor() {
        var m = (Question.Matching) item("Parallelism").question();

        assertThat(m.pairs()).containsExactly(
                new Question.MatchPair("Data parallelism", "The batch"),
                new Question.MatchPair("Tensor parallelism", "The weight matrices inside a layer"),
                new Question.MatchPair("Pipeline parallelism", "The sequence of layers"));
        assertThat(m.distractors()).containsExactly("The number of training epochs");
        assertThat(m.meta().topic()).isEqualTo("distributed");
    }

    @Test
    void ordering_items_in_their_correct_order() {
        var o = (Question.Ordering) item("GradScaler steps").question();

        assertThat(o.items()).containsExactly(
                "Run the forward pass under autocast",
                "Scale the loss and call backward()",
                "Unscale the gradients",
                "Step the optimizer",
                "Update the loss scale");
    }

    @Test
    void escaped_characters_and_a_missing_word_blank_in_plain_text() {
        var s = (Question.ShortText) item("Escapes").question();

        assertThat(s.meta().stem())
                .isEqualTo("In Python, the dict {1: 'a'} maps 1 to \\_\\_\\_\\_\\_ (a = b, c ~ d, e # f, g \\\\ h).");
        assertThat(s.accepted()).containsExactly("a");
    }

    @Test
    void html_text_becomes_markdown_and_mathjax_delimiters_become_dollars() {
        assertThat(item("HTML text").question().meta().stem())
                .isEqualTo("What does **autocast** keep in *FP32*?\n\nThink of $e^x$ in `torch.softmax`.");
    }

    @Test
    void essays_and_descriptions_are_listed_as_not_imported_with_the_reason() {
        assertThat(item("Essay").importable()).isFalse();
        assertThat(item("Essay").notes()).extracting(ImportNote::kind).containsExactly(ImportNote.Kind.NOT_IMPORTED);
        assertThat(item("Intro").notes()).singleElement().extracting(ImportNote::message)
                .asString().contains("description");
    }

    @Test
    void categories_map_to_topics_through_the_callers_mapping_and_unknown_ones_fall_back_to_the_default() {
        var settings = MoodleFixtures.SETTINGS
                .withCategoryTopics(Map.of("Distributed", "distributed-training"))
                .withKnownTopics(Set.of("mixed-precision", "distributed-training", "imported"));

        var mapped = GiftFormat.read(MoodleFixtures.resource("all-features.gift"), settings);

        var topics = mapped.items().stream().filter(ImportedQuestion::importable)
                .collect(java.util.stream.Collectors.toMap(ImportedQuestion::name, i -> i.question().meta().topic()));
        assertThat(topics).containsEntry("Loss scaling", "mixed-precision")
                .containsEntry("Parallelism", "distributed-training")
                .containsEntry("Escapes", "imported");
        var escapes = mapped.items().stream().filter(i -> i.name().equals("Escapes")).findFirst().orElseThrow();
        assertThat(escapes.notes(ImportNote.Kind.DEFAULT_USED)).extracting(ImportNote::message)
                .contains("the category \"Default for DL 101\" matches no topic; topic set to the default, imported");
    }

    @Test
    void an_id_already_in_the_bank_is_never_taken_over() {
        var settings = MoodleFixtures.SETTINGS.withExistingIds(Set.of("mp-loss-scale"));

        var item = GiftFormat.read(MoodleFixtures.resource("all-features.gift"), settings).items().getFirst();

        assertThat(item.question().id()).isEqualTo("mp-loss-scale-2");
        assertThat(item.notes(ImportNote.Kind.CHANGED)).extracting(ImportNote::message)
                .containsExactly("the id \"mp-loss-scale\" is already taken; the question was given \"mp-loss-scale-2\"");
    }

    @Test
    void the_imported_questions_export_to_gift_that_imports_to_the_same_questions() {
        ExportResult exported = GiftFormat.write(result.questions());

        ImportResult again = read(exported.text());

        assertThat(again.problems()).isEmpty();
        assertThat(exported.exported()).isEqualTo(result.questions().size());
        var expected = new java.util.ArrayList<>(result.questions());
        var back = new java.util.ArrayList<>(again.questions());
        // GIFT's ordering form has no general feedback: the explanation comes back as the default.
        int ordering = indexOf(expected, Question.Ordering.class);
        assertThat(((Question.Ordering) back.get(ordering)).items())
                .isEqualTo(((Question.Ordering) expected.get(ordering)).items());
        expected.remove(ordering);
        back.remove(ordering);
        assertThat(back).isEqualTo(expected);
    }

    private static int indexOf(List<Question> questions, Class<?> type) {
        for (int i = 0; i < questions.size(); i++) {
            if (type.isInstance(questions.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }

    @Test
    void export_escapes_special_characters_and_writes_line_breaks_as_backslash_n() {
        var question = item("Escapes").question();

        String gift = GiftFormat.write(List.of(question)).text();

        assertThat(gift).contains("::escapes::[markdown]In Python, the dict \\{1\\: 'a'\\} maps 1 to "
                + "\\\\_\\\\_\\\\_\\\\_\\\\_ (a \\= b, c \\~ d, e \\# f, g \\\\\\\\ h).{");
        assertThat(gift).contains("// [id:escapes]");
        assertThat(gift).contains("$CATEGORY: $course$/top/DL Ready/default-for-dl-101");
        String multiLine = GiftFormat.write(List.of(item("HTML text").question())).text();
        assertThat(multiLine).contains("What does **autocast** keep in *FP32*?\\n\\nThink of \\\\\\\\(e^x\\\\\\\\) in");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unclosed answer block                 | 3 | ::A::Question text{=yes ~no
            a closing brace without an opening one   | 3 | ::A::Question text =yes ~no}
            an unclosed title                        | 3 | ::A Question text{=yes ~no}
            a second answer block                    | 4 | ::A::Question{=yes ~no}\\n and more {=x}
            a brace inside the answers               | 3 | ::A::Question{=yes {~no}
            text before the first choice             | 3 | ::A::Question{maybe ~yes =no}
            a matching pair without an arrow         | 3 | ::A::Match{=a -> 1 =b 2}
            a weight above 100 percent               | 3 | ::A::Pick{~%150%a ~b}
            a numerical answer that is not a number  | 3 | ::A::How many?{#twelve}
            a range that ends below its start        | 3 | ::A::How many?{#5..1}
            an ordering without the item count       | 3 | ::A::Order{>ALL\\nfirst\\nsecond\\n}
            """)
    void a_syntax_error_refuses_the_file_and_names_the_line(String what, int line, String question) {
        String gift = "// first lines are fine\n\n" + question.replace("\\n", "\n") + "\n\n::B::Fine{T}\n";

        ImportResult read = read(gift);

        assertThat(read.refused()).as(what).isTrue();
        assertThat(read.items()).isEmpty();
        assertThat(read.problems()).as(what).singleElement().extracting(FileProblem::line).isEqualTo(line);
    }

    @Test
    void every_syntax_error_of_a_file_is_reported_at_once() {
        ImportResult read = read("::A::x{=a\n\n::B::y}\n\n::C::fine{T}\n\n::D::z{#abc}\n");

        assertThat(read.problems()).extracting(FileProblem::line).containsExactly(1, 3, 7);
        assertThat(read.problems().getFirst().toString()).startsWith("line 1: ");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_the_line_of_the_bad_byte() {
        byte[] latin1 = "::A::ok{T}\n\n::B::caf\u00e9{T}\n".getBytes(StandardCharsets.ISO_8859_1);

        ImportResult read = GiftFormat.read(latin1, MoodleFixtures.SETTINGS);

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("UTF-8");
        });
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_parsed() {
        byte[] big = ("::A::ok{T}\n\n").repeat(100).getBytes(StandardCharsets.UTF_8);

        ImportResult read = GiftFormat.read(big, MoodleFixtures.SETTINGS.withMaxBytes(1000));

        assertThat(read.refused()).isTrue();
        assertThat(read.problems().getFirst().message()).contains("more than the import limit");
    }

    @Test
    void a_stream_is_read_only_up_to_the_limit() throws java.io.IOException {
        var endless = new java.io.InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return 'x';
            }
        };

        ImportResult read = GiftFormat.read(endless, MoodleFixtures.SETTINGS.withMaxBytes(10_000));

        assertThat(read.refused()).isTrue();
        assertThat(endless.served).isLessThanOrEqualTo(10_001);
    }

    @Test
    void a_file_with_only_comments_has_no_questions() {
        assertThat(read("// nothing here\n// at all\n").problems()).extracting(FileProblem::message)
                .containsExactly("the file contains no questions");
    }
}
