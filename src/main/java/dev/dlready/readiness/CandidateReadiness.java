package dev.dlready.readiness;

import dev.dlready.attempt.AnswerRecords;
import dev.dlready.attempt.ScoredAnswer;
import dev.dlready.content.RoleProfileDefinition;
import dev.dlready.readiness.engine.ItemParameters;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readiness of given candidates, for features that have already checked who may see it. Recruiters see it from finished
 * exams only (practice shows the answer at once, so it is not evidence for someone else): the report feature calls it
 * only after checking that the candidate shares their report with the recruiter asking. A cohort's instructor sees
 * what each student sees on their own page: the cohort feature calls it only for members of the instructor's own
 * cohort. This service checks nothing; views must not use it, and the architecture test keeps them away.
 */
@Service
@Transactional(readOnly = true)
public class CandidateReadiness {

    private final ReadinessModel model;
    private final AnswerRecords records;

    CandidateReadiness(ReadinessModel model, AnswerRecords records) {
        this.model = model;
        this.records = records;
    }

    /** The role profiles, from the lowest role to the highest. */
    public List<RoleProfileDefinition> profiles() {
        return model.profiles();
    }

    /** The candidate's readiness from their finished exams only. */
    public ReadinessReport fromExams(long userId) {
        return model.compute(
                model.withCheckAnswers(userId, records.examAnswers(List.of(userId)).getOrDefault(userId, List.of())),
                false, new HashMap<>());
    }

    /** The readiness from finished exams of each given user, in the order given. */
    public Map<Long, ReadinessReport> fromExams(Collection<Long> userIds) {
        Map<Long, List<ScoredAnswer>> answers = records.examAnswers(userIds);
        Map<Long, ItemParameters> items = new HashMap<>();
        var reports = new LinkedHashMap<Long, ReadinessReport>();
        for (long id : userIds) {
            reports.put(id, model.compute(model.withCheckAnswers(id, answers.getOrDefault(id, List.of())), false, items));
        }
        return reports;
    }

    /** The readiness each given user sees on their own page (exams, checks and first practice tries), in the order given. */
    public Map<Long, ReadinessReport> asStudentsSee(Collection<Long> userIds) {
        Map<Long, ItemParameters> items = new HashMap<>();
        var reports = new LinkedHashMap<Long, ReadinessReport>();
        for (long id : userIds) {
            reports.put(id, model.compute(model.withCheckAnswers(id, records.scoredAnswers(id)), true, items));
        }
        return reports;
    }
}
