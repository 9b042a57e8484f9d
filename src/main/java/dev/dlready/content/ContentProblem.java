package dev.dlready.content;

/** One thing wrong with a content file, located precisely enough to fix it. */
public record ContentProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
