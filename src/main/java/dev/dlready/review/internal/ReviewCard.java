package dev.dlready.review.internal;

import dev.dlready.review.CardState;
import dev.dlready.review.engine.Fsrs;
import dev.dlready.review.engine.Memory;
import dev.dlready.review.engine.Rating;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One question a student missed, with its FSRS memory state and the day it is due again. */
@Entity
@Table(name = "review_card")
public class ReviewCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "question_id", nullable = false)
    private String questionId;

    @Column(name = "topic_id", nullable = false)
    private String topicId;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private CardState state;

    @Column(nullable = false)
    private double stability;

    @Column(nullable = false)
    private double difficulty;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "last_review_at", nullable = false)
    private Instant lastReviewAt;

    @Column(name = "last_review_on", nullable = false)
    private LocalDate lastReviewOn;

    /** When the student last checked an answer to this card in the queue (that answer is not a separate miss). */
    @Column(name = "checked_at")
    private @Nullable Instant checkedAt;

    @Column(nullable = false)
    private int reps;

    @Column(nullable = false)
    private int lapses;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ReviewCard() {
        this.questionId = "";
        this.topicId = "";
        this.state = CardState.LEARNING;
        this.dueOn = LocalDate.EPOCH;
        this.lastReviewAt = Instant.EPOCH;
        this.lastReviewOn = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    /** A new card after its first review (for a missed question: Again, on the day of the miss). */
    public ReviewCard(long userId, String questionId, String topicId, Fsrs.Step first, Rating rating, Instant at, LocalDate day) {
        this();
        this.userId = userId;
        this.questionId = questionId;
        this.topicId = topicId;
        this.createdAt = at;
        this.state = rating == Rating.AGAIN ? CardState.LEARNING : CardState.REVIEW;
        remember(first, at, day);
    }

    /** Records a later review: the new memory and due day, and how the card stands now. */
    public void review(Fsrs.Step step, Rating rating, Instant at, LocalDate day) {
        if (rating == Rating.AGAIN) {
            if (state == CardState.REVIEW) {
                lapses++;
                state = CardState.RELEARNING;
            }
        } else {
            state = CardState.REVIEW;
        }
        remember(step, at, day);
    }

    private void remember(Fsrs.Step step, Instant at, LocalDate day) {
        this.stability = step.memory().stability();
        this.difficulty = step.memory().difficulty();
        this.dueOn = step.due();
        this.lastReviewAt = at;
        this.lastReviewOn = day;
        this.reps++;
    }

    /** Notes that an answer to this card was checked in the review queue at this time. */
    public void checked(Instant at) {
        this.checkedAt = at;
    }

    /** Whether an answer was checked in the queue since the last review, so that the card may be rated now. */
    public boolean checkedSinceLastReview() {
        return checkedAt != null && checkedAt.isAfter(lastReviewAt);
    }

    /**
     * Whether an answer given at this time is already accounted for: it came before the last review, or it is the
     * answer checked in the review queue (which the student rates themselves).
     */
    public boolean accountsFor(Instant answeredAt) {
        return !answeredAt.isAfter(lastReviewAt) || (checkedAt != null && !answeredAt.isAfter(checkedAt));
    }

    public void moveToTopic(String topicId) {
        this.topicId = topicId;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("The card is not saved yet");
        }
        return id;
    }

    public long userId() {
        return userId;
    }

    public String questionId() {
        return questionId;
    }

    public String topicId() {
        return topicId;
    }

    public CardState state() {
        return state;
    }

    public Memory memory() {
        return new Memory(stability, difficulty);
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant lastReviewAt() {
        return lastReviewAt;
    }

    public LocalDate lastReviewOn() {
        return lastReviewOn;
    }

    public int reps() {
        return reps;
    }

    public int lapses() {
        return lapses;
    }
}
