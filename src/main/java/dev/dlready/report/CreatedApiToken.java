package dev.dlready.report;

/** A new API token: the token itself is returned this once (the server keeps only its hash). */
public record CreatedApiToken(ApiTokenSummary summary, String token) {}
