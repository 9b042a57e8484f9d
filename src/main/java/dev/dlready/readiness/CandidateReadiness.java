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
 * Readiness of a given candidate as recruiters see it: from finished exams only (practice shows the answer at once,
 * so it is not evidence for someone else). This service checks nothing: the report feature calls it only after it has
 * checked that the candidate shares their report with the recruiter asking. Views must not use it, and the
 * architecture test keeps them away.
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
}
