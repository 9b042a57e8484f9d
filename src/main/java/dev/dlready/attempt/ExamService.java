package dev.dlready.attempt;

import dev.dlready.base.text.LikePattern;
import dev.dlready.account.CurrentUser;
import dev.dlready.attempt.internal.ExamAttempt;
import dev.dlready.attempt.internal.ExamAttemptRepository;
import dev.dlready.attempt.internal.ExamItem;
import dev.dlready.bank.BankQuestion;
import dev.dlready.bank.BankService;
import dev.dlready.bank.PracticeFilter;
import dev.dlready.question.KeyDescription;
import dev.dlready.question.Placeholders;
import dev.dlready.question.Presentation;
import dev.dlready.question.QuestionToAsk;
import dev.dlready.question.Response;
import dev.dlready.question.ResponseCodec;
import dev.dlready.question.ResponseText;
import dev.dlready.question.Variants;
import dev.dlready.question.engine.Scoring;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Timed exams. The server keeps the time: every read or write first closes an attempt whose deadline has passed.
 * Every answer is saved as it is given. A student only ever reaches their own attempts (an attempt of someone else is
 * reported exactly like one that does not exist). Keys appear only in the review of a finished attempt.
 */
@Service
@PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR', 'ADMIN')")
public class ExamService {

    /** Default time per question when a quiz sets no limit. */
    public static final Duration DEFAULT_TIME_PER_QUESTION = Duration.ofSeconds(90);

    private final ExamAttemptRepository attempts;
    private final BankService bank;
    private final dev.dlready.bank.QuestionVersions versions;
    private final ExamGrading grading;
    private final ExamTimekeeper timekeeper;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

