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
        int practiceFirstTries,
        List<Evidence> evidence) {

    public ReadinessReport {
        topics = List.copyOf(topics);
        studyPlan = List.copyOf(studyPlan);
        evidence = List.copyOf(evidence);
    }

    /** The same report with the given list of assessments behind it. */
    public ReadinessReport withEvidence(List<Evidence> assessments) {
        return new ReadinessReport(role, roleTitle, probabilityWrong, topics, studyPlan, examAnswers, practiceFirstTries,
                assessments);
    }

    /**
     * One assessment behind the estimates: an exam or a readiness check (practice is not listed: it counts a quarter
     * and only for questions never assessed).
     *
     * @param link the page that shows it, relative to the application root
     */
    public record Evidence(Kind kind, String title, java.time.Instant at, int questions, java.time.Duration took, String link) {
        public enum Kind {
            EXAM,
            READINESS_CHECK
        }
    }

    /** Ability in one topic with its standard error, against each role's requirement. */
    public record TopicAbility(String topic, double theta, double standardError, double evidence, Map<String, Double> required) {
        public TopicAbility {
            required = Map.copyOf(required);
        }
    }
}
