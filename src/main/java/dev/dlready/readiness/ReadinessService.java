package dev.dlready.readiness;

import dev.dlready.account.CurrentUser;
import dev.dlready.attempt.ExamService;
import dev.dlready.attempt.ProgressService;
import dev.dlready.readiness.internal.ReadinessCheckRepository;
import dev.dlready.readiness.engine.AbilityModel;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final ReadinessModel model;
    private final ReadinessCheckRepository checks;
    private final ExamService exams;
    private final CurrentUser currentUser;

    ReadinessService(ProgressService answers, ReadinessModel model, ReadinessCheckRepository checks, ExamService exams,
            CurrentUser currentUser) {
        this.answers = answers;
        this.model = model;
        this.checks = checks;
        this.exams = exams;
        this.currentUser = currentUser;
    }

    public ReadinessReport report() {
        long userId = currentUser.require().id();
        var report = model.compute(model.withCheckAnswers(userId, answers.scoredAnswers()), true, new HashMap<>());
        var assessments = new ArrayList<ReadinessReport.Evidence>();
        for (var check : checks.findByUserIdOrderByStartedAtDesc(userId)) {
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
        return report.withEvidence(assessments);
    }
}
