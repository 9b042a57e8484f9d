package dev.dlready.bank;

import dev.dlready.content.moodle.ImportNote;
import dev.dlready.question.Level;
import dev.dlready.question.QuestionType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of an uploaded file, as the import preview shows it. Everything but {@code index}, {@code line},
 * {@code name}, {@code moodleType} and {@code notes} is null (difficulty 0) when the question cannot be imported; a
 * {@link ImportNote.Kind#NOT_IMPORTED} note says why.
 *
 * @param index the question's position among the file's questions (0-based); {@code importQuestions} takes these
 * @param line where the question starts in the file (1-based)
 * @param name the Moodle question name, or the start of its text
 * @param excerpt the start of the question text, as imported
 * @param questionId the id it will get in the bank (unique at the time of the preview)
 * @param topic the topic id it will land in
 * @param yaml the question in the quizzes/ format, exactly as it will be saved
 * @param preview the question rendered as a student sees it, with its key and explanation
 */
public record ImportCandidate(
        int index,
        int line,
        String name,
        String moodleType,
        String excerpt,
        @Nullable String questionId,
        @Nullable QuestionType type,
        @Nullable String topic,
        @Nullable Level level,
        int difficulty,
        @Nullable String yaml,
        List<ImportNote> notes,
        @Nullable QuestionPreview preview) {

    public ImportCandidate {
        notes = List.copyOf(notes);
    }

    public boolean importable() {
        return questionId != null && yaml != null;
    }

    public List<ImportNote> notes(ImportNote.Kind kind) {
        return notes.stream().filter(n -> n.kind() == kind).toList();
    }
}
