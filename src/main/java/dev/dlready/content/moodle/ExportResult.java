package dev.dlready.content.moodle;

import java.util.List;

/**
 * A written Moodle file and what it could not carry.
 *
 * @param text the file content (UTF-8 when saved)
 * @param exported how many questions the file contains
 * @param notes per question, everything changed, dropped or not exported
 */
public record ExportResult(String text, int exported, List<ExportNote> notes) {

    public ExportResult {
        notes = List.copyOf(notes);
    }

    public List<ExportNote> notes(String questionId) {
        return notes.stream().filter(n -> n.questionId().equals(questionId)).toList();
    }
}
