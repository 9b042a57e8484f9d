package dev.dlready.report;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One candidate in a recruiter's list: the call, topic abilities, where they stand, when they shared. */
public record CandidateRow(
        long candidateId,
        String candidateName,
        CandidateReport.Call call,
        double overall,
        int percentile,
        Map<String, Double> abilities,
        int exams,
        @Nullable Instant lastExamAt,
        Instant sharedSince) {

    public CandidateRow {
        abilities = Map.copyOf(abilities);
    }
}
