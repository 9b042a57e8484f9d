package dev.dlready.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The day a student wants to remember what they reviewed. */
@Entity
@Table(name = "review_interview")
public class InterviewDate {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "interview_on", nullable = false)
    private LocalDate interviewOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected InterviewDate() {
        this.interviewOn = LocalDate.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public InterviewDate(long userId, LocalDate interviewOn, Instant now) {
        this.userId = userId;
        this.interviewOn = interviewOn;
        this.updatedAt = now;
    }

    public void moveTo(LocalDate interviewOn, Instant now) {
        this.interviewOn = interviewOn;
        this.updatedAt = now;
    }

    public long userId() {
        return userId;
    }

    public LocalDate interviewOn() {
        return interviewOn;
    }
}
