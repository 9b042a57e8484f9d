package dev.dlready.report;

import dev.dlready.account.AccountDirectory;
import dev.dlready.account.Role;
import dev.dlready.attempt.AnswerRecords;
import dev.dlready.attempt.ExamEvidence;
import dev.dlready.content.RoleProfileDefinition;
import dev.dlready.readiness.CandidateReadiness;
import dev.dlready.readiness.ReadinessReport;
import dev.dlready.readiness.engine.AbilityEstimate;
import dev.dlready.report.engine.Integrity;
import dev.dlready.report.engine.Percentile;
import dev.dlready.report.engine.VerificationCodes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds reports for candidates the caller has already been granted (see {@link ReportAccess}). Readiness comes from
 * finished exams only. The percentile compares the candidate's overall ability with every other student who finished
 * an exam; those others' scores are kept until the next exam finishes anywhere on the platform.
 */
@Component
class ReportAssembler {

    private final CandidateReadiness readiness;
    private final AnswerRecords records;
    private final AccountDirectory accounts;
    private final Clock clock;
    private @Nullable Population population;

    private record Population(long finishedExams, Map<Long, Double> overall) {}

    ReportAssembler(CandidateReadiness readiness, AnswerRecords records, AccountDirectory accounts, Clock clock) {
        this.readiness = readiness;
        this.records = records;
        this.accounts = accounts;
        this.clock = clock;
    }

    CandidateReport report(ReportAccess.Grant grant, Map<String, String> topicTitles) {
        long id = grant.candidate().id();
        ReadinessReport ready = readiness.fromExams(id);
        List<ExamEvidence> exams = records.finishedExams(id);
        var examLines = exams.stream().map(e -> examLine(e, topicTitles)).toList();
        return new CandidateReport(
                id,
                grant.candidate().displayName(),
                grant.kind(),
                grant.sharedSince(),
                grant.expiresAt(),
                call(ready),
                topicLevels(ready, topicTitles),
                standing(id, ready),
                examLines,
                records.practiceAnswerCount(id),
                clock.instant(),
                fingerprint(ready, exams));
    }

    /** The fingerprint of the candidate's report as it would be built now. */
    String currentFingerprint(long candidateId) {
        return fingerprint(readiness.fromExams(candidateId), records.finishedExams(candidateId));
    }

    List<CandidateRow> rows(List<ReportAccess.Grant> grants) {
        var ids = grants.stream().map(g -> g.candidate().id()).toList();
        Map<Long, ReadinessReport> reports = readiness.fromExams(ids);
        var rows = new ArrayList<CandidateRow>();
        for (var grant : grants) {
            long id = grant.candidate().id();
            ReadinessReport ready = reports.get(id);
            var exams = records.finishedExams(id);
            var abilities = new LinkedHashMap<String, Double>();
            ready.topics().forEach(t -> abilities.put(t.topic(), t.theta()));
            var standing = standing(id, ready);
            rows.add(new CandidateRow(id, grant.candidate().displayName(), call(ready), standing.overall(),
                    standing.percentile(), abilities, exams.size(),
                    exams.isEmpty() ? null : exams.getFirst().submittedAt(), grant.sharedSince()));
        }
        return rows;
    }

    List<RoleProfileDefinition> profiles() {
        return readiness.profiles();
    }

    private static CandidateReport.Call call(ReadinessReport ready) {
        return new CandidateReport.Call(ready.role(), ready.roleTitle(), ready.probabilityWrong());
    }

