package dev.dlready.review;

import dev.dlready.account.CurrentUser;
import dev.dlready.attempt.PracticeFeedback;
import dev.dlready.attempt.PracticeService;
import dev.dlready.attempt.ProgressService;
import dev.dlready.attempt.ScoredAnswer;
import dev.dlready.attempt.engine.Progress;
import dev.dlready.bank.BankService;
import dev.dlready.question.Response;
import dev.dlready.review.engine.Fsrs;
import dev.dlready.review.engine.Rating;
import dev.dlready.review.internal.InterviewDate;
import dev.dlready.review.internal.InterviewDateRepository;
import dev.dlready.review.internal.ReviewCard;
import dev.dlready.review.internal.ReviewCardRepository;
import dev.dlready.review.internal.ReviewLogEntry;
import dev.dlready.review.internal.ReviewLogRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spaced review of what a student missed. Every question missed on a first try in practice or in an exam becomes a
 * card (one per bank question, whatever its version), first reviewed with the rating Again on the day of the miss;
 * FSRS-6 then says when it is due. Cards are brought in from the scored answers whenever the queue is looked at, so
 * practice and exams know nothing of reviews. A later miss outside the queue counts as another Again. Answers in the
 * queue are checked by practice (the key leaves the server only after the answer) and rated by the student.
 */
@Service
@PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR', 'ADMIN')")
@Transactional
public class ReviewService {

    /** How far ahead an interview date may be set. */
    public static final int MAX_YEARS_AHEAD = 3;

    /** How days are written in messages, e.g. "Thursday 26 November 2026". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final Fsrs fsrs = Fsrs.withDefaults();
    private final ReviewCardRepository cards;
    private final ReviewLogRepository log;
    private final InterviewDateRepository interviews;
    private final ProgressService answers;
    private final PracticeService practice;
    private final BankService bank;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewService(
            ReviewCardRepository cards,
            ReviewLogRepository log,
            InterviewDateRepository interviews,
            ProgressService answers,
            PracticeService practice,
            BankService bank,
            CurrentUser currentUser,
            Clock clock) {
        this.cards = cards;
        this.log = log;
        this.interviews = interviews;
        this.answers = answers;
        this.practice = practice;
        this.bank = bank;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Brings in the misses since the last look, then summarises the queue (and the retention at the interview). */
    public ReviewOverview overview() {
        long userId = currentUser.require().id();
        LocalDate today = today();
        bringInMisses(userId);
        List<ReviewCard> live = active(cards.findByUserId(userId));
        int due = (int) live.stream().filter(c -> !c.dueOn().isAfter(today)).count();
        LocalDate nextDue = live.stream()
                .map(ReviewCard::dueOn)
                .filter(d -> d.isAfter(today))
                .min(Comparator.naturalOrder())
                .orElse(null);
        int dueOnNextDay = nextDue == null ? 0 : (int) live.stream().filter(c -> c.dueOn().equals(nextDue)).count();
        LocalDate interview = interviews.findById(userId)
                .map(InterviewDate::interviewOn)
                .filter(d -> !d.isBefore(today))
                .orElse(null);
        return new ReviewOverview(today, due, live.size(), nextDue, dueOnNextDay, interview,
                interview == null ? List.of() : retention(live, interview));
    }

    /** How many cards are due today, after bringing in new misses (for the home page). */
    public int dueToday() {
        return overview().dueToday();
    }

    /**
     * The first card due today (most overdue first), after bringing in new misses, as a fresh variant of its question
     * without the key.
     */
    public Optional<ReviewItem> next() {
        long userId = currentUser.require().id();
        bringInMisses(userId);
        List<ReviewCard> due = active(cards.findByUserIdAndDueOnLessThanEqualOrderByDueOnAscIdAsc(userId, today()));
        for (ReviewCard card : due) {
            var items = practice.startWith(card.questionId());
            if (!items.isEmpty()) {
                var item = items.getFirst();
                return Optional.of(new ReviewItem(
                        card.id(), item, practice.ask(item), item.topic(), card.state(), card.reps(), card.lapses()));
            }
        }
        return Optional.empty();
    }

    /**
     * Checks an answer to a due card exactly as practice does (and stores it there), then suggests a rating and says
     * when the card would come back with each.
     */
    public ReviewFeedback check(ReviewItem item, Response response) {
        ReviewCard card = owned(item.cardId());
        requireDue(card);
        bank.version(item.practice().versionId())
                .filter(q -> q.id().equals(card.questionId()))
                .orElseThrow(() -> new ReviewException("That question does not belong to this card; open Review again."));
        PracticeFeedback feedback = practice.check(item.practice(), response);
        card.checked(clock.instant());
        LocalDate today = today();
        var intervals = new EnumMap<Rating, Integer>(Rating.class);
        for (Rating rating : Rating.values()) {
            intervals.put(rating, fsrs.review(card.memory(), card.lastReviewOn(), today, rating).intervalDays());
        }
        return new ReviewFeedback(feedback, Rating.suggestedFor(feedback.score().credit()), intervals);
    }

