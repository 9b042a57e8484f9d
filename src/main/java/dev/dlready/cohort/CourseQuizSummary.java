package dev.dlready.cohort;

import java.time.Instant;

/** One line of an instructor's quiz list. */
public record CourseQuizSummary(
        long id, String title, boolean published, int questions, int cohorts, long attempts, Instant updatedAt) {}
