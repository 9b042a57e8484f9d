package dev.dlready.bank;

import dev.dlready.content.moodle.FileProblem;
import java.util.List;

/**
 * What an uploaded file would import; nothing has been saved. A refused file has {@link #problems()} (each with its
 * line where the parser knows it) and no questions.
 */
public record ImportPreview(String fileName, String format, List<FileProblem> problems, List<ImportCandidate> questions) {

    public ImportPreview {
        problems = List.copyOf(problems);
        questions = List.copyOf(questions);
    }

    public boolean refused() {
        return !problems.isEmpty();
    }

    public long importable() {
        return questions.stream().filter(ImportCandidate::importable).count();
    }

    public long withNotes() {
        return questions.stream().filter(q -> q.importable() && !q.notes().isEmpty()).count();
    }
}