    /** Rates a checked card and schedules it: FSRS-6 updates its memory and sets the day it is due again. */
    public ReviewOutcome rate(ReviewItem item, Rating rating) {
        ReviewCard card = owned(item.cardId());
        requireDue(card);
        if (!card.checkedSinceLastReview()) {
            throw new ReviewException("Answer the question first, then rate how well you knew it.");
        }
        Instant now = clock.instant();
        LocalDate today = today();
        Fsrs.Step step = fsrs.review(card.memory(), card.lastReviewOn(), today, rating);
        card.review(step, rating, now, today);
        card.moveToTopic(item.topic());
        log.save(new ReviewLogEntry(card, rating, ReviewLogEntry.Source.REVIEW, now, step));
        return new ReviewOutcome(rating, step.intervalDays(), step.due());
    }

    /** Sets the interview date: a day after today and at most {@value #MAX_YEARS_AHEAD} years ahead. */
    public void setInterviewDate(LocalDate date) {
        LocalDate today = today();
        if (!date.isAfter(today)) {
            throw new ReviewException("Choose a day after today (" + DAY.format(today)
                    + "): the interview date is the day you want to remember what you reviewed.");
        }
        if (date.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw new ReviewException("Choose a day within the next " + MAX_YEARS_AHEAD + " years.");
        }
        long userId = currentUser.require().id();
        Instant now = clock.instant();
        interviews.findById(userId).ifPresentOrElse(
                saved -> saved.moveTo(date, now), () -> interviews.save(new InterviewDate(userId, date, now)));
    }

    public void clearInterviewDate() {
        interviews.findById(currentUser.require().id()).ifPresent(interviews::delete);
    }

    /**
     * Turns misses into cards and reviews, oldest first. An answer already accounted for (before the card's last
     * review, or the answer checked in the queue) is skipped, so running this again changes nothing.
     */
    private void bringInMisses(long userId) {
        List<ScoredAnswer> misses = answers.scoredAnswers().stream()
                .filter(a -> a.source() != Progress.Source.PRACTICE_RETRY && a.credit() < Rating.FULL_CREDIT)
                .sorted(Comparator.comparing(ScoredAnswer::at))
                .toList();
        if (misses.isEmpty()) {
            return;
        }
        Map<String, ReviewCard> byQuestion = new HashMap<>();
        cards.findByUserId(userId).forEach(c -> byQuestion.put(c.questionId(), c));
        for (ScoredAnswer miss : misses) {
            LocalDate day = LocalDate.ofInstant(miss.at(), clock.getZone());
            var source = miss.source() == Progress.Source.EXAM ? ReviewLogEntry.Source.EXAM : ReviewLogEntry.Source.PRACTICE;
            ReviewCard card = byQuestion.get(miss.questionId());
            if (card == null) {
                Fsrs.Step first = fsrs.review(null, null, day, Rating.AGAIN);
                card = cards.save(
                        new ReviewCard(userId, miss.questionId(), miss.topic(), first, Rating.AGAIN, miss.at(), day));
                byQuestion.put(card.questionId(), card);
                log.save(new ReviewLogEntry(card, Rating.AGAIN, source, miss.at(), first));
            } else if (!card.accountsFor(miss.at())) {
                Fsrs.Step step = fsrs.review(card.memory(), card.lastReviewOn(), day, Rating.AGAIN);
                card.review(step, Rating.AGAIN, miss.at(), day);
                log.save(new ReviewLogEntry(card, Rating.AGAIN, source, miss.at(), step));
            }
        }
    }

    /** Mean predicted retrievability per topic on the day, weakest topic first. */
    private List<TopicRetention> retention(List<ReviewCard> live, LocalDate on) {
        Map<String, List<Double>> byTopic = new TreeMap<>();
        for (ReviewCard card : live) {
            byTopic.computeIfAbsent(card.topicId(), t -> new ArrayList<>())
                    .add(fsrs.retrievabilityOn(card.memory(), card.lastReviewOn(), on));
        }
        return byTopic.entrySet().stream()
                .map(e -> new TopicRetention(e.getKey(), e.getValue().size(),
                        e.getValue().stream().mapToDouble(Double::doubleValue).average().orElse(0)))
                .sorted(Comparator.comparingDouble(TopicRetention::retention).thenComparing(TopicRetention::topic))
                .toList();
    }

    /** Cards whose question is still in the bank; a retired question is no longer reviewed. */
    private List<ReviewCard> active(List<ReviewCard> candidates) {
        Set<String> active = bank.activeQuestionIds(candidates.stream().map(ReviewCard::questionId).toList());
        return candidates.stream().filter(c -> active.contains(c.questionId())).toList();
    }

    private ReviewCard owned(long cardId) {
        return cards.findByIdAndUserId(cardId, currentUser.require().id())
                .orElseThrow(() -> new NoSuchElementException("No such review card"));
    }

    private void requireDue(ReviewCard card) {
        if (card.dueOn().isAfter(today())) {
            throw new ReviewException("This card was already reviewed; it comes back on " + DAY.format(card.dueOn()) + ".");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
