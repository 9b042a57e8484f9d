package dev.dlready.attempt;

/** Where an attempt stands in time: its summary and the seconds the server still allows. */
public record ExamClock(ExamSummary summary, long secondsLeft) {}
