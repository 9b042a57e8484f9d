package dev.dlready.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlready.content.ContentReader;
import dev.dlready.content.QuestionYaml;
import dev.dlready.content.TopicDefinition;
import dev.dlready.content.moodle.ExportNote;
import dev.dlready.content.moodle.ImportNote;
import dev.dlready.content.moodle.ImportSettings;
import dev.dlready.content.moodle.MoodleFormat;
import dev.dlready.content.moodle.QuestionDefaults;
import dev.dlready.question.Level;
import dev.dlready.question.Question;
import dev.dlready.question.QuestionType;
import dev.dlready.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails("instructor@dlready.dev")
class QuestionTransferServiceTest {

    static final ImportOptions OPTIONS = new ImportOptions("transformers", Level.INTERN, 2);

    @Autowired
    QuestionTransferService transfer;

    @Autowired
    AuthoringService authoring;

    @Autowired
    JdbcTemplate jdbc;

    String prefix;

    @BeforeEach
    void uniquePrefix() {
        prefix = "mt" + UUID.randomUUID().toString().substring(0, 8);
    }

    byte[] giftBytes() {
        return TransferFixtures.gift(prefix).getBytes(StandardCharsets.UTF_8);
    }

    long questionCount() {
        return jdbc.queryForObject("select count(*) from question", Long.class);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = QuestionTransferServiceTest.class.getResourceAsStream("/moodle/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_preview_lists_every_question_with_topic_type_yaml_and_notes_and_saves_nothing() {
        long before = questionCount();

        var preview = transfer.preview(prefix + ".gift", giftBytes(), OPTIONS);

        assertThat(questionCount()).isEqualTo(before);
        assertThat(preview.refused()).isFalse();
        assertThat(preview.format()).isEqualTo("GIFT");
        assertThat(preview.questions()).hasSize(4);
        assertThat(preview.importable()).isEqualTo(3);

        var softmax = preview.questions().get(0);
        assertThat(softmax.line()).isEqualTo(2);
        assertThat(softmax.questionId()).isEqualTo(prefix + "-softmax");
        assertThat(softmax.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(softmax.topic()).as("no category: the chosen default topic").isEqualTo("transformers");
        assertThat(softmax.level()).isEqualTo(Level.INTERN);
        assertThat(softmax.difficulty()).isEqualTo(2);
        assertThat(softmax.yaml()).contains("id: " + prefix + "-softmax").contains("topic: transformers")
                .contains("Vaswani et al. (2017)");
        assertThat(softmax.notes()).extracting(ImportNote::message)
                .anySatisfy(m -> assertThat(m).contains("no category"));
        assertThat(softmax.preview().question().choices()).hasSize(3);
        assertThat(softmax.preview().keyMarkdown()).contains("softmax");

        var bytes = preview.questions().get(1);
        assertThat(bytes.topic()).as("the category's last segment is a topic title").isEqualTo("mixed-precision");
        assertThat(bytes.type()).isEqualTo(QuestionType.NUMERIC);

        var essay = preview.questions().get(3);
        assertThat(essay.importable()).isFalse();
        assertThat(essay.yaml()).isNull();
        assertThat(essay.notes(ImportNote.Kind.NOT_IMPORTED)).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("essay"));
    }

    @Test
    void importing_creates_app_questions_at_version_1_by_the_importer_and_reports_what_could_not_be_imported() {
        long instructor = jdbc.queryForObject("select id from user_account where email = 'instructor@dlready.dev'",
                Long.class);

        var outcome = transfer.importQuestions(prefix + ".gift", giftBytes(), OPTIONS, List.of(0, 1, 2, 3));

        assertThat(outcome.imported()).extracting(ImportOutcome.Imported::questionId)
                .containsExactly(prefix + "-softmax", prefix + "-bytes", prefix + "-bf16");
        assertThat(outcome.imported()).allSatisfy(i -> assertThat(i.version()).isEqualTo(1));
        assertThat(outcome.failed()).singleElement().satisfies(f -> {
            assertThat(f.index()).isEqualTo(3);
            assertThat(f.reason()).contains("essay");
        });
        for (var imported : outcome.imported()) {
            var opened = authoring.open(imported.questionId());
            assertThat(opened.version()).isEqualTo(1);
            assertThat(opened.editable()).isTrue();
            assertThat(jdbc.queryForObject("select author_id from question where id = ?", Long.class,
                    imported.questionId())).isEqualTo(instructor);
            assertThat(jdbc.queryForObject("select author_id from question_version where question_id = ? and number = 1",
                    Long.class, imported.questionId())).isEqualTo(instructor);
        }
        assertThat(authoring.open(prefix + "-bytes").yaml()).contains("topic: mixed-precision");
    }

    @Test
    void importing_the_same_file_again_never_reuses_an_id() {
        transfer.importQuestions(prefix + ".gift", giftBytes(), OPTIONS, List.of(0));

        var preview = transfer.preview(prefix + ".gift", giftBytes(), OPTIONS);
        assertThat(preview.questions().get(0).questionId()).isEqualTo(prefix + "-softmax-2");
        var again = transfer.importQuestions(prefix + ".gift", giftBytes(), OPTIONS, List.of(0));
        assertThat(again.imported()).singleElement().extracting(ImportOutcome.Imported::questionId)
                .isEqualTo(prefix + "-softmax-2");
    }

    @Test
    void only_the_chosen_questions_are_imported() {
        long before = questionCount();
        var outcome = transfer.importQuestions(prefix + ".gift", giftBytes(), OPTIONS, List.of(2));
        assertThat(outcome.imported()).singleElement().extracting(ImportOutcome.Imported::questionId)
                .isEqualTo(prefix + "-bf16");
        assertThat(questionCount()).isEqualTo(before + 1);
        assertThatThrownBy(() -> transfer.importQuestions(prefix + ".gift", giftBytes(), OPTIONS, List.of()))
                .isInstanceOf(TransferException.class).hasMessageContaining("at least one");
    }

    @Test
    void an_unknown_extension_is_refused_with_the_accepted_ones() {
        var preview = transfer.preview("bank.docx", giftBytes(), OPTIONS);
        assertThat(preview.refused()).isTrue();
        assertThat(preview.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("bank.docx").contains(".gift").contains(".txt").contains(".xml"));
    }

    @Test
    void a_file_over_one_mebibyte_is_refused_with_the_limit() {
        byte[] big = new byte[QuestionTransferService.MAX_FILE_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        var preview = transfer.preview("big.gift", big, OPTIONS);
        assertThat(preview.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("larger than the import limit of 1 MB"));
        assertThatThrownBy(() -> transfer.importQuestions("big.gift", big, OPTIONS, List.of(0)))
                .isInstanceOf(TransferException.class).hasMessageContaining("import limit");
    }

    @Test
    void a_file_with_more_than_500_questions_is_refused() {
        String many = IntStream.range(0, QuestionTransferService.MAX_QUESTIONS + 1)
                .mapToObj(i -> "::Q" + i + "::Statement " + i + " is true.{T}\n")
                .reduce("", (a, b) -> a + "\n" + b);
        var preview = transfer.preview("many.gift", many.getBytes(StandardCharsets.UTF_8), OPTIONS);
        assertThat(preview.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("501 questions").contains("at most 500"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxe-file.xml", "billion-laughs.xml", "external-dtd.xml", "parameter-entity.xml"})
    void hostile_xml_is_refused_before_any_entity_is_resolved(String file) throws IOException {
        long before = questionCount();
        var preview = transfer.preview(file, resource(file), OPTIONS);
        assertThat(preview.refused()).isTrue();
        assertThat(preview.questions()).isEmpty();
        assertThat(preview.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("DOCTYPE").contains("refused for safety"));
        assertThat(preview.toString()).doesNotContain("root:").doesNotContain("lollollol");
        assertThat(questionCount()).isEqualTo(before);
    }

    @Test
    void malformed_files_are_refused_with_the_line() throws IOException {
        var xml = transfer.preview("malformed.xml", resource("malformed.xml"), OPTIONS);
        assertThat(xml.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).startsWith("the file is not well-formed XML");
        });
        var gift = transfer.preview("broken.gift", "::A::First?{T}\n\n::B::Second?{=yes ~no\n".getBytes(
                StandardCharsets.UTF_8), OPTIONS);
        assertThat(gift.refused()).isTrue();
        assertThat(gift.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(3));
    }

    @Test
    void exported_gift_and_moodle_xml_read_back_to_the_same_questions() {
        var outcome = transfer.importQuestions(prefix + ".gift", giftBytes(), OPTIONS, List.of(0, 1, 2));
        List<String> ids = outcome.imported().stream().map(ImportOutcome.Imported::questionId).toList();
        var settings = ImportSettings.of(new QuestionDefaults("transformers", Level.ENTRY, 5, List.of("other"),
                "Other explanation.", List.of("Other reference")));

        for (var format : List.of(ExportFormat.GIFT, ExportFormat.MOODLE_XML)) {
            var file = transfer.export(format, ids);
            assertThat(file.exported()).isEqualTo(3);
            assertThat(file.fileName()).endsWith(format == ExportFormat.GIFT ? "-gift.txt" : ".xml");
            assertThat(file.mediaType()).isEqualTo(format.mediaType());
            var moodle = format == ExportFormat.GIFT ? MoodleFormat.GIFT : MoodleFormat.XML;
            var back = moodle.read(file.content(), settings);
            assertThat(back.problems()).isEmpty();
            assertThat(back.questions()).extracting(Question::id).containsExactlyElementsOf(ids);
            for (Question question : back.questions()) {
                assertThat(QuestionYaml.write(question)).as(format + " " + question.id())
                        .isEqualTo(authoring.open(question.id()).yaml());
            }
        }
    }

    @Test
    void a_dl_ready_export_is_a_quiz_file_the_validator_accepts() {
        var outcome = transfer.importQuestions(prefix + ".gift", giftBytes(), OPTIONS, List.of(0, 1, 2));
        List<String> ids = outcome.imported().stream().map(ImportOutcome.Imported::questionId).toList();

        var file = transfer.export(ExportFormat.DL_READY_YAML, ids, "My export");
        assertThat(file.fileName()).isEqualTo("my-export.yaml");
        assertThat(file.notes()).isEmpty();
        String text = new String(file.content(), StandardCharsets.UTF_8);
        var topics = List.of(new TopicDefinition("transformers", "Transformers", "s", "d", List.of()),
                new TopicDefinition("mixed-precision", "Mixed precision", "s", "d", List.of()));
        var read = ContentReader.readFiles(topics, Map.of("mixed-precision/my-export.yaml", text));
        assertThat(read.problems()).isEmpty();
        assertThat(read.questions()).extracting(Question::id).containsExactlyElementsOf(ids);
    }

    @Test
    void export_notes_say_what_a_format_cannot_carry_and_unknown_ids_are_left_out() {
        var outcome = transfer.importQuestions(prefix + ".gift", giftBytes(), OPTIONS, List.of(0));
        String id = outcome.imported().getFirst().questionId();

        var file = transfer.export(ExportFormat.GIFT, List.of(id, prefix + "-missing"));
        assertThat(file.requested()).isEqualTo(2);
        assertThat(file.exported()).isEqualTo(1);
        assertThat(file.notes()).anySatisfy(n -> {
            assertThat(n.questionId()).isEqualTo(prefix + "-missing");
            assertThat(n.kind()).isEqualTo(ExportNote.Kind.NOT_EXPORTED);
        });
        assertThatThrownBy(() -> transfer.export(ExportFormat.GIFT, List.of(prefix + "-missing")))
                .isInstanceOf(TransferException.class);
    }

    @Test
    void a_topic_and_the_banks_search_export_every_matching_question() {
        var byTopic = transfer.exportTopic(ExportFormat.MOODLE_XML, "mixed-precision");
        long inTopic = transfer.count(new QuestionSearch("", "mixed-precision", null, null, null));
        assertThat(byTopic.requested()).isEqualTo((int) inTopic).isPositive();
        assertThat(byTopic.fileName()).isEqualTo("mixed-precision.xml");

        transfer.importQuestions(prefix + ".gift", giftBytes(), OPTIONS, List.of(0, 1, 2));
        var search = new QuestionSearch(prefix, null, null, null, true);
        var bySearch = transfer.exportSearch(ExportFormat.GIFT, search);
        assertThat(bySearch.exported()).isEqualTo(3);
        assertThat(new String(bySearch.content(), StandardCharsets.UTF_8)).contains(prefix + "-softmax");
        assertThatThrownBy(() -> transfer.exportSearch(ExportFormat.GIFT,
                new QuestionSearch(prefix + "-nothing", null, null, null, null)))
                .isInstanceOf(TransferException.class).hasMessageContaining("No question matches");
    }

    @Test
    @WithMockUser(username = "student@dlready.dev", roles = "STUDENT")
    void students_can_neither_import_nor_export() {
        assertDenied();
    }

    @Test
    @WithMockUser(username = "recruiter@dlready.dev", roles = "RECRUITER")
    void recruiters_can_neither_import_nor_export() {
        assertDenied();
    }

    private void assertDenied() {
        assertThatThrownBy(() -> transfer.preview("a.gift", giftBytes(), OPTIONS))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> transfer.importQuestions("a.gift", giftBytes(), OPTIONS, List.of(0)))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> transfer.export(ExportFormat.GIFT, List.of("x")))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> transfer.exportTopic(ExportFormat.GIFT, "transformers"))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
