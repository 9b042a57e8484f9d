package dev.dlready.bank;

import dev.dlready.content.ContentProblem;
import dev.dlready.question.QuestionToAsk;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A draft question checked by the file validator, and, when valid, shown exactly as a student will see it (one variant,
 * fixed by the seed) with the key and explanation an author needs to check.
 */
public record QuestionPreview(
        List<ContentProblem> problems,
        @Nullable QuestionToAsk question,
        @Nullable String keyMarkdown,
        @Nullable String explanationMarkdown) {

    public QuestionPreview {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty() && question != null;
    }
}
