package dev.dlready.attempt;

import dev.dlready.attempt.engine.Progress;
import java.time.Instant;

/**
 * One scored answer: which question (its stable bank id) in which exact version, its topic, the credit, when, and how
 * it was given.
 */
public record ScoredAnswer(
        String questionId, long questionVersionId, String topic, double credit, Instant at, Progress.Source source) {}
