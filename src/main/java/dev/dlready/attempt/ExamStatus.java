package dev.dlready.attempt;

public enum ExamStatus {
    IN_PROGRESS("In progress"),
    SUBMITTED("Submitted"),
    TIMED_OUT("Submitted when time ran out");

    private final String title;

    ExamStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
