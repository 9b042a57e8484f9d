package dev.dlready.attempt;

import dev.dlready.account.CurrentUser;
import dev.dlready.attempt.engine.Progress;
import dev.dlready.attempt.internal.ExamAttemptRepository;
import dev.dlready.attempt.internal.PracticeAnswerRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

    private final PracticeAnswerRepository practice;
    private final ExamAttemptRepository exams;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgressService(PracticeAnswerRepository practice, ExamAttemptRepository exams, CurrentUser currentUser, Clock clock) {
        this.practice = practice;
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
        long userId = currentUser.require().id();
        var answers = new ArrayList<ScoredAnswer>();
        for (var answer : practice.findByUserIdOrderByAnsweredAtDesc(userId)) {
            answers.add(new ScoredAnswer(answer.questionId(), answer.questionVersionId(), answer.topicId(),
                    answer.credit(), answer.answeredAt(),
                    answer.tryNumber() == 1 ? Progress.Source.PRACTICE_FIRST_TRY : Progress.Source.PRACTICE_RETRY));
        }
        for (var attempt : exams.findHistory(userId, null, "%", PageRequest.of(0, 1000))) {
            if (attempt.open() || attempt.submittedAt() == null) {
                continue;
            }
            for (var item : attempt.items()) {
                answers.add(new ScoredAnswer(item.questionId(), item.questionVersionId(), item.topicId(),
                        item.credit() == null ? 0 : item.credit(), attempt.submittedAt(), Progress.Source.EXAM));
            }
        }
        return answers;
    }

    /** The latest exams, newest first. */
    public List<ExamSummary> recentExams(int limit) {
        long userId = currentUser.require().id();
        return exams.findHistory(userId, null, "%", PageRequest.of(0, limit)).stream().map(ExamService::summary).toList();
    }
}
