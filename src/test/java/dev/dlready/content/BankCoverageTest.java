package dev.dlready.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlready.question.Level;
import dev.dlready.question.Question;
import dev.dlready.question.QuestionType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The question bank in quizzes/ meets the coverage and quality floor the product promises. */
class BankCoverageTest {

    static ContentBank bank;

    @BeforeAll
    static void read() {
        bank = ContentReader.read(Path.of("quizzes"));
    }

    static List<Question> topic(String id) {
        return bank.questions().stream().filter(q -> q.meta().topic().equals(id)).toList();
    }

    @Test
    void the_bank_loads_without_a_single_problem() {
        assertThat(bank.problems()).isEmpty();
        assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(500);
    }

    @ParameterizedTest(name = "{0} has at least {1} questions")
    @CsvSource({
        "transformers, 60",
        "distributed-training, 60",
        "mixed-precision, 50",
        "cuda, 60",
        "compression, 50",
        "autograd, 40",
        "diffusion, 40",
        "reproducibility, 30",
        "state-space-models, 25",
        "training-dynamics, 40",
        "math-foundations, 45"
    })
    void every_topic_meets_its_minimum_count(String topic, int minimum) {
        assertThat(topic(topic)).hasSizeGreaterThanOrEqualTo(minimum);
    }

    @ParameterizedTest(name = "{0} has at least a third at each level and every difficulty")
    @CsvSource({
        "transformers", "distributed-training", "mixed-precision", "cuda", "compression", "autograd", "diffusion",
        "reproducibility", "state-space-models", "training-dynamics", "math-foundations"
    })
    void every_topic_spreads_levels_and_difficulties(String topic) {
        var questions = topic(topic);
        Map<Level, Long> levels = questions.stream()
                .collect(Collectors.groupingBy(q -> q.meta().level(), Collectors.counting()));
        for (Level level : Level.values()) {
            assertThat(levels.getOrDefault(level, 0L) * 3)
                    .as("%s questions at level %s", topic, level)
                    .isGreaterThanOrEqualTo(questions.size());
        }
        assertThat(questions.stream().map(q -> q.meta().difficulty()).distinct())
                .as("difficulties used in %s", topic)
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void at_least_one_hundred_questions_are_parameterised() {
        assertThat(bank.questions().stream().filter(q -> q instanceof Question.Parameterised))
                .hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void at_most_sixty_percent_are_single_choice_and_every_type_is_used() {
        Map<QuestionType, Long> types = bank.questions().stream()
                .collect(Collectors.groupingBy(Question::type, Collectors.counting()));
        assertThat(types.getOrDefault(QuestionType.SINGLE_CHOICE, 0L) * 100)
                .isLessThanOrEqualTo(60L * bank.questions().size());
        assertThat(types.keySet()).containsExactlyInAnyOrder(QuestionType.values());
    }

    @Test
    void every_question_has_an_explanation_and_a_reference() {
        assertThat(bank.questions()).allSatisfy(q -> {
            assertThat(q.meta().explanation()).as(q.id()).isNotBlank();
            assertThat(q.meta().references()).as(q.id()).isNotEmpty();
        });
    }

    @Test
    void every_wrong_option_names_the_misconception_it_catches() {
        var choices = bank.questions().stream()
                .filter(q -> q instanceof Question.Choice)
                .map(q -> (Question.Choice) q)
                .toList();
        assertThat(choices).allSatisfy(q -> assertThat(q.options())
                .filteredOn(o -> !o.correct())
                .as(q.id())
                .allSatisfy(o -> assertThat(o.feedback()).isNotBlank()));
    }

    @Test
    void every_quiz_file_records_its_independent_review() {
        assertThat(bank.quizzes()).allSatisfy(quiz -> {
            assertThat(quiz.review()).as(quiz.file()).isNotNull();
            assertThat(quiz.review().reviewedBy()).as(quiz.file()).isNotBlank();
            assertThat(quiz.review().reviewedOn()).as(quiz.file()).isNotBlank();
        });
    }

    @Test
    void every_question_survives_a_round_trip_through_its_stored_form() {
        Map<String, Question> byId = bank.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        assertThat(byId.values()).allSatisfy(q -> {
            String yaml = QuestionYaml.write(q);
            assertThat(ContentReader.parseQuestion(yaml)).as(q.id()).isEqualTo(q);
            assertThat(QuestionYaml.write(ContentReader.parseQuestion(yaml))).as(q.id()).isEqualTo(yaml);
        });
    }
}
