package dev.dlready.readiness;

import dev.dlready.attempt.ProgressService;
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

    private final ProgressService answers;
    private final ReadinessModel model;

    ReadinessService(ProgressService answers, ReadinessModel model) {
        this.answers = answers;
        this.model = model;
    }

    /** The signed-in student's readiness from exams and first tries in practice. */
    public ReadinessReport report() {
        return model.compute(answers.scoredAnswers(), true, new HashMap<>());
    }
}
