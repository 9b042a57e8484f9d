package dev.dlready.content.moodle;

/** Something about one question that the target format could not carry as it is. */
public record ExportNote(String questionId, Kind kind, String message) {

    public enum Kind {
        /** Written, but Moodle will treat it differently (tolerance kind, scoring, text shown as plain…). */
        CHANGED,
        /** Part of the question that the format has no place for and was left out. */
        DROPPED,
        /** The whole question was left out of the file; the message says why and what to use instead. */
        NOT_EXPORTED
    }

    @Override
    public String toString() {
        return questionId + ": " + kind + ": " + message;
    }
}
