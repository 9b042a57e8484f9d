package dev.dlready.report;

/**
 * A new link share. The path holds the only copy of the link's secret (the server keeps a hash), so it is shown once.
 *
 * @param path relative to the application, e.g. {@code shared/AbC…}
 */
public record CreatedLink(ShareSummary share, String path) {}
