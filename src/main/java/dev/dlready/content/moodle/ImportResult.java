package dev.dlready.content.moodle;

import dev.dlready.question.Question;
import java.util.List;
import java.util.Objects;

/**
 * What reading a Moodle file found, before anything is saved. A refused file (too large, malformed) has {@link
 * #problems()} and no questions; otherwise every question of the file is listed in file order, importable or not.
 */
public record ImportResult(List<ImportedQuestion> items, List<FileProblem> problems) {

    public ImportResult {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
        if (!problems.isEmpty() && !items.isEmpty()) {
            throw new IllegalArgumentException("a refused file lists no questions");
        }
    }

    static ImportResult refused(FileProblem... problems) {
        return new ImportResult(List.of(), List.of(problems));
    }

    static ImportResult refused(List<FileProblem> problems) {
        return new ImportResult(List.of(), problems);
    }

    /** The file was refused as a whole; {@link #problems()} say where and why. */
    public boolean refused() {
        return !problems.isEmpty();
    }

    /** The questions that can be saved, in file order. */
    public List<Question> questions() {
        return items.stream().map(ImportedQuestion::question).filter(Objects::nonNull).toList();
    }

    public List<ImportedQuestion> notImported() {
        return items.stream().filter(i -> !i.importable()).toList();
    }
}
