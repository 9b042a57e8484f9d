package dev.dlready.content;

import static dev.dlready.content.ContentFixtures.GOOD_QUESTION;
import static dev.dlready.content.ContentFixtures.MATCHING;
import static dev.dlready.content.ContentFixtures.MULTIPLE;
import static dev.dlready.content.ContentFixtures.NUMERIC;
import static dev.dlready.content.ContentFixtures.ORDERING;
import static dev.dlready.content.ContentFixtures.PARAMETERISED;
import static dev.dlready.content.ContentFixtures.SHORT_TEXT;
import static dev.dlready.content.ContentFixtures.SINGLE;
import static dev.dlready.content.ContentFixtures.TOPICS;
import static dev.dlready.content.ContentFixtures.TRUE_FALSE;
import static dev.dlready.content.ContentFixtures.brokenFolder;
import static dev.dlready.content.ContentFixtures.lineOf;
import static dev.dlready.content.ContentFixtures.quiz;
import static dev.dlready.content.ContentFixtures.replace;
import static dev.dlready.content.ContentFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dlready.question.Level;
import dev.dlready.question.Question;
import dev.dlready.question.QuestionType;
import dev.dlready.question.Tolerance;
import dev.dlready.question.Unit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentReaderTest {

    static final String BROKEN = "alpha/alpha-broken.yaml";

    @TempDir
    Path root;

    // ---------------------------------------------------------------------------------------------------------------
    // A good folder

    @Test
    void a_quiz_with_one_valid_question_of_every_type_loads_without_problems() {
        write(root, "topics.yaml", TOPICS);
        write(root, "alpha/alpha-all-types.yaml", quiz(
                "alpha-all-types", "alpha",
                SINGLE, MULTIPLE, TRUE_FALSE, NUMERIC, PARAMETERISED, SHORT_TEXT, ORDERING, MATCHING));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).isEmpty();
        assertThat(bank.valid()).isTrue();
        assertThat(bank.topics()).extracting(TopicDefinition::id).containsExactly("alpha", "beta");
        assertThat(bank.topics().get(1).prerequisites()).containsExactly("alpha");
        assertThat(bank.quizzes()).hasSize(1);
        QuizDefinition quiz = bank.quizzes().getFirst();
        assertThat(quiz.id()).isEqualTo("alpha-all-types");
        assertThat(quiz.topic()).isEqualTo("alpha");
        assertThat(quiz.title()).isEqualTo("A test quiz");
        assertThat(quiz.timeLimitMinutes()).isEqualTo(15);
        assertThat(quiz.file()).isEqualTo("alpha/alpha-all-types.yaml");
        assertThat(quiz.review()).isNotNull();
        assertThat(quiz.review().reviewedBy()).isEqualTo("Test author");
        assertThat(quiz.questions())
                .extracting(Question::type)
                .containsExactly(
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.MULTIPLE_CHOICE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.NUMERIC,
                        QuestionType.PARAMETERISED_NUMERIC,
                        QuestionType.SHORT_TEXT,
                        QuestionType.ORDERING,
                        QuestionType.MATCHING);
        assertThat(bank.questions()).extracting(Question::id).containsExactly(
                "q-single", "q-multiple", "q-true-false", "q-numeric", "q-param", "q-short", "q-ordering", "q-matching");
    }

    @Test
    void every_question_type_is_read_into_the_right_record_with_its_key() {
        write(root, "topics.yaml", TOPICS);
        write(root, "alpha/alpha-all-types.yaml", quiz(
                "alpha-all-types", "alpha",
                SINGLE, MULTIPLE, TRUE_FALSE, NUMERIC, PARAMETERISED, SHORT_TEXT, ORDERING, MATCHING));

        List<Question> questions = ContentReader.read(root).questions();

        var single = (Question.Choice) questions.get(0);
        assertThat(single.multiple()).isFalse();
        assertThat(single.meta().topic()).as("defaults to the quiz's topic").isEqualTo("alpha");
        assertThat(single.meta().level()).isEqualTo(Level.INTERN);
        assertThat(single.meta().difficulty()).isEqualTo(2);
        assertThat(single.meta().skills()).containsExactly("loss-scaling", "fp16");
        assertThat(single.meta().references()).containsExactly("Micikevicius et al., Mixed Precision Training, ICLR 2018");
        assertThat(single.meta().explanation()).startsWith("Small gradients underflow");
        assertThat(single.options()).extracting(Question.Option::correct).containsExactly(true, false, false);
        assertThat(single.options().get(1).feedback()).isEqualTo("The gradients are unscaled before the optimizer step.");
        assertThat(single.options().get(0).feedback()).isNull();

        var multiple = (Question.Choice) questions.get(1);
        assertThat(multiple.multiple()).isTrue();
        assertThat(multiple.meta().level()).isEqualTo(Level.ENTRY);
        assertThat(multiple.options()).filteredOn(Question.Option::correct)
                .extracting(Question.Option::text)
                .containsExactly("FP32", "BF16");

        var trueFalse = (Question.TrueFalse) questions.get(2);
        assertThat(trueFalse.answer()).isFalse();
        assertThat(trueFalse.meta().wrongFeedback()).startsWith("BF16 keeps the 8 exponent bits");

        var numeric = (Question.Numeric) questions.get(3);
        assertThat(numeric.answer()).isEqualTo(2.0);
        assertThat(numeric.key().unit()).isEqualTo(Unit.of("GiB").orElseThrow());
        assertThat(numeric.key().acceptUnits()).extracting(Unit::symbol).containsExactly("MiB", "GB");
        assertThat(numeric.key().answerUnits()).extracting(Unit::symbol).containsExactly("GiB", "MiB", "GB");
        assertThat(numeric.key().tolerance()).isEqualTo(new Tolerance(Tolerance.Kind.RELATIVE, 0.01));
        assertThat(numeric.mistakes()).hasSize(1);
        assertThat(Double.parseDouble(numeric.mistakes().getFirst().expression())).isEqualTo(1.0);
        assertThat(numeric.meta().stem()).contains("$2^{30}$");

        var parameterised = (Question.Parameterised) questions.get(4);
        assertThat(parameterised.variables()).extracting(Question.Variable::name).containsExactly("P", "N");
        assertThat(parameterised.variables().get(0).values()).containsExactly(1.0, 3.0, 7.0, 13.0);
        assertThat(parameterised.variables().get(1).values())
                .containsExactly(2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0);
        assertThat(parameterised.answerFormula()).isEqualTo("P * 16 / N");
        assertThat(parameterised.key().unit().symbol()).isEqualTo("GB");
        assertThat(parameterised.key().tolerance()).isEqualTo(new Tolerance(Tolerance.Kind.RELATIVE, 0.02));
        assertThat(parameterised.answerRange()).isEqualTo(new Question.Range(0.05, 120));
        assertThat(parameterised.mistakes()).extracting(Question.CommonMistake::expression).containsExactly("P * 16");
        assertThat(parameterised.answerFor(java.util.Map.of("P", 7.0, "N", 4.0))).isEqualTo(28.0);

        var shortText = (Question.ShortText) questions.get(5);
        assertThat(shortText.accepted()).containsExactly("all-reduce", "allreduce");
        assertThat(shortText.patterns()).containsExactly("^all[- ]?reduce( collective)?$");

        var ordering = (Question.Ordering) questions.get(6);
        assertThat(ordering.items()).containsExactly(
                "Run the forward pass under autocast",
                "Scale the loss and call backward()",
                "Unscale the gradients and check them for inf/NaN",
                "Step the optimizer");

        var matching = (Question.Matching) questions.get(7);
        assertThat(matching.pairs()).containsExactly(
                new Question.MatchPair("Data parallelism", "The batch"),
                new Question.MatchPair("Tensor parallelism", "The weight matrices inside a layer"),
                new Question.MatchPair("Pipeline parallelism", "The sequence of layers"));
        assertThat(matching.distractors()).containsExactly("The vocabulary");
    }

    @Test
    void reading_the_same_folder_twice_gives_the_same_bank() {
        write(root, "topics.yaml", TOPICS);
        write(root, "alpha/alpha-all-types.yaml", quiz("alpha-all-types", "alpha", SINGLE, PARAMETERISED, MATCHING));

        assertThat(ContentReader.read(root)).isEqualTo(ContentReader.read(root));
    }

    @Test
    void a_question_may_name_its_own_topic() {
        write(root, "topics.yaml", TOPICS);
        write(root, "alpha/alpha-mixed.yaml", quiz(
                "alpha-mixed", "alpha", replace(TRUE_FALSE, "  level: intern", "  topic: beta\n  level: intern")));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).isEmpty();
        assertThat(bank.questions().getFirst().meta().topic()).isEqualTo("beta");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Broken files: every problem names the file, the line and the field; the good file next to it still loads

    @Test
    void a_question_id_used_in_two_files_is_reported_in_the_second_file_and_the_first_keeps_it() {
        write(root, "topics.yaml", TOPICS);
        write(root, "alpha/alpha-good.yaml", quiz("alpha-good", "alpha", GOOD_QUESTION));
        String first = quiz("alpha-one", "alpha", SINGLE);
        String second = quiz("alpha-two", "alpha", TRUE_FALSE, SINGLE);
        write(root, "alpha/alpha-one.yaml", first);
        write(root, "alpha/alpha-two.yaml", second);

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("alpha/alpha-two.yaml");
            assertThat(p.line()).isEqualTo(lineOf(second, "- id: q-single"));
            assertThat(p.field()).isEqualTo("questions[q-single].id");
            assertThat(p.message()).contains("duplicate id", "alpha/alpha-one.yaml:" + lineOf(first, "- id: q-single"));
        });
        assertThat(loaded(bank, "alpha-one").questions()).extracting(Question::id).containsExactly("q-single");
        assertThat(loaded(bank, "alpha-two").questions()).extracting(Question::id).containsExactly("q-true-false");
        assertGoodFileLoads(bank);
    }

    @Test
    void an_unknown_field_such_as_a_typo_is_reported_with_file_line_and_field() {
        String text = brokenFolder(root, replace(SINGLE, "  explanation:", "  explanaton:"), TRUE_FALSE);

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).anySatisfy(p -> assertProblem(
                p, lineOf(text, "explanaton:"), "questions[q-single].explanaton", "unknown field", "explanation"));
        assertThat(bank.problems()).as("the misspelt field is not silently dropped").anySatisfy(p -> assertProblem(
                p, lineOf(text, "- id: q-single"), "questions[q-single].explanation", "missing"));
        assertThat(bank.questions()).extracting(Question::id).doesNotContain("q-single").contains("q-true-false");
        assertGoodFileLoads(bank);
    }

    @Test
    void a_formula_naming_an_undefined_variable_is_reported_with_file_line_and_field() {
        String text = brokenFolder(root, replace(PARAMETERISED, "answer: \"P * 16 / N\"", "answer: \"P * 16 / M\""));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "answer: \"P * 16 / M\""), "questions[q-param].answer", "'M'", "declared variables"));
        assertBrokenQuestionSkipped(bank, "q-param");
    }

    @Test
    void a_placeholder_formula_naming_an_undefined_variable_is_reported_on_its_field() {
        String text = brokenFolder(root, replace(PARAMETERISED, "{{= P*16/N }}", "{{= P*16/GPUS }}"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "  explanation: |"), "questions[q-param].explanation", "GPUS"));
        assertBrokenQuestionSkipped(bank, "q-param");
    }

    @Test
    void a_relative_tolerance_above_a_quarter_is_reported_because_it_makes_every_answer_right() {
        String text = brokenFolder(root, replace(NUMERIC, "{ relative: 0.01 }", "{ relative: 0.5 }"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "tolerance:"), "questions[q-numeric].tolerance", "relative tolerance above 0.25"));
        assertBrokenQuestionSkipped(bank, "q-numeric");
    }

    @Test
    void an_absolute_tolerance_as_large_as_the_answer_is_reported() {
        String text = brokenFolder(root,
                replace(NUMERIC, "{ relative: 0.01 }", "{ absolute: 2 }"),
                replace(replace(NUMERIC, "id: q-numeric", "id: q-numeric-wider"), "{ relative: 0.01 }", "{ absolute: 5 }"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).hasSize(2);
        assertThat(bank.problems().get(0)).satisfies(p -> assertProblem(
                p, lineOf(text, "{ absolute: 2 }"), "questions[q-numeric].tolerance", "even 0 would count as right"));
        assertThat(bank.problems().get(1)).satisfies(p -> assertProblem(
                p, lineOf(text, "{ absolute: 5 }"), "questions[q-numeric-wider].tolerance", "absolute tolerance"));
        assertBrokenQuestionSkipped(bank, "q-numeric");
        assertThat(bank.questions()).extracting(Question::id).doesNotContain("q-numeric-wider");
    }

    @Test
    void tolerances_just_inside_the_limits_are_accepted() {
        write(root, "topics.yaml", TOPICS);
        write(root, "alpha/alpha-limits.yaml", quiz("alpha-limits", "alpha",
                replace(NUMERIC, "{ relative: 0.01 }", "{ relative: 0.25 }"),
                replace(replace(NUMERIC, "id: q-numeric", "id: q-numeric-abs"), "{ relative: 0.01 }", "{ absolute: 1.9 }")));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).isEmpty();
        assertThat(bank.questions()).hasSize(2);
    }

    @Test
    void a_parameterised_tolerance_that_is_too_wide_is_reported_for_the_variants() {
        String text = brokenFolder(root, replace(PARAMETERISED, "{ relative: 0.02 }", "{ relative: 0.5 }"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "tolerance:"), "questions[q-param].tolerance", "relative tolerance above 0.25"));
        assertBrokenQuestionSkipped(bank, "q-param");
    }

    @Test
    void an_answer_outside_answer_range_for_some_variant_is_reported_on_answer_range() {
        String text = brokenFolder(root, replace(PARAMETERISED, "answer_range: [0.05, 120]", "answer_range: [0.05, 50]"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "answer_range:"), "questions[q-param].answer_range", "outside [0.05, 50.0]"));
        assertBrokenQuestionSkipped(bank, "q-param");
    }

    @Test
    void a_formula_dividing_by_zero_for_some_variant_is_reported_as_not_finite() {
        String text = brokenFolder(root, replace(replace(PARAMETERISED,
                "answer: \"P * 16 / N\"", "answer: \"P * 16 / (N - 2)\""),
                "{{= P*16/N }}", "{{= P*16/(N-2) }}"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "answer: \"P * 16 / (N - 2)\""), "questions[q-param].answer", "no finite number"));
        assertBrokenQuestionSkipped(bank, "q-param");
    }

    @Test
    void a_single_choice_question_with_two_correct_options_is_reported() {
        String text = brokenFolder(root, replace(SINGLE,
                "      feedback: The gradients are unscaled before the optimizer step.", "      correct: true"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "options:"), "questions[q-single].options", "exactly one", "found 2"));
        assertBrokenQuestionSkipped(bank, "q-single");
    }

    @Test
    void a_multiple_choice_question_with_every_option_correct_is_reported() {
        String text = brokenFolder(root, replace(replace(MULTIPLE,
                "      feedback: FP16 has 5 exponent bits.", "      correct: true"),
                "      feedback: E4M3 has 4 exponent bits.", "      correct: true"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "options:"), "questions[q-multiple].options", "one wrong option", "4 correct of 4"));
        assertBrokenQuestionSkipped(bank, "q-multiple");
    }

    @Test
    void a_missing_explanation_is_reported_at_the_question() {
        String text = brokenFolder(root,
                replace(SINGLE, "  explanation: Small gradients underflow in FP16; scaling shifts them into range.\n", ""));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "- id: q-single"), "questions[q-single].explanation", "missing"));
        assertBrokenQuestionSkipped(bank, "q-single");
    }

    @Test
    void an_empty_explanation_is_reported_on_its_line() {
        String text = brokenFolder(root, replace(SINGLE,
                "  explanation: Small gradients underflow in FP16; scaling shifts them into range.", "  explanation: \"  \""));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "explanation:"), "questions[q-single].explanation", "empty"));
        assertBrokenQuestionSkipped(bank, "q-single");
    }

    @Test
    void a_difficulty_outside_one_to_five_is_reported() {
        String text = brokenFolder(root, replace(SINGLE, "difficulty: 2", "difficulty: 7"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "difficulty: 7"), "questions[q-single].difficulty", "is 7", "1 to 5"));
        assertBrokenQuestionSkipped(bank, "q-single");
    }

    @Test
    void a_level_other_than_intern_or_entry_is_reported() {
        String text = brokenFolder(root, replace(SINGLE, "level: intern", "level: senior"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "level: senior"), "questions[q-single].level", "senior", "intern or entry"));
        assertBrokenQuestionSkipped(bank, "q-single");
    }

    @Test
    void an_unknown_unit_is_reported() {
        String text = brokenFolder(root, replace(NUMERIC, "unit: GiB", "unit: GiBs"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "unit: GiBs"), "questions[q-numeric].unit", "unknown unit GiBs"));
        assertBrokenQuestionSkipped(bank, "q-numeric");
    }

    @Test
    void an_accepted_unit_from_another_family_is_reported() {
        String text = brokenFolder(root, replace(NUMERIC, "accept_units: [MiB, GB]", "accept_units: [MiB, ms]"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "accept_units:"), "questions[q-numeric].accept_units", "ms cannot be converted to GiB"));
        assertBrokenQuestionSkipped(bank, "q-numeric");
    }

    @Test
    void an_invalid_regular_expression_in_a_short_text_question_is_reported() {
        String text = brokenFolder(root,
                replace(SHORT_TEXT, "\"^all[- ]?reduce( collective)?$\"", "\"^all[- ]?reduce( collective$\""));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "patterns:"), "questions[q-short].patterns", "not a valid regular expression"));
        assertBrokenQuestionSkipped(bank, "q-short");
    }

    @Test
    void a_short_text_pattern_that_accepts_anything_is_reported() {
        String text = brokenFolder(root, replace(SHORT_TEXT, "\"^all[- ]?reduce( collective)?$\"", "\".*\""));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "patterns:"), "questions[q-short].patterns", "accepts almost anything"));
    }

    @Test
    void a_short_text_question_without_accepted_answers_or_patterns_is_reported() {
        String text = brokenFolder(root, replace(replace(SHORT_TEXT,
                "  accepted: [all-reduce, allreduce]\n", ""),
                "  patterns: [\"^all[- ]?reduce( collective)?$\"]\n", ""));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "- id: q-short"), "questions[q-short].accepted", "missing"));
    }

    @Test
    void an_ordering_question_with_two_items_is_reported() {
        String text = brokenFolder(root, replace(replace(ORDERING,
                "    - Unscale the gradients and check them for inf/NaN\n", ""),
                "    - Step the optimizer\n", ""));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "items:"), "questions[q-ordering].items", "at least three items"));
        assertBrokenQuestionSkipped(bank, "q-ordering");
    }

    @Test
    void a_matching_question_with_duplicate_right_texts_is_reported() {
        String text = brokenFolder(root, replace(MATCHING, "right: The sequence of layers", "right: The batch"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "pairs:"), "questions[q-matching].pairs", "right-hand texts", "distinct"));
        assertBrokenQuestionSkipped(bank, "q-matching");
    }

    @Test
    void a_matching_distractor_equal_to_a_right_text_is_reported() {
        String text = brokenFolder(root, replace(MATCHING, "distractors: [The vocabulary]", "distractors: [The batch]"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "pairs:"), "questions[q-matching].pairs", "distinct"));
    }

    @Test
    void a_placeholder_in_a_question_that_is_not_parameterised_is_reported() {
        String text = brokenFolder(root, replace(SINGLE, "by a scale factor before", "by a scale factor of {{X}} before"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "{{X}}"), "questions[q-single].stem", "only work in parameterised_numeric"));
        assertBrokenQuestionSkipped(bank, "q-single");
    }

    @Test
    void a_placeholder_in_an_option_of_a_question_that_is_not_parameterised_is_reported() {
        String text = brokenFolder(root, replace(SINGLE, "To make the optimizer take larger steps.", "To make {{N}} optimizer steps."));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "{{N}}"), "questions[q-single].options[2].text", "only work in parameterised_numeric"));
        assertBrokenQuestionSkipped(bank, "q-single");
    }

    @Test
    void a_placeholder_in_option_feedback_or_wrong_feedback_of_a_question_that_is_not_parameterised_is_reported() {
        String text = brokenFolder(root,
                replace(SINGLE, "feedback: Scaling happens after the forward pass.", "feedback: Scaling happens after {{= 1+1 }} passes."),
                replace(TRUE_FALSE, "wrong_feedback: BF16 keeps", "wrong_feedback: BF16 {{X}} keeps"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).hasSize(2);
        assertThat(bank.problems().get(0)).satisfies(p -> assertProblem(
                p, lineOf(text, "{{= 1+1 }}"), "questions[q-single].options[3].feedback", "only work in parameterised_numeric"));
        assertThat(bank.problems().get(1)).satisfies(p -> assertProblem(
                p, lineOf(text, "{{X}}"), "questions[q-true-false].wrong_feedback", "only work in parameterised_numeric"));
        assertBrokenQuestionSkipped(bank, "q-single");
        assertThat(bank.questions()).extracting(Question::id).doesNotContain("q-true-false");
    }

    @Test
    void a_quiz_id_different_from_the_file_name_is_reported_and_the_whole_file_skipped() {
        write(root, "topics.yaml", TOPICS);
        write(root, "alpha/alpha-good.yaml", quiz("alpha-good", "alpha", GOOD_QUESTION));
        String text = quiz("alpha-other", "alpha", SINGLE);
        write(root, BROKEN, text);

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "id: alpha-other"), "quiz.id", "alpha-other", "alpha-broken.yaml"));
        assertThat(bank.quizzes()).extracting(QuizDefinition::id).containsExactly("alpha-good");
        assertThat(bank.questions()).extracting(Question::id).doesNotContain("q-single");
        assertGoodFileLoads(bank);
    }

    @Test
    void a_quiz_whose_topic_does_not_match_its_folder_is_reported() {
        write(root, "topics.yaml", TOPICS);
        write(root, "alpha/alpha-good.yaml", quiz("alpha-good", "alpha", GOOD_QUESTION));
        String text = quiz("alpha-broken", "beta", SINGLE);
        write(root, BROKEN, text);

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "topic: beta"), "quiz.topic", "is beta", "alpha/"));
        assertThat(bank.quizzes()).extracting(QuizDefinition::id).containsExactly("alpha-good");
        assertGoodFileLoads(bank);
    }

    @Test
    void a_quiz_in_a_folder_whose_name_merely_ends_with_its_topic_is_reported() {
        write(root, "topics.yaml", TOPICS);
        write(root, "alpha/alpha-good.yaml", quiz("alpha-good", "alpha", GOOD_QUESTION));
        String text = quiz("not-alpha-quiz", "alpha", SINGLE);
        write(root, "not-alpha/not-alpha-quiz.yaml", text);

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("not-alpha/not-alpha-quiz.yaml");
            assertThat(p.line()).isEqualTo(lineOf(text, "topic: alpha"));
            assertThat(p.field()).isEqualTo("quiz.topic");
            assertThat(p.message()).contains("not-alpha/");
        });
        assertGoodFileLoads(bank);
    }

    @Test
    void a_quiz_naming_an_unknown_topic_is_reported() {
        write(root, "topics.yaml", TOPICS);
        write(root, "alpha/alpha-good.yaml", quiz("alpha-good", "alpha", GOOD_QUESTION));
        String text = quiz("gamma-quiz", "gamma", SINGLE);
        write(root, "gamma/gamma-quiz.yaml", text);

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("gamma/gamma-quiz.yaml");
            assertThat(p.line()).isEqualTo(lineOf(text, "topic: gamma"));
            assertThat(p.field()).isEqualTo("quiz.topic");
            assertThat(p.message()).contains("unknown topic gamma", "alpha, beta");
        });
        assertGoodFileLoads(bank);
    }

    @Test
    void invalid_yaml_is_reported_with_the_line_of_the_error_and_the_file_skipped() {
        String text = brokenFolder(root, replace(SINGLE, "  stem: Why does FP16", "  stem: Note: why does FP16"), TRUE_FALSE);

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(BROKEN);
            assertThat(p.line()).isEqualTo(lineOf(text, "stem: Note: why"));
            assertThat(p.field()).isEmpty();
            assertThat(p.message()).startsWith("not valid YAML");
            assertThat(p.toString()).startsWith(BROKEN + ":" + p.line() + ": not valid YAML");
        });
        assertThat(bank.quizzes()).extracting(QuizDefinition::id).containsExactly("alpha-good");
        assertGoodFileLoads(bank);
    }

    @Test
    void an_all_of_the_above_option_is_reported_on_its_text() {
        String text = brokenFolder(root,
                replace(SINGLE, "To stop activations from overflowing in the forward pass.", "All of the above."));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "All of the above."), "questions[q-single].options[3].text", "all/none of the above"));
        assertBrokenQuestionSkipped(bank, "q-single");
    }

    @Test
    void a_field_of_another_question_type_is_reported_as_unknown() {
        String text = brokenFolder(root, replace(TRUE_FALSE, "  answer: false", "  answer: false\n  tolerance: { relative: 0.1 }"));

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).singleElement().satisfies(p -> assertProblem(
                p, lineOf(text, "tolerance:"), "questions[q-true-false].tolerance", "unknown field"));
    }

    @Test
    void several_problems_in_one_file_are_all_reported_in_one_pass() {
        String text = brokenFolder(root,
                replace(SINGLE, "difficulty: 2", "difficulty: 7"),
                replace(NUMERIC, "unit: GiB", "unit: GiBs"),
                ORDERING);

        ContentBank bank = ContentReader.read(root);

        assertThat(bank.problems()).extracting(ContentProblem::line, ContentProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(lineOf(text, "difficulty: 7"), "questions[q-single].difficulty"),
                org.assertj.core.groups.Tuple.tuple(lineOf(text, "unit: GiBs"), "questions[q-numeric].unit"));
        assertThat(loaded(bank, "alpha-broken").questions()).extracting(Question::id).containsExactly("q-ordering");
        assertGoodFileLoads(bank);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static void assertProblem(ContentProblem problem, int line, String field, String... messageParts) {
        assertThat(problem.file()).isEqualTo(BROKEN);
        assertThat(problem.line()).as("line of " + problem).isEqualTo(line);
        assertThat(problem.field()).isEqualTo(field);
        assertThat(problem.message()).contains(messageParts);
        assertThat(problem.toString()).isEqualTo(BROKEN + ":" + line + ": " + field + ": " + problem.message());
    }

    @Test
    void check_holds_a_question_from_elsewhere_to_the_same_rules_as_a_file() {
        var meta = new Question.Meta("from-elsewhere", "alpha", Level.INTERN, 2, List.of("x"), "Pick one.",
                "Because.", List.of("A source"), null);
        var good = new Question.Choice(meta, false, List.of(
                new Question.Option("A", true, null), new Question.Option("B", false, null)));
        var twoRight = new Question.Choice(meta, false, List.of(
                new Question.Option("A", true, null), new Question.Option("B", true, null)));
        var tooWide = new Question.Numeric(meta, 3, new Question.NumericKey(null, List.of(),
                new Tolerance(Tolerance.Kind.ABSOLUTE, 5)), List.of());

        assertThat(ContentReader.check(good)).isEmpty();
        assertThat(ContentReader.check(twoRight)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("exactly one option"));
        assertThat(ContentReader.check(tooWide)).singleElement()
                .satisfies(p -> assertThat(p.field()).endsWith("tolerance"));
    }

    private static void assertBrokenQuestionSkipped(ContentBank bank, String questionId) {
        assertThat(bank.questions()).extracting(Question::id).doesNotContain(questionId);
        assertThat(bank.quizzes()).extracting(QuizDefinition::id).contains("alpha-broken");
        assertGoodFileLoads(bank);
    }

    private static void assertGoodFileLoads(ContentBank bank) {
        assertThat(loaded(bank, "alpha-good").questions()).extracting(Question::id).containsExactly("good-one");
        assertThat(bank.problems()).extracting(ContentProblem::file).doesNotContain("alpha/alpha-good.yaml");
    }

    private static QuizDefinition loaded(ContentBank bank, String id) {
        return bank.quizzes().stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("quiz " + id + " did not load; problems: " + bank.problems()));
    }
}
