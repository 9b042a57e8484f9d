package dev.dlready.readiness.internal;

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

/** One question asked in a readiness check, with the answer once given. */
@Entity
@Table(name = "readiness_check_item")
public class ReadinessCheckItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "check_id")
    private @Nullable ReadinessCheck check;

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

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    private @Nullable String response;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    private @Nullable Double credit;

    protected ReadinessCheckItem() {
        this.questionId = "";
        this.topicId = "";
        this.askedAt = Instant.EPOCH;
    }

    public ReadinessCheckItem(ReadinessCheck check, int position, String questionId, long questionVersionId,
            String topicId, long seed, Instant askedAt) {
        this.check = check;
        this.position = position;
        this.questionId = questionId;
        this.questionVersionId = questionVersionId;
        this.topicId = topicId;
        this.seed = seed;
        this.askedAt = askedAt;
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

    public Instant askedAt() {
        return askedAt;
    }

    public @Nullable String response() {
        return response;
    }

    public @Nullable Instant answeredAt() {
        return answeredAt;
    }

    public @Nullable Double credit() {
        return credit;
    }

    public boolean answered() {
        return answeredAt != null;
    }

    /** Records the answer and its score; an item is answered once. */
    public void answer(String encodedResponse, double credit, Instant now) {
        if (answered()) {
            throw new IllegalStateException("Already answered");
        }
        this.response = encodedResponse;
        this.credit = credit;
        this.answeredAt = now;
    }
}
