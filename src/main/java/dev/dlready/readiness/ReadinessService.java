package dev.dlready.readiness;

import dev.dlready.attempt.ProgressService;
import dev.dlready.attempt.ScoredAnswer;
import dev.dlready.attempt.engine.Progress;
import dev.dlready.content.RoleProfileDefinition;
import dev.dlready.readiness.engine.AbilityEstimate;
import dev.dlready.readiness.engine.AbilityModel;
import dev.dlready.readiness.engine.Eap;
import dev.dlready.readiness.engine.ItemParameters;
import dev.dlready.readiness.engine.Recommendation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a student's answers into per-topic abilities and a readiness call. Exam answers count fully; the first try at
 * a practice question counts a quarter (feedback is instant, so it is weaker evidence); retries do not count at all, so
 * drilling one question cannot raise readiness.
 */
@Service
@PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR', 'ADMIN')")
@Transactional(readOnly = true)
public class ReadinessService {

    public static final double EXAM_WEIGHT = 1.0;
    public static final double PRACTICE_WEIGHT = 0.25;

    /**
     * Below this much evidence (in full-weight answers) no call is made: the prior alone would otherwise decide it.
     */
    public static final double MINIMUM_EVIDENCE = 10;

    /** The call while there is less evidence than {@link #MINIMUM_EVIDENCE}. */
    public static final String TOO_EARLY = "too-early";

    static final AbilityModel MODEL = new AbilityModel();

    private final ProgressService answers;
    private final ItemCalibration calibration;
    private final RoleProfiles roles;

    ReadinessService(ProgressService answers, ItemCalibration calibration, RoleProfiles roles) {
        this.answers = answers;
        this.calibration = calibration;
        this.roles = roles;
    }

    public ReadinessReport report() {
        var byTopic = new LinkedHashMap<String, List<Eap.Response>>();
        var items = new HashMap<Long, ItemParameters>();
        int exam = 0;
        int practice = 0;
        for (ScoredAnswer answer : answers.scoredAnswers()) {
            double weight = switch (answer.source()) {
                case EXAM -> EXAM_WEIGHT;
                case PRACTICE_FIRST_TRY -> PRACTICE_WEIGHT;
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
        var allTopics = new java.util.LinkedHashSet<String>();
        profiles.forEach(p -> allTopics.addAll(p.required().keySet()));
        allTopics.addAll(byTopic.keySet());
        var posterior = MODEL.posteriorOf(allTopics, byTopic);
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
        double evidence = exam * EXAM_WEIGHT + practice * PRACTICE_WEIGHT;
        String role = evidence < MINIMUM_EVIDENCE ? TOO_EARLY : result.role();
        String title = role.equals(TOO_EARLY) ? "Too early to call"
                : profiles.stream().filter(p -> p.id().equals(role)).map(RoleProfileDefinition::title)
                        .findFirst().orElse("Not yet");
        var plan = result.holdingBack().stream().map(Recommendation.Gap::topic).limit(4).toList();
        return new ReadinessReport(role, title, result.probabilityWrong(), rows, plan, exam, practice);
    }
}
