package dev.dlready.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the candidate's access log: who opened what, when, through which share. */
public record AccessEntry(
        String recruiterName, String recruiterEmail, @Nullable String organisation, AccessAction action, ShareKind via, Instant at) {}
