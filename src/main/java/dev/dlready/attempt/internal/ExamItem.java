package dev.dlready.attempt.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "exam_item")
public class ExamItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    private @Nullable ExamAttempt attempt;

    @Column(nullable = false)
    private int position;

    @Column(name = "question_id", nullable = false)
    private String questionId;

    @Column(name = "question_version_id", nullable = false)
    private long questionVersionId;

    @Column(name = "topic_id", nullable = false)
    private String topicId;

    @Column(nullable = false)
    private long seed;

    private @Nullable String response;

    @Column(nullable = false)
    private boolean flagged;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    private @Nullable Double credit;

    @Column(name = "checked_at")
    private @Nullable Instant checkedAt;

    protected ExamItem() {
        this.questionId = "";
        this.topicId = "";
    }

    public ExamItem(ExamAttempt attempt, int position, String questionId, long questionVersionId, String topicId, long seed) {
        this();
        this.attempt = attempt;
        this.position = position;
        this.questionId = questionId;
        this.questionVersionId = questionVersionId;
        this.topicId = topicId;
        this.seed = seed;
    }

    /** Stores the answer; refused once it has been checked (the student has seen the key). */
    public void answer(String response, Instant now) {
        if (checkedAt != null) {
            throw new IllegalStateException("A checked answer cannot change");
        }
        this.response = response.length() > 4000 ? response.substring(0, 4000) : response;
        this.answeredAt = now;
    }

    /** Marks the saved answer as checked: its feedback and key were shown, so it is final from now on. */
    public void check(Instant now) {
        if (response == null) {
            throw new IllegalStateException("Nothing to check");
        }
        if (checkedAt == null) {
            checkedAt = now;
        }
    }

    public boolean checked() {
        return checkedAt != null;
    }

    public @Nullable Instant checkedAt() {
        return checkedAt;
    }

    public void flag(boolean flagged) {
        this.flagged = flagged;
    }

    public void score(double credit) {
        this.credit = credit;
    }

    public int position() {
        return position;
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

    public long seed() {
        return seed;
    }

    public @Nullable String response() {
        return response;
    }

    public boolean flagged() {
        return flagged;
    }

    public @Nullable Instant answeredAt() {
        return answeredAt;
    }

    public @Nullable Double credit() {
        return credit;
    }
}
