package dev.dlready.content.moodle;

/** Something the instructor should know about one imported question before saving it. */
public record ImportNote(Kind kind, String message) {

    public enum Kind {
        /** The file did not say, so a caller-supplied default was used (level, difficulty, explanation…). */
        DEFAULT_USED,
        /** Carried over, but DL Ready treats it differently (scoring rule, tolerance, text format…). */
        CHANGED,
        /** Present in the file and not carried over, because DL Ready has no equivalent. */
        DROPPED,
        /** The question cannot be imported at all; the message says why. */
        NOT_IMPORTED
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
