package dev.dlready.readiness;

import dev.dlready.attempt.ScoredAnswer;
import dev.dlready.attempt.engine.Progress;
import dev.dlready.content.RoleProfileDefinition;
import dev.dlready.readiness.engine.AbilityEstimate;
import dev.dlready.readiness.engine.Eap;
import dev.dlready.readiness.engine.ItemParameters;
import dev.dlready.readiness.engine.Recommendation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns scored answers into a readiness report; who may see whose answers is decided by the callers. */
@Component
class ReadinessModel {

    private final ItemCalibration calibration;
    private final RoleProfiles roles;

    ReadinessModel(ItemCalibration calibration, RoleProfiles roles) {
        this.calibration = calibration;
        this.roles = roles;
    }

    List<RoleProfileDefinition> profiles() {
        return roles.profiles();
    }

    /**
     * @param practiceCounts whether first tries in practice count (at {@link ReadinessService#PRACTICE_WEIGHT}); retries
     *     never count
     * @param items item parameters already looked up, shared across calls of one computation
     */
    ReadinessReport compute(List<ScoredAnswer> answers, boolean practiceCounts, Map<Long, ItemParameters> items) {
        var byTopic = new LinkedHashMap<String, List<Eap.Response>>();
        int exam = 0;
        int practice = 0;
        for (ScoredAnswer answer : answers) {
            double weight = switch (answer.source()) {
                case EXAM -> ReadinessService.EXAM_WEIGHT;
                case PRACTICE_FIRST_TRY -> practiceCounts ? ReadinessService.PRACTICE_WEIGHT : 0;
                case PRACTICE_RETRY -> 0;
            };
            if (weight == 0) {
                continue;
            }
            if (answer.source() == Progress.Source.EXAM) {
                exam++;
            } else {
                practice++;
            }
            var item = items.computeIfAbsent(answer.questionVersionId(), calibration::parameters);
            byTopic.computeIfAbsent(answer.topic(), t -> new ArrayList<>()).add(new Eap.Response(item, answer.credit(), weight));
        }
        List<RoleProfileDefinition> profiles = roles.profiles();
        var topics = new LinkedHashMap<String, AbilityEstimate>();
        var allTopics = new LinkedHashSet<String>();
        profiles.forEach(p -> allTopics.addAll(p.required().keySet()));
        allTopics.addAll(byTopic.keySet());
        for (String topic : allTopics) {
            topics.put(topic, Eap.estimate(byTopic.getOrDefault(topic, List.of())));
        }
        var result = Recommendation.recommend(
                profiles.stream().map(p -> new Recommendation.Profile(p.id(), p.required())).toList(), topics);
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
        String title = profiles.stream().filter(p -> p.id().equals(result.role())).map(RoleProfileDefinition::title)
                .findFirst().orElse("Not yet");
        var plan = result.holdingBack().stream().map(Recommendation.Gap::topic).limit(4).toList();
        return new ReadinessReport(result.role(), title, result.probabilityWrong(), rows, plan, exam, practice);
    }
}
