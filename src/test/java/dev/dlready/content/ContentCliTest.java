package dev.dlready.content;

import static dev.dlready.content.ContentFixtures.NUMERIC;
import static dev.dlready.content.ContentFixtures.SINGLE;
import static dev.dlready.content.ContentFixtures.brokenFolder;
import static dev.dlready.content.ContentFixtures.lineOf;
import static dev.dlready.content.ContentFixtures.replace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCliTest {

    /** One printed problem: {@code file:line: field: message}. */
    static final Pattern PROBLEM_LINE = Pattern.compile("^(.+\\.yaml):(\\d+): ([^:]+): (.+)$");

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return ContentCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_real_quizzes_folder_validates_with_exit_code_0_and_no_error_output() {
        int exit = run("validate", "quizzes");

        assertThat(err()).as("problems in quizzes/").isEmpty();
        assertThat(exit).isZero();
        assertThat(out()).contains("No problems found.").containsPattern("\\d+ topics, \\d+ quizzes, \\d+ questions loaded");
        assertThat(ContentReader.read(Path.of("quizzes")).questions()).as("the bank is not empty").hasSizeGreaterThan(100);
    }

    @Test
    void a_broken_folder_exits_with_1_and_prints_each_problem_as_file_line_field_message(@TempDir Path root) {
        String text = brokenFolder(root,
                replace(SINGLE, "difficulty: 2", "difficulty: 7"),
                replace(NUMERIC, "unit: GiB", "unit: GiBs"));

        int exit = run("validate", root.toString());

        assertThat(exit).isEqualTo(1);
        var problemLines = err().lines().filter(l -> PROBLEM_LINE.matcher(l).matches()).toList();
        assertThat(problemLines).containsExactly(
                root.resolve("alpha/alpha-broken.yaml") + ":" + lineOf(text, "difficulty: 7")
                        + ": questions[q-single].difficulty: is 7; expected 1 to 5",
                root.resolve("alpha/alpha-broken.yaml") + ":" + lineOf(text, "unit: GiBs")
                        + ": questions[q-numeric].unit: unknown unit GiBs; see quizzes/README.md for the list");
        assertThat(err()).contains("2 problems found");
        assertThat(out()).doesNotContain("No problems found.").contains("2 topics, 2 quizzes, 1 questions loaded");
    }

    @Test
    void a_problem_without_a_field_is_printed_as_file_line_message(@TempDir Path root) {
        String text = brokenFolder(root, replace(SINGLE, "  stem: Why does FP16", "  stem: Note: why does FP16"));

        int exit = run("validate", root.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err()).startsWith(root.resolve("alpha/alpha-broken.yaml") + ":" + lineOf(text, "stem: Note:")
                + ": not valid YAML");
        assertThat(err()).contains("1 problem found");
    }

    @Test
    void wrong_arguments_print_the_usage_and_exit_with_2() {
        assertThat(run("check", "quizzes")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("Usage: validate <quizzes folder>");
        assertThat(out()).isEmpty();
    }

    @Test
    void a_missing_folder_is_a_problem_not_a_crash(@TempDir Path root) {
        int exit = run("validate", root.resolve("nowhere").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("folder not found");
    }
}
