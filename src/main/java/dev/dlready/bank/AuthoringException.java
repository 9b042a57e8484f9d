package dev.dlready.bank;

import dev.dlready.content.ContentProblem;
import java.util.List;

/** A save that was refused; the message and the problems say what to change. Nothing was saved. */
public class AuthoringException extends RuntimeException {

    private final List<ContentProblem> problems;

    public AuthoringException(String message, List<ContentProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public AuthoringException(String message) {
        this(message, List.of());
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