    private List<CandidateReport.TopicLevel> topicLevels(ReadinessReport ready, Map<String, String> titles) {
        Map<String, String> roleTitles = readiness.profiles().stream()
                .collect(Collectors.toMap(RoleProfileDefinition::id, RoleProfileDefinition::title));
        var levels = new ArrayList<CandidateReport.TopicLevel>();
        for (var topic : ready.topics()) {
            var estimate = new AbilityEstimate(topic.theta(), topic.standardError(), topic.evidence());
            var requirements = new ArrayList<CandidateReport.Requirement>();
            for (var profile : readiness.profiles()) {
                Double required = topic.required().get(profile.id());
                if (required != null) {
                    requirements.add(new CandidateReport.Requirement(profile.id(), roleTitles.get(profile.id()), required,
                            estimate.probabilityAtLeast(required)));
                }
            }
            levels.add(new CandidateReport.TopicLevel(topic.topic(), titles.getOrDefault(topic.topic(), topic.topic()),
                    topic.theta(), topic.standardError(), (int) Math.round(topic.evidence()), requirements));
        }
        // In the order of the topics file (the profiles' own order is not stable across restarts).
        var order = new ArrayList<>(titles.keySet());
        levels.sort(java.util.Comparator.comparingInt((CandidateReport.TopicLevel l) ->
                order.contains(l.topic()) ? order.indexOf(l.topic()) : Integer.MAX_VALUE).thenComparing(CandidateReport.TopicLevel::topic));
        return levels;
    }

    private static CandidateReport.ExamLine examLine(ExamEvidence exam, Map<String, String> titles) {
        return new CandidateReport.ExamLine(
                exam.attemptId(),
                exam.title(),
                exam.startedAt(),
                exam.submittedAt(),
                exam.duration(),
                exam.status().title(),
                exam.questions(),
                exam.answered(),
                exam.percent(),
                exam.questionsByTopic().keySet().stream().map(t -> titles.getOrDefault(t, t)).sorted().toList(),
                Integrity.observe(exam.startedAt(), exam.answerTimes(), exam.focusLost()));
    }

    /** Mean ability over the topics the role profiles name (all topics when there are no profiles). */
    double overall(ReadinessReport ready) {
        var profileTopics = new HashSet<String>();
        readiness.profiles().forEach(p -> profileTopics.addAll(p.required().keySet()));
        return ready.topics().stream()
                .filter(t -> profileTopics.isEmpty() || profileTopics.contains(t.topic()))
                .mapToDouble(ReadinessReport.TopicAbility::theta)
                .average()
                .orElse(0);
    }

    private CandidateReport.Standing standing(long candidateId, ReadinessReport ready) {
        double overall = overall(ready);
        var others = new HashMap<>(population().overall());
        others.remove(candidateId);
        return new CandidateReport.Standing(overall, Percentile.rank(overall, others.values()), others.size() + 1);
    }

    private synchronized Population population() {
        long finished = records.finishedExamCount();
        if (population == null || population.finishedExams() != finished) {
            var students = new HashSet<>(accounts.idsWithRole(Role.STUDENT));
            var ids = records.usersWithFinishedExams().stream().filter(students::contains).toList();
            var overall = new HashMap<Long, Double>();
            readiness.fromExams(ids).forEach((id, report) -> overall.put(id, overall(report)));
            population = new Population(finished, Map.copyOf(overall));
        }
        return population;
    }

    /** A hash of what the report claims: the call, every topic's estimate, and which exams it rests on. */
    private static String fingerprint(ReadinessReport ready, List<ExamEvidence> exams) {
        var text = new StringBuilder("dlready-report-v1|");
        text.append(ready.role()).append('|').append(String.format(Locale.ROOT, "%.4f", ready.probabilityWrong()));
        var topics = new ArrayList<>(ready.topics());
        topics.sort(java.util.Comparator.comparing(ReadinessReport.TopicAbility::topic));
        for (var topic : topics) {
            text.append('|').append(topic.topic()).append(':')
                    .append(String.format(Locale.ROOT, "%.4f:%.4f", topic.theta(), topic.standardError()));
        }
        for (var exam : exams) {
            text.append("|exam:").append(exam.attemptId()).append('@').append(exam.submittedAt().toEpochMilli());
        }
        return VerificationCodes.sha256Hex(text.toString());
    }

    Instant now() {
        return clock.instant();
    }
}
