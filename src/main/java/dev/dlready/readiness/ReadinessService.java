package dev.dlready.readiness;

import dev.dlready.account.CurrentUser;
import dev.dlready.attempt.ExamService;
import dev.dlready.attempt.ProgressService;
import dev.dlready.readiness.internal.ReadinessCheckRepository;
import dev.dlready.attempt.ScoredAnswer;
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
    private final ReadinessCheckRepository checks;
    private final ExamService exams;
    private final CurrentUser currentUser;

    ReadinessService(ProgressService answers, ItemCalibration calibration, RoleProfiles roles,
            ReadinessCheckRepository checks, ExamService exams, CurrentUser currentUser) {
        this.answers = answers;
        this.calibration = calibration;
        this.roles = roles;
        this.checks = checks;
        this.exams = exams;
        this.currentUser = currentUser;
    }

    private record Counted(long versionId, String topic, double credit, double weight, boolean assessed) {}

    public ReadinessReport report() {
        // Each question counts once: its latest assessed answer (exam or readiness check) at full weight, or, if it
        // was never assessed, its first practice try at a quarter. Retakes and retries therefore cannot add up.
        var assessed = new LinkedHashMap<Long, Counted>();
        var practised = new LinkedHashMap<Long, Counted>();
        for (ScoredAnswer answer : answers.scoredAnswers()) {
            switch (answer.source()) {
                case EXAM -> assessed.put(answer.questionVersionId(),
                        new Counted(answer.questionVersionId(), answer.topic(), answer.credit(), EXAM_WEIGHT, true));
                case PRACTICE_FIRST_TRY -> practised.putIfAbsent(answer.questionVersionId(),
                        new Counted(answer.questionVersionId(), answer.topic(), answer.credit(), PRACTICE_WEIGHT, false));
                case PRACTICE_RETRY -> { }
            }
        }
        for (var item : checks.findAnswered(currentUser.require().id())) {
            assessed.put(item.questionVersionId(), new Counted(item.questionVersionId(), item.topicId(),
                    item.credit() == null ? 0 : item.credit(), EXAM_WEIGHT, true));
        }
        practised.keySet().removeAll(assessed.keySet());
        var byTopic = new LinkedHashMap<String, List<Eap.Response>>();
        var items = new HashMap<Long, ItemParameters>();
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
        var assessments = new ArrayList<ReadinessReport.Evidence>();
        for (var check : checks.findByUserIdOrderByStartedAtDesc(currentUser.require().id())) {
            if (check.finishedAt() != null) {
                int n = (int) check.items().stream().filter(i -> i.answered()).count();
                assessments.add(new ReadinessReport.Evidence(ReadinessReport.Evidence.Kind.READINESS_CHECK,
                        "Readiness check", check.finishedAt(), n,
                        java.time.Duration.between(check.startedAt(), check.finishedAt()),
                        "readiness-check/" + check.id()));
            }
        }
        for (var attempt : exams.history(null, "", 0, 200)) {
            if (attempt.finished() && attempt.submittedAt() != null) {
                assessments.add(new ReadinessReport.Evidence(ReadinessReport.Evidence.Kind.EXAM, attempt.title(),
                        attempt.submittedAt(), attempt.maxScore(),
                        java.time.Duration.between(attempt.startedAt(), attempt.submittedAt()),
                        "exam/" + attempt.id() + "/review"));
            }
        }
        assessments.sort(java.util.Comparator.comparing(ReadinessReport.Evidence::at).reversed());
        return new ReadinessReport(role, title, result.probabilityWrong(), rows, plan, exam, practice, assessments);
    }
}
