package dev.dlready.readiness;

/** A role of the profiles, such as intern or entry, with its title. */
public record RoleSummary(String id, String title) {}
