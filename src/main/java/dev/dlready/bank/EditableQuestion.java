package dev.dlready.bank;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A question opened in the editor: its text in the quizzes/ format, the version it was read at (sent back on save to
 * detect concurrent edits), and whether it can be edited here (questions from files are changed in their file).
 */
public record EditableQuestion(
        String id, String yaml, int version, boolean editable, @Nullable String sourceFile, Instant updatedAt) {}
