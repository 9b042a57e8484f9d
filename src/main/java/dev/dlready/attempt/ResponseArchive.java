package dev.dlready.attempt;

import dev.dlready.attempt.engine.Progress;
import dev.dlready.attempt.internal.AnswerRow;
import dev.dlready.attempt.internal.ExamAttemptRepository;
import dev.dlready.attempt.internal.PracticeAnswerRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every student's scored answers, for server-side measurement that runs without a signed-in user, such as the nightly
 * item calibration. Not for views: it reads across all students, so it has no role check of its own; views reach it
 * only through a service that checks the role (the architecture test forbids views to depend on it).
 */
@Service
@Transactional(readOnly = true)
public class ResponseArchive {

    private final ExamAttemptRepository exams;
    private final PracticeAnswerRepository practice;

    ResponseArchive(ExamAttemptRepository exams, PracticeAnswerRepository practice) {
        this.exams = exams;
        this.practice = practice;
    }

    /**
     * The answers item calibration uses: every answered question of a closed exam, and the first try at each question
     * in practice. Retries are left out (the answer was shown before them), and so are later practice sessions on a
     * question already seen, and exam questions left unanswered (a question never reached says nothing about how hard
     * it is).
     */
    public List<StudentAnswer> forCalibration() {
        var answers = new ArrayList<StudentAnswer>();
        for (AnswerRow row : exams.findClosedExamAnswers()) {
            answers.add(toAnswer(row, Progress.Source.EXAM));
        }
        var seen = new HashSet<String>();
        for (AnswerRow row : practice.findFirstTries()) {
            if (seen.add(row.userId() + ":" + row.questionVersionId())) {
                answers.add(toAnswer(row, Progress.Source.PRACTICE_FIRST_TRY));
            }
        }
        return answers;
    }

    private static StudentAnswer toAnswer(AnswerRow row, Progress.Source source) {
        double credit = row.credit() == null ? 0 : Math.max(0, Math.min(1, row.credit()));
        return new StudentAnswer(row.userId(), row.questionVersionId(), row.topicId(), credit, source);
    }
}
