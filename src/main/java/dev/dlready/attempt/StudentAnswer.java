package dev.dlready.attempt;

import dev.dlready.attempt.engine.Progress;

/** One scored answer of some student, for measurement across students: no time, no response text, no names. */
public record StudentAnswer(long studentId, long questionVersionId, String topic, double credit, Progress.Source source) {}
