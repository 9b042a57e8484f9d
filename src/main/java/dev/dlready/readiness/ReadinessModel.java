package dev.dlready.readiness;

import dev.dlready.attempt.ScoredAnswer;
import dev.dlready.attempt.engine.Progress;
import dev.dlready.content.RoleProfileDefinition;
import dev.dlready.readiness.engine.AbilityEstimate;
import dev.dlready.readiness.engine.Eap;
import dev.dlready.readiness.engine.ItemParameters;
import dev.dlready.readiness.engine.Recommendation;
import dev.dlready.readiness.internal.ReadinessCheckRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns scored answers into a readiness report. Each question counts once: its latest assessed answer (exam or
 * readiness check) at full weight, or, if it was never assessed, its first practice try at a quarter; retakes and
 * retries therefore cannot add up. Who may see whose answers is decided by the callers.
 */
@Component
class ReadinessModel {

    private final ItemCalibration calibration;
    private final RoleProfiles roles;
    private final ReadinessCheckRepository checks;

    ReadinessModel(ItemCalibration calibration, RoleProfiles roles, ReadinessCheckRepository checks) {
        this.calibration = calibration;
        this.roles = roles;
        this.checks = checks;
    }

    List<RoleProfileDefinition> profiles() {
        return roles.profiles();
    }

    /**
     * The given answers of a user together with their answered readiness-check questions (as assessed answers),
     * oldest first: the order {@link #compute} needs, where the latest answer to a question is the one that counts.
     */
    List<ScoredAnswer> withCheckAnswers(long userId, List<ScoredAnswer> answers) {
        var all = new java.util.ArrayList<ScoredAnswer>(answers);
        checks.findAnswered(userId).forEach(i -> all.add(new ScoredAnswer(i.questionId(), i.questionVersionId(),
                i.topicId(), i.credit() == null ? 0 : i.credit(), java.util.Objects.requireNonNull(i.answeredAt()),
                Progress.Source.EXAM)));
        all.sort(java.util.Comparator.comparing(ScoredAnswer::at));
        return all;
    }

    private record Counted(long versionId, String topic, double credit, double weight) {}

    /**
     * The report from scored answers in time order (without the list of assessments, which the caller adds).
     *
     * @param practiceCounts whether first practice tries count at all (a quarter each); a recruiter's view leaves them out
     * @param items item parameters already looked up, shared across the calls of one computation
     */
    ReadinessReport compute(List<ScoredAnswer> answers, boolean practiceCounts, Map<Long, ItemParameters> items) {
        // Each question counts once: its latest assessed answer (exam or readiness check) at full weight, or, if it
        // was never assessed, its first practice try at a quarter. Retakes and retries therefore cannot add up.
        var assessed = new LinkedHashMap<Long, Counted>();
        var practised = new LinkedHashMap<Long, Counted>();
        for (ScoredAnswer answer : answers) {
            switch (answer.source()) {
                case EXAM -> assessed.put(answer.questionVersionId(),
                        new Counted(answer.questionVersionId(), answer.topic(), answer.credit(), ReadinessService.EXAM_WEIGHT));
                case PRACTICE_FIRST_TRY -> {
                    if (practiceCounts) {
                        practised.putIfAbsent(answer.questionVersionId(),
                                new Counted(answer.questionVersionId(), answer.topic(), answer.credit(), ReadinessService.PRACTICE_WEIGHT));
                    }
                }
                case PRACTICE_RETRY -> { }
            }
        }
        practised.keySet().removeAll(assessed.keySet());
        var byTopic = new LinkedHashMap<String, List<Eap.Response>>();
        int exam = assessed.size();
        int practice = practised.size();
        for (var counted : java.util.stream.Stream.concat(assessed.values().stream(), practised.values().stream()).toList()) {
            var item = items.computeIfAbsent(counted.versionId(), calibration::parameters);
            byTopic.computeIfAbsent(counted.topic(), t -> new ArrayList<>())
                    .add(new Eap.Response(item, counted.credit(), counted.weight()));
        }
        List<RoleProfileDefinition> profiles = roles.profiles();
        var allTopics = new java.util.LinkedHashSet<String>();
        profiles.forEach(p -> allTopics.addAll(p.required().keySet()));
        allTopics.addAll(byTopic.keySet());
        var posterior = ReadinessService.MODEL.posteriorOf(allTopics, byTopic);
        var topics = new LinkedHashMap<String, AbilityEstimate>();
        for (String topic : allTopics) {
            topics.put(topic, posterior.topic(topic));
        }
        var result = Recommendation.recommend(
                profiles.stream().map(p -> new Recommendation.Profile(p.id(), p.required())).toList(), posterior);
        var rows = new ArrayList<ReadinessReport.TopicAbility>();
        topics.forEach((topic, estimate) -> {
            Map<String, Double> required = new LinkedHashMap<>();
            profiles.forEach(p -> {
                if (p.required().containsKey(topic)) {
                    required.put(p.id(), p.required().get(topic));
                }
            });
            rows.add(new ReadinessReport.TopicAbility(
                    topic, estimate.theta(), estimate.standardError(), estimate.evidence(), required));
        });
        double evidence = exam * ReadinessService.EXAM_WEIGHT + practice * ReadinessService.PRACTICE_WEIGHT;
        String role = evidence < ReadinessService.MINIMUM_EVIDENCE ? ReadinessService.TOO_EARLY : result.role();
        String title = role.equals(ReadinessService.TOO_EARLY) ? "Too early to call"
                : profiles.stream().filter(p -> p.id().equals(role)).map(RoleProfileDefinition::title)
                        .findFirst().orElse("Not yet");
        var plan = result.holdingBack().stream().map(Recommendation.Gap::topic).limit(4).toList();
        return new ReadinessReport(role, title, result.probabilityWrong(), rows, plan, exam, practice, List.of());
    }
}
