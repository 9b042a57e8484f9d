package dev.dlready.attempt;

/** One question of a practice session: the exact version and the seed that fixes its numbers and order. */
public record PracticeItem(long versionId, long seed, String topic) {}
