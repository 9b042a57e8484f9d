package dev.dlready.attempt;

import dev.dlready.attempt.internal.ExamAttempt;
import dev.dlready.attempt.internal.ExamAttemptRepository;
import dev.dlready.attempt.internal.ExamItem;
import dev.dlready.bank.QuestionVersions;
import dev.dlready.question.Presentation;
import dev.dlready.question.Question;
import dev.dlready.question.Response;
import dev.dlready.question.ResponseCodec;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the attempts at a course quiz (a quiz an instructor set for a course, started with
 * {@link ExamService#startPrepared}) for the cohort feature, once it has decided who may see them. It checks nothing
 * itself; views must not use it, and the architecture test keeps them away.
 *
 * <p>Exams whose time is up are closed lazily (by {@link ExamTimekeeper} every few seconds, or when next opened).
 * {@link #attempts} therefore first closes and grades every overdue attempt of the quiz, each in a transaction of its
 * own, so the records it returns are what the student's own review shows: an overdue attempt is reported as
 * {@link ExamStatus#TIMED_OUT} with its score, never as still running. {@link #openAttempt} never returns an overdue
 * attempt; {@link #attemptsStarted} counts every attempt, overdue or not.
 */
@Service
public class CourseQuizRecords {

    private final ExamAttemptRepository attempts;
    private final ExamTimekeeper timekeeper;
    private final QuestionVersions versions;
    private final TransactionTemplate closing;
    private final TransactionTemplate reading;
    private final Clock clock;

    CourseQuizRecords(
            ExamAttemptRepository attempts,
            ExamTimekeeper timekeeper,
            QuestionVersions versions,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.attempts = attempts;
        this.timekeeper = timekeeper;
        this.versions = versions;
        this.closing = new TransactionTemplate(transactions);
        // grading must be committed even when the caller reads inside a read-only transaction of its own
        this.closing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    /** Every attempt at the course quiz, running and finished, by student then oldest first; overdue ones closed first. */
    public List<QuizAttemptRecord> attempts(long courseQuizId) {
        closeOverdue(courseQuizId);
        return reading.execute(s -> {
            var questions = new HashMap<Long, Question>();
            return attempts.findByCourseQuizIdWithItems(courseQuizId).stream()
                    .map(attempt -> record(attempt, questions))
                    .toList();
        });
    }

    /** One student's attempts at the course quiz, oldest first; overdue ones closed first. */
    public List<QuizAttemptRecord> attempts(long courseQuizId, long userId) {
        closeOverdue(courseQuizId);
        return reading.execute(s -> {
            var questions = new HashMap<Long, Question>();
            return attempts.findByCourseQuizIdAndUserIdWithItems(courseQuizId, userId).stream()
                    .map(attempt -> record(attempt, questions))
                    .toList();
        });
    }

    /** How many attempts the course quiz has had, running or finished. */
    public long count(long courseQuizId) {
        return reading.execute(s -> attempts.countByCourseQuizId(courseQuizId));
    }

    private void closeOverdue(long courseQuizId) {
        for (long id : reading.execute(s -> attempts.findOverdueForCourseQuiz(courseQuizId, clock.instant()))) {
            try {
                closing.execute(s -> timekeeper.closeIfOverdue(id));
            } catch (OptimisticLockingFailureException e) {
                // closed by the timekeeper or the student's page at the same moment
            }
        }
    }

    /**
     * The review of a finished attempt at the course quiz (score, every answer, key and explanation), for whoever the
     * caller has already allowed to read it; empty when the attempt is not a finished attempt at that quiz.
     */
    public Optional<ExamReview> review(long courseQuizId, long attemptId) {
        return reading.execute(s -> attempts.findById(attemptId)
                .filter(a -> !a.open() && Long.valueOf(courseQuizId).equals(a.courseQuizId()))
                .map(a -> ExamService.review(a, versions)));
    }

    /** How many attempts the user has started at the course quiz, whatever became of them. */
    public int attemptsStarted(long userId, long courseQuizId) {
        return reading.execute(s -> (int) attempts.countByUserIdAndCourseQuizId(userId, courseQuizId));
    }

    /** The user's running attempt at the course quiz whose time is not up, if any (the newest, should there be two). */
    public Optional<Long> openAttempt(long userId, long courseQuizId) {
        return reading.execute(s -> attempts.findOpenForCourseQuiz(userId, courseQuizId, clock.instant()).stream()
                .findFirst());
    }

    private QuizAttemptRecord record(ExamAttempt attempt, Map<Long, Question> questions) {
        var items = attempt.items().stream()
                .map(item -> new QuizAttemptRecord.Item(
                        item.position(),
                        item.questionId(),
                        item.questionVersionId(),
                        item.topicId(),
                        item.credit(),
                        item.response() != null,
                        chosenOptions(item, questions)))
                .toList();
        return new QuizAttemptRecord(
                attempt.userId(),
                attempt.id(),
                ExamStatus.valueOf(attempt.status().name()),
                attempt.startedAt(),
                attempt.submittedAt(),
                attempt.score(),
                attempt.maxScore(),
                items);
    }

    /** The options chosen, translated from the positions the student saw to the question's own option order. */
    private @Nullable Set<Integer> chosenOptions(ExamItem item, Map<Long, Question> questions) {
        if (item.response() == null) {
            return null;
        }
        var question = questions.computeIfAbsent(item.questionVersionId(), id -> versions.load(id).question());
        if (!(question instanceof Question.Choice choice)
                || !(ResponseCodec.decode(item.response()) instanceof Response.Choices chosen)) {
            return null;
        }
        int[] order = Presentation.order(choice.options().size(), item.seed(), 1);
        var options = new TreeSet<Integer>();
        for (int shown : chosen.selected()) {
            if (shown >= 0 && shown < order.length) {
                options.add(order[shown]);
            }
        }
        return options;
    }
}
