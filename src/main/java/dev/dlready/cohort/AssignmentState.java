package dev.dlready.cohort;

/** Where one student stands with one assigned quiz. */
public enum AssignmentState {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    DONE_LATE("Done late"),
    OVERDUE("Overdue");

    private final String title;

    AssignmentState(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
