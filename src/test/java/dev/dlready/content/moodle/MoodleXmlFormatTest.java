package dev.dlready.content.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.dlready.question.Level;
import dev.dlready.question.Question;
import dev.dlready.question.Tolerance;
import dev.dlready.question.Unit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** src/test/resources/moodle/all-features.xml holds every feature Moodle XML shares with DL Ready. */
class MoodleXmlFormatTest {

    static ImportResult result;

    @BeforeAll
    static void read() {
        result = MoodleXmlFormat.read(MoodleFixtures.resource("all-features.xml"), MoodleFixtures.SETTINGS);
    }

    static ImportedQuestion item(String name) {
        return result.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    static ImportResult read(String xml) {
        return MoodleXmlFormat.read(xml.getBytes(StandardCharsets.UTF_8), MoodleFixtures.SETTINGS);
    }

    @Test
    void the_fixture_lists_every_question_with_its_type_and_line() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).extracting(ImportedQuestion::name, ImportedQuestion::moodleType, ImportedQuestion::line)
                .containsExactly(
                        tuple("Loss scaling purpose", "multichoice", 16),
                        tuple("Autocast FP32 ops", "multichoice", 75),
                        tuple("BF16 range", "truefalse", 129),
                        tuple("FP16 weights in GiB", "numerical", 158),
                        tuple("Collective name", "shortanswer", 225),
                        tuple("Parallelism", "matching", 266),
                        tuple("GradScaler steps", "ordering", 318),
                        tuple("ZeRO-3 memory per GPU", "calculated", 360),
                        tuple("Cloze", "cloze", 453),
                        tuple("Essay", "essay", 467),
                        tuple("All of the above", "multichoice", 486));
        assertThat(result.questions()).hasSize(8);
    }

    @Test
    void html_single_choice_becomes_markdown_and_images_files_and_hints_are_reported() {
        var item = item("Loss scaling purpose");

        assertThat(item.question()).isEqualTo(new Question.Choice(
                new Question.Meta(
                        "mp-loss-scale-purpose",
                        "mixed-precision",
                        Level.INTERN,
                        2,
                        List.of("loss-scaling", "fp16"),
                        "Why does FP16 training multiply the loss by a scale factor before `backward()`?\n\n"
                                + "Hint: gradients smaller than $2^{-24}$ flush to zero & are lost.",
                        "Multiplying the loss by *S* multiplies every gradient by *S*; they are divided by *S* before "
                                + "the optimizer step.",
                        MoodleFixtures.DEFAULTS.references(),
                        null),
                false,
                List.of(
                        new Question.Option("To keep small gradient values from underflowing to zero in FP16.", true,
                                null),
                        new Question.Option("To make the optimizer take larger steps.", false,
                                "The gradients are divided by the same factor before the step."),
                        new Question.Option("To stop activations from overflowing in the forward pass.", false,
                                "Scaling happens **after** the forward pass."))));
        assertThat(item.notes(ImportNote.Kind.DROPPED)).extracting(ImportNote::message).containsExactlyInAnyOrder(
                "question text: the embedded file \"scaling.png\"",
                "1 hint for further tries (DL Ready gives one try and then the explanation)",
                "question text: image \"loss curve\" (DL Ready questions have no images; describe the content in words)");
        // Moodle's standard "Your answer is correct." texts are not worth a note.
        assertThat(item.notes(ImportNote.Kind.DEFAULT_USED)).extracting(ImportNote::message)
                .containsExactly("references set to the default");
    }

    @Test
    void multiple_answers_with_markdown_references_and_non_standard_combined_feedback() {
        var item = item("Autocast FP32 ops");

        var choice = (Question.Choice) item.question();
        assertThat(choice.multiple()).isTrue();
        assertThat(choice.options()).extracting(Question.Option::text, Question.Option::correct)
                .containsExactly(tuple("`softmax`", true), tuple("`layer_norm`", true), tuple("`matmul`", false),
                        tuple("`conv2d`", false));
        assertThat(choice.meta().references())
                .containsExactly("PyTorch documentation, Automatic Mixed Precision package, autocast op reference");
        assertThat(choice.meta().explanation()).doesNotContain("References");
        assertThat(choice.meta().level()).isEqualTo(Level.ENTRY);
        assertThat(choice.meta().difficulty()).isEqualTo(3);
        assertThat(item.notes()).extracting(ImportNote::kind, ImportNote::message).containsExactly(
                tuple(ImportNote.Kind.DROPPED, "the feedback for a right answer (DL Ready shows the explanation)"));
    }

    @Test
    void true_false_reads_the_answers_by_their_text_not_their_order() {
        var tf = (Question.TrueFalse) item("BF16 range").question();

        assertThat(tf.answer()).isFalse();
        assertThat(tf.meta().wrongFeedback()).isEqualTo("Fewer mantissa bits mean less precision, not less range.");
    }

    @Test
    void numerical_keeps_tolerance_known_units_and_wrong_values_with_feedback() {
        var item = item("FP16 weights in GiB");

        var n = (Question.Numeric) item.question();
        assertThat(n.meta().stem())
                .isEqualTo("How much memory do the FP16 weights of a model with exactly 10⁹ parameters take?");
        assertThat(n.answer()).isEqualTo(1.8626);
        assertThat(n.key()).isEqualTo(new Question.NumericKey(Unit.of("GiB").orElseThrow(),
                List.of(Unit.of("MiB").orElseThrow(), Unit.of("GB").orElseThrow()),
                new Tolerance(Tolerance.Kind.ABSOLUTE, 0.02)));
        assertThat(n.mistakes()).containsExactly(
                new Question.CommonMistake("2.0", "That is GB (powers of 1000), not GiB."));
        assertThat(item.notes(ImportNote.Kind.DROPPED)).extracting(ImportNote::message).containsExactlyInAnyOrder(
                "the default mark 2.0000000 (every DL Ready question weighs the same in a quiz)",
                "the answer \"1.9\", which earned 50% (DL Ready gives full credit or none)",
                "the unit \"furlongs\" (× 5), which DL Ready cannot convert to GiB");
    }

    @Test
    void short_answer_wildcards_case_sensitivity_and_wrong_answer_feedback() {
        var item = item("Collective name");

        var s = (Question.ShortText) item.question();
        assertThat(s.accepted()).containsExactly("all-reduce", "allreduce");
        assertThat(s.patterns()).containsExactly("^all.*reduce \\(ring\\)$");
        assertThat(s.meta().wrongFeedback())
                .isEqualTo("Think of the operation data-parallel training uses to average gradients.");
        assertThat(s.meta().skills()).containsExactly("collectives");
        assertThat(item.notes(ImportNote.Kind.CHANGED)).extracting(ImportNote::message)
                .containsExactly("Moodle compared answers case-sensitively; DL Ready ignores case");
    }

    @Test
    void matching_with_html_items_a_distractor_and_feedback_for_wrong_answers() {
        var m = (Question.Matching) item("Parallelism").question();

        assertThat(m.pairs()).extracting(Question.MatchPair::left)
                .containsExactly("Data parallelism", "Tensor parallelism", "Pipeline parallelism");
        assertThat(m.distractors()).containsExactly("The number of training epochs");
        assertThat(m.meta().wrongFeedback()).isEqualTo("Ask what each GPU holds a *full* copy of.");
        assertThat(m.meta().topic()).isEqualTo("distributed");
    }

    @Test
    void ordering_items_in_file_order() {
        var o = (Question.Ordering) item("GradScaler steps").question();

        assertThat(o.items()).containsExactly(
                "Run the forward pass under autocast",
                "Scale the loss and call `backward()`",
                "Unscale the gradients, e.g. to clip them",
                "Step the optimizer",
                "Update the loss scale");
        assertThat(item("GradScaler steps").notes(ImportNote.Kind.CHANGED)).isEmpty();
    }

    @Test
    void calculated_becomes_parameterised_with_variables_formula_tolerance_and_placeholders() {
        var item = item("ZeRO-3 memory per GPU");

        var p = (Question.Parameterised) item.question();
        assertThat(p.variables()).containsExactly(
                new Question.Variable("P", List.of(1.0, 3.0, 7.0, 13.0)),
                new Question.Variable("N", List.of(2.0, 4.0, 8.0)));
        assertThat(p.answerFormula()).isEqualTo("P * 16 / N");
        assertThat(p.key()).isEqualTo(new Question.NumericKey(Unit.of("GB").orElseThrow(), List.of(),
                new Tolerance(Tolerance.Kind.RELATIVE, 0.02)));
        assertThat(p.mistakes())
                .containsExactly(new Question.CommonMistake("P * 16", "ZeRO-3 shards all of the state over the GPUs."));
        assertThat(p.meta().stem()).isEqualTo("A model with {{P}} billion parameters is trained with Adam and sharded "
                + "with ZeRO-3 over {{N}} GPUs. How many GB of model state does each GPU hold ({{= 16*P }} GB in total)?");
        assertThat(p.meta().explanation()).isEqualTo("16 bytes per parameter, so each GPU holds {{= 16*P/N }} GB.");
        assertThat(item.notes(ImportNote.Kind.CHANGED)).extracting(ImportNote::message)
                .singleElement().asString().contains("combinations Moodle never showed");
    }

    @Test
    void cloze_and_essay_are_not_imported_and_the_validator_refuses_all_of_the_above() {
        assertThat(item("Cloze").notes()).extracting(ImportNote::kind).containsExactly(ImportNote.Kind.NOT_IMPORTED);
        assertThat(item("Essay").notes()).extracting(ImportNote::kind).containsExactly(ImportNote.Kind.NOT_IMPORTED);
        assertThat(item("All of the above").importable()).isFalse();
        assertThat(item("All of the above").notes(ImportNote.Kind.NOT_IMPORTED)).extracting(ImportNote::message)
                .singleElement().asString().contains("all/none of the above");
    }

    @Test
    void the_imported_questions_export_to_moodle_xml_that_imports_to_the_same_questions() {
        ExportResult exported = MoodleXmlFormat.write(result.questions());

        ImportResult again = read(exported.text());

        assertThat(again.problems()).isEmpty();
        assertThat(again.questions()).isEqualTo(result.questions());
        assertThat(again.items()).allSatisfy(i -> assertThat(i.notes(ImportNote.Kind.DEFAULT_USED)).isEmpty());
    }

    @Test
    void text_with_a_cdata_terminator_and_markup_survives_export() {
        var meta = new Question.Meta("cdata-end", "imported", Level.INTERN, 1, List.of("xml"),
                "In XML, `]]>` ends a CDATA section; is `<b>` & `\"` text here?", "Yes: they are escaped.",
                List.of("XML 1.0, section 2.7"), null);
        var question = new Question.TrueFalse(meta, true);

        String xml = MoodleXmlFormat.write(List.of(question)).text();

        assertThat(xml).contains("]]]]><![CDATA[>");
        assertThat(read(xml).questions()).containsExactly(question);
    }

    @Test
    void exported_xml_names_the_category_tags_and_id_number() {
        String xml = MoodleXmlFormat.write(List.of(item("BF16 range").question())).text();

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        assertThat(xml).contains("<text>$course$/top/DL Ready/mixed-precision</text>");
        assertThat(xml).contains("<idnumber>bf16-range</idnumber>");
        assertThat(xml).contains("<tag><text>dlready-level-intern</text></tag>");
        assertThat(xml).contains("<questiontext format=\"markdown\">");
    }

    // ---- hostile and broken files ----

    @ParameterizedTest
    @ValueSource(strings = {"xxe-file.xml", "billion-laughs.xml", "external-dtd.xml", "parameter-entity.xml"})
    void a_file_with_a_doctype_is_refused_before_any_entity_is_resolved(String file) {
        ImportResult read = MoodleXmlFormat.read(MoodleFixtures.resource(file), MoodleFixtures.SETTINGS);

        assertThat(read.refused()).isTrue();
        assertThat(read.items()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("DOCTYPE").doesNotContain("root:");
        });
    }

    @Test
    void an_external_entity_pointing_at_a_local_file_never_reads_it(@TempDir Path folder) throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7f3a");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY s SYSTEM "%s">]>
                <quiz><question type="truefalse"><name><text>&s;</text></name>
                <questiontext><text>&s;</text></questiontext>
                <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                </question></quiz>
                """.formatted(secret.toUri());

        ImportResult read = read(xml);

        assertThat(read.refused()).isTrue();
        assertThat(read.toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void xinclude_is_not_processed() {
        ImportResult read = MoodleXmlFormat.read(MoodleFixtures.resource("xinclude.xml"), MoodleFixtures.SETTINGS);

        assertThat(read.toString()).doesNotContain("root:");
        assertThat(read.items()).singleElement().satisfies(i -> assertThat(i.importable()).isFalse());
    }

    @Test
    void a_malformed_file_is_refused_with_the_line_of_the_error() {
        ImportResult read = MoodleXmlFormat.read(MoodleFixtures.resource("malformed.xml"), MoodleFixtures.SETTINGS);

        assertThat(read.items()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).startsWith("the file is not well-formed XML");
            assertThat(p.toString()).startsWith("line 11: ");
        });
    }

    @Test
    void an_undefined_entity_is_refused_with_its_line() {
        ImportResult read = read("<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"truefalse\">\n"
                + "<name><text>&nbsp;</text></name></question></quiz>");

        assertThat(read.problems()).singleElement().extracting(FileProblem::line).isEqualTo(4);
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_parsed() {
        String padding = " ".repeat(ImportSettings.DEFAULT_MAX_BYTES);
        byte[] big = ("<?xml version=\"1.0\"?><quiz>" + padding + "</quiz>").getBytes(StandardCharsets.UTF_8);

        ImportResult read = MoodleXmlFormat.read(big, MoodleFixtures.SETTINGS);

        assertThat(read.problems()).singleElement().extracting(FileProblem::message).asString()
                .startsWith("the file has 5,242,9").contains("more than the import limit of 5 MB (5,242,880 bytes)");
    }

    @Test
    void a_file_that_is_not_a_moodle_question_file_is_refused() {
        assertThat(read("<?xml version=\"1.0\"?>\n<html><body/></html>").problems())
                .extracting(FileProblem::message)
                .containsExactly("not a Moodle XML question file: the top element is <html>, expected <quiz>");
        assertThat(read("").refused()).isTrue();
        assertThat(read("<quiz></quiz>").problems()).extracting(FileProblem::message)
                .containsExactly("the file contains no questions");
    }

    @Test
    void a_question_type_dl_ready_lacks_is_listed_with_its_reason_and_the_rest_still_imports() {
        ImportResult read = read("""
                <quiz>
                  <question type="ddwtos"><name><text>Drag</text></name></question>
                  <question type="truefalse"><name><text>Fine</text></name>
                    <questiontext format="plain_text"><text>Two plus two is four.</text></questiontext>
                    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                  </question>
                  <question><name><text>No type</text></name></question>
                </quiz>
                """);

        assertThat(read.items()).extracting(ImportedQuestion::name, ImportedQuestion::importable)
                .containsExactly(tuple("Drag", false), tuple("Fine", true), tuple("No type", false));
        assertThat(read.items().getFirst().notes()).extracting(ImportNote::message)
                .containsExactly("drag-and-drop and select-the-missing-word questions have no DL Ready equivalent");
    }
}
