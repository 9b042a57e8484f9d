package dev.dlready.attempt.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "practice_answer")
public class PracticeAnswer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "question_id", nullable = false)
    private String questionId;

    @Column(name = "question_version_id", nullable = false)
    private long questionVersionId;

    @Column(name = "topic_id", nullable = false)
    private String topicId;

    @Column(nullable = false)
    private long seed;

    @Column(nullable = false)
    private String response;

    @Column(nullable = false)
    private double credit;

    @Column(name = "try_number", nullable = false)
    private int tryNumber;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected PracticeAnswer() {
        this.questionId = "";
        this.topicId = "";
        this.response = "";
        this.answeredAt = Instant.EPOCH;
    }

    public PracticeAnswer(
            long userId,
            String questionId,
            long questionVersionId,
            String topicId,
            long seed,
            String response,
            double credit,
            int tryNumber,
            Instant answeredAt) {
        this.userId = userId;
        this.questionId = questionId;
        this.questionVersionId = questionVersionId;
        this.topicId = topicId;
        this.seed = seed;
        this.response = response.length() > 4000 ? response.substring(0, 4000) : response;
        this.credit = credit;
        this.tryNumber = tryNumber;
        this.answeredAt = answeredAt;
    }

    public long userId() {
        return userId;
    }

    public String questionId() {
        return questionId;
    }

    public long questionVersionId() {
        return questionVersionId;
    }

    public String topicId() {
        return topicId;
    }

    public double credit() {
        return credit;
    }

    public int tryNumber() {
        return tryNumber;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
