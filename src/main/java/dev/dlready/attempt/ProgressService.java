package dev.dlready.attempt;

import dev.dlready.account.CurrentUser;
import dev.dlready.attempt.engine.Progress;
import dev.dlready.attempt.internal.ExamAttemptRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in student's progress: per topic, over time, streak and recent activity. */
@Service
@PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR', 'ADMIN')")
@Transactional(readOnly = true)
public class ProgressService {

    private final AnswerRecords records;
    private final ExamAttemptRepository exams;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgressService(AnswerRecords records, ExamAttemptRepository exams, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.exams = exams;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Progress.Report report() {
        var evidence = scoredAnswers().stream()
                .map(a -> new Progress.Evidence(a.topic(), a.credit(), a.at(), a.source()))
                .toList();
        return Progress.compute(evidence, LocalDate.ofInstant(clock.instant(), clock.getZone()), clock.getZone());
    }

    /** Every scored answer of the signed-in student with the exact question version, for measurement. */
    public List<ScoredAnswer> scoredAnswers() {
        return records.scoredAnswers(currentUser.require().id());
    }

    /** The latest exams, newest first. */
    public List<ExamSummary> recentExams(int limit) {
        long userId = currentUser.require().id();
        return exams.findHistory(userId, null, "%", PageRequest.of(0, limit)).stream().map(ExamService::summary).toList();
    }
}
