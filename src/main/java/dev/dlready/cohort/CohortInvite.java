package dev.dlready.cohort;

/** What a student sees before joining: which cohort, whose, and whether they can join. */
public record CohortInvite(String code, String cohortName, String instructorName, int members, boolean joiningOpen,
        boolean alreadyMember) {}
