package dev.dlready.cohort;

import java.time.Instant;

/** A cohort the signed-in student belongs to. */
public record MyCohort(long id, String name, String instructorName, Instant joinedAt) {}
