package dev.dlready.content.moodle;

import dev.dlready.question.Question;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of a Moodle file, as a preview shows it.
 *
 * @param line where the question starts in the file (1-based)
 * @param name the Moodle question name (or the start of its text when it has none)
 * @param moodleType the Moodle question type, e.g. {@code multichoice}, {@code numerical}
 * @param question the DL Ready question, valid by the quizzes/ rules; null when it cannot be imported
 * @param notes everything defaulted, changed or dropped; a {@link ImportNote.Kind#NOT_IMPORTED} note says why
 *     {@code question} is null
 */
public record ImportedQuestion(
        int line, String name, String moodleType, @Nullable Question question, List<ImportNote> notes) {

    public ImportedQuestion {
        notes = List.copyOf(notes);
        if (question == null && notes.stream().noneMatch(n -> n.kind() == ImportNote.Kind.NOT_IMPORTED)) {
            throw new IllegalArgumentException("a question that is not imported needs a note saying why");
        }
    }

    public boolean importable() {
        return question != null;
    }

    /** Imported exactly: no default, change or loss to review. */
    public boolean clean() {
        return question != null && notes.isEmpty();
    }

    public List<ImportNote> notes(ImportNote.Kind kind) {
        return notes.stream().filter(n -> n.kind() == kind).toList();
    }
}
