package dev.dlready.report;

/** A request about sharing or reports that cannot be done as asked; the message says what to do instead. */
public class ReportException extends RuntimeException {

    public ReportException(String message) {
        super(message);
    }
}
