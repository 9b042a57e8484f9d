package dev.dlready.review;

import dev.dlready.attempt.PracticeItem;
import dev.dlready.question.QuestionToAsk;

/** The next card of the queue as the student sees it: the question without its key, and where the card stands. */
public record ReviewItem(
        long cardId, PracticeItem practice, QuestionToAsk question, String topic, CardState state, int reps, int lapses) {}
