package dev.dlready.attempt;

import java.util.List;

/** A generated exam: how many questions across which topics, and the time allowed. */
public record ExamRequest(List<String> topics, int questions, int minutes) {
    public static final int MAX_QUESTIONS = 60;
    public static final int MAX_MINUTES = 240;

    public ExamRequest {
        topics = List.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one topic.");
        }
        if (questions < 1 || questions > MAX_QUESTIONS) {
            throw new IllegalArgumentException("Choose between 1 and " + MAX_QUESTIONS + " questions.");
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("Choose between 1 and " + MAX_MINUTES + " minutes.");
        }
    }
}
