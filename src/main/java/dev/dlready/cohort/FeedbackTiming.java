package dev.dlready.cohort;

/** When a student sees whether an answer is right: at once, question by question, or only once the quiz is submitted. */
public enum FeedbackTiming {
    IMMEDIATE("Immediately, question by question"),
    AFTER_SUBMISSION("After submission");

    private final String title;

    FeedbackTiming(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
