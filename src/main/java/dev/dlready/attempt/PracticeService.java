package dev.dlready.attempt;

import dev.dlready.account.CurrentUser;
import dev.dlready.attempt.internal.PracticeAnswer;
import dev.dlready.attempt.internal.PracticeAnswerRepository;
import dev.dlready.bank.BankQuestion;
import dev.dlready.bank.BankService;
import dev.dlready.bank.PracticeFilter;
import dev.dlready.question.KeyDescription;
import dev.dlready.question.Placeholders;
import dev.dlready.question.Presentation;
import dev.dlready.question.QuestionToAsk;
import dev.dlready.question.Response;
import dev.dlready.question.ResponseCodec;
import dev.dlready.question.Variants;
import dev.dlready.question.engine.Scoring;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.random.RandomGenerator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practice mode: questions one at a time, instant feedback with the explanation, retries allowed. Every answer is
 * stored for the signed-in student. The key only leaves this service after an answer has been checked.
 */
@Service
@PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR', 'ADMIN')")
@Transactional
public class PracticeService {

    private final BankService bank;
    private final PracticeAnswerRepository answers;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

    PracticeService(BankService bank, PracticeAnswerRepository answers, CurrentUser currentUser, Clock clock) {
        this.bank = bank;
        this.answers = answers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Draws up to {@code count} questions at random from the chosen topics, level and difficulty. */
    @Transactional(readOnly = true)
    public List<PracticeItem> start(PracticeRequest request) {
        var pool = new ArrayList<>(bank.forPractice(new PracticeFilter(
                request.topics(), request.level(), request.minDifficulty(), request.maxDifficulty())));
        Collections.shuffle(pool, java.util.Random.from(random));
        return pool.stream()
                .limit(request.count())
                .map(q -> new PracticeItem(q.versionId(), random.nextLong(), q.question().meta().topic()))
                .toList();
    }

    /** A session of one chosen question (e.g. "practise this again"); empty when it is not in the bank. */
    @Transactional(readOnly = true)
    public List<PracticeItem> startWith(String questionId) {
        return bank.current(questionId)
                .map(q -> List.of(new PracticeItem(q.versionId(), random.nextLong(), q.question().meta().topic())))
                .orElse(List.of());
    }

    /** The question as the student sees it: no key. */
    @Transactional(readOnly = true)
    public QuestionToAsk ask(PracticeItem item) {
        return Presentation.present(load(item).question(), item.seed());
    }

    /** Scores an answer, stores it, and returns the feedback with the key and explanation. */
    public PracticeFeedback check(PracticeItem item, Response response) {
        BankQuestion question = load(item);
        var user = currentUser.require();
        Scoring.Result score = Scoring.score(question.question(), item.seed(), response);
        int tryNumber = (int) answers.countByUserIdAndQuestionVersionIdAndSeed(user.id(), item.versionId(), item.seed()) + 1;
        answers.save(new PracticeAnswer(
                user.id(),
                question.id(),
                item.versionId(),
                question.question().meta().topic(),
                item.seed(),
                ResponseCodec.encode(response),
                score.credit(),
                tryNumber,
                clock.instant()));
        var values = Variants.pick(question.question(), item.seed());
        return new PracticeFeedback(
                score,
                KeyDescription.describe(question.question(), item.seed()),
                Placeholders.fill(question.question().meta().explanation(), values),
                tryNumber);
    }

    @Transactional(readOnly = true)
    public PracticeSummary summary() {
        long userId = currentUser.require().id();
        return new PracticeSummary(
                answers.countByUserId(userId), answers.countByUserIdAndCreditGreaterThanEqual(userId, 1 - 1e-9));
    }

    private BankQuestion load(PracticeItem item) {
        return bank.version(item.versionId())
                .orElseThrow(() -> new NoSuchElementException("This question is no longer in the bank"));
    }
}
