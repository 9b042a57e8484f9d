package dev.dlready.cohort;

import java.time.Instant;

/** One of an instructor's cohorts. */
public record CohortSummary(
        long id, String name, String inviteCode, boolean joiningOpen, int members, int assignments, Instant createdAt) {}
