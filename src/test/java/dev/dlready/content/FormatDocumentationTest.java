package dev.dlready.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlready.question.Question;
import dev.dlready.question.QuestionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples in quizzes/README.md are real: together they cover every type and pass the validator. */
class FormatDocumentationTest {

    @Test
    void every_example_question_in_the_format_guide_is_valid_and_every_type_has_one(@TempDir Path folder)
            throws IOException {
        String guide = Files.readString(Path.of("quizzes", "README.md"));
        var blocks = new ArrayList<String>();
        var matcher = Pattern.compile("(?s)```yaml\\n(  - id: .*?)```").matcher(guide);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        Files.copy(Path.of("quizzes", "topics.yaml"), folder.resolve("topics.yaml"));
        Files.createDirectories(folder.resolve("mixed-precision"));
        Files.writeString(folder.resolve("mixed-precision/guide-examples.yaml"), """
                quiz:
                  id: guide-examples
                  title: Examples from the format guide
                  topic: mixed-precision
                questions:
                """ + String.join("", blocks));

        ContentBank bank = ContentReader.read(folder);

        assertThat(bank.problems()).isEmpty();
        assertThat(bank.questions().stream().map(Question::type)).containsExactlyInAnyOrder(QuestionType.values());
    }
}
