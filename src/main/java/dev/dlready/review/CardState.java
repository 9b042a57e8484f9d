package dev.dlready.review;

/** Where a card stands: never recalled yet, recalled at least once, or forgotten after having been recalled. */
public enum CardState {
    LEARNING("Learning"),
    REVIEW("Review"),
    RELEARNING("Relearning");

    private final String title;

    CardState(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
