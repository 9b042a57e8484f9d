package dev.dlready.content.moodle;

/**
 * Why a whole file was refused: too large, not UTF-8, malformed XML or GIFT syntax. {@code line} is 1-based; 0 means
 * the file as a whole.
 */
public record FileProblem(int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
