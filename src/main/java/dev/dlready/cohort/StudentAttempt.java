package dev.dlready.cohort;

import dev.dlready.attempt.ExamReview;

/** A cohort member's finished attempt as their instructor reviews it: whose, in which cohort, and every answer. */
public record StudentAttempt(long cohortId, String cohortName, String studentName, ExamReview review) {}
