package dev.dlready.account;

/** Who is signed in, as every feature sees it. */
public record SignedInUser(long id, String email, String displayName, Role role) {}
