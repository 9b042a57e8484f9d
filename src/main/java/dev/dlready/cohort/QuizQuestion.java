package dev.dlready.cohort;

/**
 * A question of a quiz as the builder lists it. {@code active} is false for a question retired from the bank since it
 * was added (it is left out of new attempts); {@code writtenInApp} questions can be edited in the browser.
 */
public record QuizQuestion(
        String id, String topic, String topicTitle, String type, String level, int difficulty, String stem,
        boolean active, boolean writtenInApp) {}
