package dev.dlready.cohort;

/** Something an instructor or student asked for that cannot be done; the message says what to do instead. */
public class CohortException extends RuntimeException {
    public CohortException(String message) {
        super(message);
    }
}
