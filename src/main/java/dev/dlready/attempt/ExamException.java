package dev.dlready.attempt;

/** An exam action that cannot be done, with a message for the student. */
public class ExamException extends RuntimeException {
    public ExamException(String message) {
        super(message);
    }
}
