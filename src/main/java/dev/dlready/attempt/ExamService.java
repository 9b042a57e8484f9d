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

    private static final int TOPICS_MAX_LENGTH = 1000;

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
        return create(ExamAttempt::new, title, null, request.topics(), chosen, Duration.ofMinutes(request.minutes()));
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
        return create(ExamAttempt::new, quiz.title(), quizId, List.of(quiz.topic()), questions, limit);
    }

    /**
     * Starts an exam whose questions were chosen elsewhere (a quiz an instructor set for a course) for the current
     * user, exactly like {@link #startQuiz}: a fresh seed per question, so options and variants are drawn as usual. The
     * questions keep the given order unless the exam shuffles them. Whoever calls this has decided that the user may
     * start it; this service only checks the role, like every other method.
     */
    public long startPrepared(PreparedExam exam) {
        var questions = new ArrayList<>(exam.questions());
        if (exam.shuffleQuestions()) {
            Collections.shuffle(questions, java.util.Random.from(random));
        }
        var topics = questions.stream().map(q -> q.question().meta().topic()).distinct().toList();
        return create(
                (userId, title, quizId, topicList, startedAt, deadline) -> ExamAttempt.forCourseQuiz(
                        userId, title, exam.courseQuizId(), exam.immediateFeedback(), topicList, startedAt, deadline),
                exam.title(), null, topics, questions, exam.timeLimit());
    }

    /** Makes the attempt row; the kinds of exam differ only in what they record about where the questions came from. */
    @FunctionalInterface
    private interface AttemptFactory {
        ExamAttempt create(long userId, String title, @Nullable String quizId, String topics, Instant startedAt, Instant deadline);
    }

    private long create(
            AttemptFactory factory, String title, @Nullable String quizId, List<String> topics,
            List<BankQuestion> questions, Duration limit) {
        long userId = currentUser.require().id();
        Instant now = clock.instant();
        return transaction.execute(status -> {
            var attempt = factory.create(userId, title, quizId, topicList(topics), now, now.plus(limit));
            for (int i = 0; i < questions.size(); i++) {
                var q = questions.get(i);
                attempt.addItem(new ExamItem(attempt, i, q.id(), q.versionId(), q.question().meta().topic(), random.nextLong()));
            }
            return attempts.save(attempt).id();
        });
    }

    /**
     * The attempt as the student sees it; an overdue attempt is submitted first. Keys are left out, except in the
     * feedback of answers the student has already checked.
     */
    public ExamState state(long attemptId) {
        closeIfOverdue(attemptId);
        return transaction.execute(status -> {
            var attempt = owned(attemptId);
            var items = attempt.items().stream()
                    .map(item -> {
                        var question = question(item).question();
                        return new ExamState.Item(
                                item.position(),
                                Presentation.present(question, item.seed()),
                                item.response() == null ? null : ResponseCodec.decode(item.response()),
                                item.flagged(),
                                item.checked() ? feedback(question, item) : null);
                    })
                    .toList();
            return new ExamState(summary(attempt), clock.instant(), attempt.immediateFeedback(), items);
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

    /** Saves one answer the moment it is given. Refused once the attempt is over or the answer has been checked. */
    public void saveAnswer(long attemptId, int position, Response response) {
        closeIfOverdue(attemptId);
        transaction.executeWithoutResult(status -> {
            var attempt = owned(attemptId);
            requireOpen(attempt);
            var item = item(attempt, position);
            if (item.checked()) {
                throw new ExamException("This answer has been checked and can no longer change.");
            }
            item.answer(ResponseCodec.encode(response), clock.instant());
        });
    }

    /**
     * Checks the saved answer to one question of an open exam with immediate feedback: scores it, shows the key and
     * explanation, and fixes the answer for good (grading on submission scores it the same way). Checking again
     * returns the same feedback.
     *
     * @throws ExamException when the exam gives no feedback before submission, is over, or the question has no saved
     *     answer yet
     */
    public ExamFeedback check(long attemptId, int position) {
        closeIfOverdue(attemptId);
        return transaction.execute(status -> {
            var attempt = owned(attemptId);
            if (!attempt.immediateFeedback()) {
                throw new ExamException("This exam shows the answers only after it is submitted.");
            }
            requireOpen(attempt);
            var item = item(attempt, position);
            if (item.response() == null) {
                throw new ExamException("Answer the question first, then check it.");
            }
            item.check(clock.instant());
            return feedback(question(item).question(), item);
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
            return review(attempt, versions);
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

    private static ExamFeedback feedback(dev.dlready.question.Question question, ExamItem item) {
        var response = ResponseCodec.decode(java.util.Objects.requireNonNull(item.response()));
        return ExamFeedback.of(
                Scoring.score(question, item.seed(), response),
                KeyDescription.describe(question, item.seed()),
                Placeholders.fill(question.meta().explanation(), Variants.pick(question, item.seed())));
    }

    /** The attempt's topic ids as stored: comma-separated, cut at a whole topic to fit the column. */
    private static String topicList(List<String> topics) {
        var joined = new StringBuilder();
        for (String topic : topics) {
            if (joined.length() + topic.length() + 1 > TOPICS_MAX_LENGTH) {
                break;
            }
            if (!joined.isEmpty()) {
                joined.append(',');
            }
            joined.append(topic);
        }
        return joined.toString();
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

    /** The review of a finished attempt: score, per-topic breakdown and each question with answer, key and explanation. */
    static ExamReview review(ExamAttempt attempt, dev.dlready.bank.QuestionVersions versions) {
        var topics = new LinkedHashMap<String, double[]>();
        var items = new ArrayList<ExamReview.Item>();
        for (ExamItem item : attempt.items()) {
            var question = versions.load(item.questionVersionId()).question();
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
