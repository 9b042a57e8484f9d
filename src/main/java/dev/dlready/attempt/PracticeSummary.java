package dev.dlready.attempt;

/** A student's practice so far. */
public record PracticeSummary(long answers, long correctAnswers) {}
