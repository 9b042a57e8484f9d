package dev.dlready.readiness;

import java.util.List;
import java.util.Map;

/** A student's readiness: the call with its risk of being wrong, each topic's ability, and what to study next. */
public record ReadinessReport(
        String role,
        String roleTitle,
        double probabilityWrong,
        List<TopicAbility> topics,
        List<String> studyPlan,
        int examAnswers,
        int practiceFirstTries) {

    public ReadinessReport {
        topics = List.copyOf(topics);
        studyPlan = List.copyOf(studyPlan);
    }

    /** Ability in one topic with its standard error, against each role's requirement. */
    public record TopicAbility(String topic, double theta, double standardError, double evidence, Map<String, Double> required) {
        public TopicAbility {
            required = Map.copyOf(required);
        }
    }
}
