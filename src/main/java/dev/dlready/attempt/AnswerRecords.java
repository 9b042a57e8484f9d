package dev.dlready.attempt;

import dev.dlready.attempt.engine.Progress;
import dev.dlready.attempt.internal.ExamAttempt;
import dev.dlready.attempt.internal.ExamAttemptRepository;
import dev.dlready.attempt.internal.ExamItem;
import dev.dlready.attempt.internal.PracticeAnswerRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the answers and finished exams of a given user for server-side work that has already decided who may see them:
 * a student's own pages (through {@link ProgressService}) and the report feature once a candidate's share has been
 * checked. It checks nothing itself; views must not use it, and the architecture test keeps them away.
 */
@Service
@Transactional(readOnly = true)
public class AnswerRecords {

    private final PracticeAnswerRepository practice;
    private final ExamAttemptRepository exams;

    AnswerRecords(PracticeAnswerRepository practice, ExamAttemptRepository exams) {
        this.practice = practice;
        this.exams = exams;
    }

    /** Every scored answer of the user, practice and exams, with the exact question version. */
    public List<ScoredAnswer> scoredAnswers(long userId) {
        var answers = new ArrayList<ScoredAnswer>();
        for (var answer : practice.findByUserIdOrderByAnsweredAtDesc(userId)) {
            answers.add(new ScoredAnswer(answer.questionId(), answer.questionVersionId(), answer.topicId(), answer.credit(), answer.answeredAt(),
                    answer.tryNumber() == 1 ? Progress.Source.PRACTICE_FIRST_TRY : Progress.Source.PRACTICE_RETRY));
        }
        for (ExamAttempt attempt : exams.findFinishedByUserIds(List.of(userId))) {
            answers.addAll(examAnswers(attempt));
        }
        return answers;
    }

    /** The scored answers of finished exams only, per user, for the given users (users without exams are absent). */
    public Map<Long, List<ScoredAnswer>> examAnswers(Collection<Long> userIds) {
        var byUser = new HashMap<Long, List<ScoredAnswer>>();
        if (userIds.isEmpty()) {
            return byUser;
        }
        for (ExamAttempt attempt : exams.findFinishedByUserIds(userIds)) {
            byUser.computeIfAbsent(attempt.userId(), u -> new ArrayList<>()).addAll(examAnswers(attempt));
        }
        return byUser;
    }

    /** The ids of every user with at least one finished exam. */
    public List<Long> usersWithFinishedExams() {
        return exams.findUsersWithFinishedExams();
    }

    /** How many exams have finished on the whole platform; it only grows, so a change means new evidence. */
    public long finishedExamCount() {
        return exams.countFinished();
    }

    /** The user's finished exams, newest first, with timing and what was observed while they ran. */
    public List<ExamEvidence> finishedExams(long userId) {
        return exams.findFinishedByUserIds(List.of(userId)).stream()
                .sorted(Comparator.comparing((ExamAttempt a) -> Objects.requireNonNull(a.submittedAt())).reversed())
                .map(AnswerRecords::evidence)
                .toList();
    }

    /** How many practice answers the user has given (shown as "not counted as evidence"). */
    public long practiceAnswerCount(long userId) {
        return practice.countByUserId(userId);
    }

    private static List<ScoredAnswer> examAnswers(ExamAttempt attempt) {
        Instant at = Objects.requireNonNull(attempt.submittedAt());
        return attempt.items().stream()
                .map(item -> new ScoredAnswer(item.questionId(), item.questionVersionId(), item.topicId(),
                        item.credit() == null ? 0 : item.credit(), at, Progress.Source.EXAM))
                .toList();
    }

    private static ExamEvidence evidence(ExamAttempt attempt) {
        var byTopic = new LinkedHashMap<String, Integer>();
        var times = new ArrayList<Instant>();
        for (ExamItem item : attempt.items()) {
            byTopic.merge(item.topicId(), 1, Integer::sum);
            if (item.response() != null && item.answeredAt() != null) {
                times.add(item.answeredAt());
            }
        }
        times.sort(Comparator.naturalOrder());
        return new ExamEvidence(
                attempt.id(),
                attempt.title(),
                attempt.startedAt(),
                Objects.requireNonNull(attempt.submittedAt()),
                ExamStatus.valueOf(attempt.status().name()),
                attempt.items().size(),
                times.size(),
                attempt.score() == null ? 0 : attempt.score(),
                attempt.maxScore(),
                byTopic,
                times,
                attempt.focusLost());
    }
}
