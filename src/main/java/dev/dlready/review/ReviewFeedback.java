package dev.dlready.review;

import dev.dlready.attempt.PracticeFeedback;
import dev.dlready.review.engine.Rating;
import java.util.Map;

/**
 * The checked answer (score, key, explanation), the suggested rating, and in how many days the card would come back
 * with each rating.
 */
public record ReviewFeedback(PracticeFeedback feedback, Rating suggested, Map<Rating, Integer> intervalDays) {
    public ReviewFeedback {
        intervalDays = Map.copyOf(intervalDays);
    }
}
