package dev.dlready.attempt;

import dev.dlready.attempt.engine.Progress;
import java.time.Instant;

/** One scored answer: which exact question version, its topic, the credit, when, and how it was given. */
public record ScoredAnswer(long questionVersionId, String topic, double credit, Instant at, Progress.Source source) {}