    ExamService(
            ExamAttemptRepository attempts,
            BankService bank,
            dev.dlready.bank.QuestionVersions versions,
            ExamGrading grading,
            ExamTimekeeper timekeeper,
            CurrentUser currentUser,
            TransactionTemplate transaction,
            Clock clock) {
        this.attempts = attempts;
        this.bank = bank;
        this.versions = versions;
        this.grading = grading;
        this.timekeeper = timekeeper;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Starts a generated exam: questions drawn evenly across the topics, in random order. */
    public long startGenerated(ExamRequest request) {
        var pools = new LinkedHashMap<String, List<BankQuestion>>();
        for (String topic : request.topics()) {
            var pool = new ArrayList<>(bank.forPractice(PracticeFilter.topics(List.of(topic))));
            Collections.shuffle(pool, java.util.Random.from(random));
            pools.put(topic, pool);
        }
        var chosen = new ArrayList<BankQuestion>();
        boolean added = true;
        while (chosen.size() < request.questions() && added) {
            added = false;
            for (var pool : pools.values()) {
                if (!pool.isEmpty() && chosen.size() < request.questions()) {
                    chosen.add(pool.removeFirst());
                    added = true;
                }
            }
        }
        if (chosen.isEmpty()) {
            throw new ExamException("The chosen topics have no questions yet. Choose other topics.");
        }
        Collections.shuffle(chosen, java.util.Random.from(random));
        String title = chosen.size() + " questions: " + String.join(", ", topicTitles(request.topics()));
        return create(title, null, request.topics(), chosen, Duration.ofMinutes(request.minutes()));
    }

    /** Starts a fixed quiz of the bank as a timed exam, its questions shuffled. */
    public long startQuiz(String quizId) {
        var quiz = bank.quiz(quizId).orElseThrow(() -> new ExamException("This quiz is not available any more."));
        var questions = new ArrayList<>(bank.quizQuestions(quizId));
        if (questions.isEmpty()) {
            throw new ExamException("This quiz has no questions yet.");
        }
        Collections.shuffle(questions, java.util.Random.from(random));
        Duration limit = quiz.timeLimitMinutes() != null
                ? Duration.ofMinutes(quiz.timeLimitMinutes())
                : DEFAULT_TIME_PER_QUESTION.multipliedBy(questions.size());
        return create(quiz.title(), quizId, List.of(quiz.topic()), questions, limit);
    }

    private long create(String title, @Nullable String quizId, List<String> topics, List<BankQuestion> questions, Duration limit) {
        long userId = currentUser.require().id();
        Instant now = clock.instant();
        return transaction.execute(status -> {
            var attempt = new ExamAttempt(userId, title, quizId, String.join(",", topics), now, now.plus(limit));
            for (int i = 0; i < questions.size(); i++) {
                var q = questions.get(i);
                attempt.addItem(new ExamItem(attempt, i, q.id(), q.versionId(), q.question().meta().topic(), random.nextLong()));
            }
            return attempts.save(attempt).id();
        });
    }

    /** The attempt as the student sees it; an overdue attempt is submitted first. */
    public ExamState state(long attemptId) {
        closeIfOverdue(attemptId);
        return transaction.execute(status -> {
            var attempt = owned(attemptId);
            var items = attempt.items().stream()
                    .map(item -> new ExamState.Item(
                            item.position(),
                            Presentation.present(question(item).question(), item.seed()),
                            item.response() == null ? null : ResponseCodec.decode(item.response()),
                            item.flagged()))
                    .toList();
            return new ExamState(summary(attempt), clock.instant(), items);
        });
    }

    /**
     * The attempt's summary and the seconds left, without loading its questions: what an open exam page polls for.
     * An overdue attempt is submitted first.
     */
    public ExamClock clock(long attemptId) {
        closeIfOverdue(attemptId);
        return transaction.execute(status -> {
            var summary = summary(owned(attemptId));
            long left = Math.max(0, summary.deadline().getEpochSecond() - clock.instant().getEpochSecond());
            return new ExamClock(summary, left);
        });
    }

    /** Saves one answer the moment it is given. Refused once the attempt is over. */
    public void saveAnswer(long attemptId, int position, Response response) {
        closeIfOverdue(attemptId);
        transaction.executeWithoutResult(status -> {
            var attempt = owned(attemptId);
            requireOpen(attempt);
            item(attempt, position).answer(ResponseCodec.encode(response), clock.instant());
        });
    }

    public void flag(long attemptId, int position, boolean flagged) {
        closeIfOverdue(attemptId);
        transaction.executeWithoutResult(status -> {
            var attempt = owned(attemptId);
            requireOpen(attempt);
            item(attempt, position).flag(flagged);
        });
    }

    /**
     * Counts one moment the exam page was hidden while the attempt was open (reported to recruiters as an integrity
     * signal). Ignored once the attempt is over.
     */
    public void recordFocusLost(long attemptId) {
        closeIfOverdue(attemptId);
        try {
            transaction.executeWithoutResult(status -> owned(attemptId).recordFocusLost());
        } catch (OptimisticLockingFailureException e) {
            // an answer was saved at the same moment; one lost count matters less than the answer
        }
    }

    /** Submits and scores the attempt. Submitting again (double click, second tab) changes nothing. */
    public ExamSummary submit(long attemptId) {
        closeIfOverdue(attemptId);
        try {
            return transaction.execute(status -> {
                var attempt = owned(attemptId);
                if (attempt.open()) {
                    grading.finish(attempt, clock.instant(), false);
                    attempts.saveAndFlush(attempt);
                }
                return summary(attempt);
            });
        } catch (OptimisticLockingFailureException e) {
            // Another request submitted the same attempt at the same moment: its result stands.
            return transaction.execute(status -> summary(owned(attemptId)));
        }
    }

    /** Score, per-topic breakdown and every question with the answer, key and explanation. Only once submitted. */
    public ExamReview review(long attemptId) {
        closeIfOverdue(attemptId);
        return transaction.execute(status -> {
            var attempt = owned(attemptId);
            if (attempt.open()) {
                throw new ExamException("This exam is still running; submit it to see the review.");
            }
            var topics = new LinkedHashMap<String, double[]>();
            var items = new ArrayList<ExamReview.Item>();
            for (ExamItem item : attempt.items()) {
                var question = question(item).question();
                QuestionToAsk asked = Presentation.present(question, item.seed());
                Response response = item.response() == null ? null : ResponseCodec.decode(item.response());
                Scoring.Result result = response == null ? new Scoring.Result(0, List.of()) : Scoring.score(question, item.seed(), response);
                var values = Variants.pick(question, item.seed());
                items.add(new ExamReview.Item(
                        item.position(),
                        asked,
                        response == null ? "No answer" : ResponseText.describe(asked, response),
                        result.credit(),
                        result.feedback(),
                        KeyDescription.describe(question, item.seed()),
                        Placeholders.fill(question.meta().explanation(), values)));
                var topic = topics.computeIfAbsent(item.topicId(), t -> new double[2]);
                topic[0] += result.credit();
                topic[1] += 1;
            }
            var topicScores = topics.entrySet().stream()
                    .map(e -> new ExamReview.TopicScore(e.getKey(), e.getValue()[0], (int) e.getValue()[1]))
                    .toList();
            return new ExamReview(summary(attempt), topicScores, items);
        });
    }

    /** The signed-in student's attempts, newest first, optionally filtered by status and title. */
    public List<ExamSummary> history(@Nullable ExamStatus status, String titleFilter, int offset, int limit) {
        long userId = currentUser.require().id();
        int size = Math.max(1, limit);
        return transaction.execute(s -> attempts.findHistory(
                        userId, toEntity(status), LikePattern.containing(titleFilter), PageRequest.of(offset / size, size))
                .stream()
                .map(ExamService::summary)
                .toList());
    }

    public long countHistory(@Nullable ExamStatus status, String titleFilter) {
        long userId = currentUser.require().id();
        return attempts.countHistory(userId, toEntity(status), LikePattern.containing(titleFilter));
    }

    private void closeIfOverdue(long attemptId) {
        try {
            transaction.execute(status -> timekeeper.closeIfOverdue(attemptId));
        } catch (OptimisticLockingFailureException e) {
            // closed by the timekeeper at the same moment
        }
    }

    private ExamAttempt owned(long attemptId) {
        return attempts.findByIdAndUserId(attemptId, currentUser.require().id())
                .orElseThrow(() -> new NoSuchElementException("No such exam"));
    }

    private static void requireOpen(ExamAttempt attempt) {
        if (!attempt.open()) {
            throw new ExamException(attempt.status() == ExamAttempt.Status.TIMED_OUT
                    ? "Time is up: the exam was submitted with the answers saved until then."
                    : "This exam has been submitted; answers can no longer change.");
        }
    }

    private static ExamItem item(ExamAttempt attempt, int position) {
        return attempt.items().stream()
                .filter(i -> i.position() == position)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No question " + position));
    }

    private BankQuestion question(ExamItem item) {
        return versions.load(item.questionVersionId());
    }

    private List<String> topicTitles(List<String> topicIds) {
        Map<String, String> titles = new LinkedHashMap<>();
        bank.topics().forEach(t -> titles.put(t.id(), t.title()));
        return topicIds.stream().map(id -> titles.getOrDefault(id, id)).toList();
    }

    static ExamSummary summary(ExamAttempt attempt) {
        int answered = (int) attempt.items().stream().filter(i -> i.response() != null).count();
        return new ExamSummary(
                attempt.id(),
                attempt.title(),
                ExamStatus.valueOf(attempt.status().name()),
                attempt.startedAt(),
                attempt.deadline(),
                attempt.submittedAt(),
                attempt.score(),
                attempt.maxScore(),
                answered);
    }

    private static ExamAttempt.@Nullable Status toEntity(@Nullable ExamStatus status) {
        return status == null ? null : ExamAttempt.Status.valueOf(status.name());
    }

}
