package dev.dlready.report.api;

import dev.dlready.report.CandidateReport;
import dev.dlready.report.CandidateRow;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the API (documented in openapi.json). Times are ISO-8601 UTC strings, durations seconds. */
final class ApiModels {

    private ApiModels() {}

    record Recommendation(String role, String label, double probabilityWrong) {
        static Recommendation of(CandidateReport.Call call) {
            return new Recommendation(call.role(), call.label(), call.probabilityWrong());
        }
    }

    record CandidateSummary(
            long id,
            String name,
            Recommendation recommendation,
            double overallAbility,
            int percentile,
            Map<String, Double> abilities,
            int exams,
            @Nullable String lastExamAt,
            String sharedSince) {

        static CandidateSummary of(CandidateRow row) {
            return new CandidateSummary(row.candidateId(), row.candidateName(), Recommendation.of(row.call()), row.overall(),
                    row.percentile(), row.abilities(), row.exams(),
                    row.lastExamAt() == null ? null : row.lastExamAt().toString(), row.sharedSince().toString());
        }
    }

    record CandidatePage(int page, int size, long total, List<CandidateSummary> items) {}

    record Requirement(String role, double required, double probabilityMeets) {}

    record Topic(String id, String title, double ability, double standardError, double low95, double high95,
            int examAnswers, List<Requirement> requirements) {}

    record Integrity(int answered, @Nullable Long medianSecondsBetweenAnswers, int rapidAnswers, int pageHidden) {}

    record Exam(long id, String title, String mode, String status, String startedAt, String submittedAt,
            long durationSeconds, int questions, int answered, int scorePercent, List<String> topics, Integrity integrity) {}

    record Standing(double overallAbility, int percentile, int candidates) {}

    record Report(
            long candidateId,
            String name,
            String sharedVia,
            String sharedSince,
            @Nullable String shareExpires,
            Recommendation recommendation,
            Standing standing,
            List<Topic> topics,
            List<Exam> exams,
            long practiceAnswersNotCounted,
            String generatedAt,
            String fingerprint) {

        static Report of(CandidateReport r) {
            var topics = r.topics().stream().map(t -> new Topic(t.topic(), t.title(), t.theta(), t.standardError(), t.low(),
                    t.high(), t.examAnswers(), t.requirements().stream()
                            .map(q -> new Requirement(q.role(), q.required(), q.probabilityMeets())).toList())).toList();
            var exams = r.exams().stream().map(e -> new Exam(e.attemptId(), e.title(), "timed-exam", e.status(),
                    e.startedAt().toString(), e.submittedAt().toString(), e.duration().toSeconds(), e.questions(),
                    e.answered(), e.percent(), e.topics(), new Integrity(e.integrity().answered(),
                            e.integrity().medianGap() == null ? null : e.integrity().medianGap().toSeconds(),
                            e.integrity().rapidAnswers(), e.integrity().focusLost()))).toList();
            return new Report(r.candidateId(), r.candidateName(), r.sharedVia().name().toLowerCase(java.util.Locale.ROOT),
                    r.sharedSince().toString(), r.shareExpires() == null ? null : r.shareExpires().toString(),
                    Recommendation.of(r.call()), new Standing(r.standing().overall(), r.standing().percentile(),
                            r.standing().candidates()), topics, exams, r.practiceAnswersNotCounted(),
                    r.generatedAt().toString(), r.fingerprint());
        }
    }

    record Error(String error) {}
}
