package dev.dlready.review.internal;

import dev.dlready.review.engine.Fsrs;
import dev.dlready.review.engine.Rating;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One review of a card, kept so that a schedule can be explained and replayed with other parameters later. */
@Entity
@Table(name = "review_log")
public class ReviewLogEntry {

    /** Where the review happened: rated in the queue, or a miss in practice or an exam (rated Again). */
    public enum Source {
        REVIEW,
        PRACTICE,
        EXAM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "card_id", nullable = false)
    private long cardId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Rating rating;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Source source;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    @Column(name = "elapsed_days", nullable = false)
    private int elapsedDays;

    private @Nullable Double retrievability;

    @Column(nullable = false)
    private double stability;

    @Column(nullable = false)
    private double difficulty;

    @Column(name = "interval_days", nullable = false)
    private int intervalDays;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected ReviewLogEntry() {
        this.rating = Rating.AGAIN;
        this.source = Source.REVIEW;
        this.reviewedAt = Instant.EPOCH;
        this.dueOn = LocalDate.EPOCH;
    }

    public ReviewLogEntry(ReviewCard card, Rating rating, Source source, Instant at, Fsrs.Step step) {
        this();
        this.cardId = card.id();
        this.userId = card.userId();
        this.rating = rating;
        this.source = source;
        this.reviewedAt = at;
        this.elapsedDays = (int) Math.min(step.elapsedDays(), Integer.MAX_VALUE);
        this.retrievability = step.retrievability();
        this.stability = step.memory().stability();
        this.difficulty = step.memory().difficulty();
        this.intervalDays = step.intervalDays();
        this.dueOn = step.due();
    }

    public long cardId() {
        return cardId;
    }

    public Rating rating() {
        return rating;
    }

    public Source source() {
        return source;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public @Nullable Double retrievability() {
        return retrievability;
    }

    public int intervalDays() {
        return intervalDays;
    }
}
