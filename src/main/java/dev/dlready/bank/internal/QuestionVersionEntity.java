package dev.dlready.bank.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One immutable version of a question, in the quizzes/ format. Attempts point at these, so history never changes. */
@Entity
@Table(name = "question_version")
public class QuestionVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "question_id", nullable = false)
    private String questionId;

    @Column(nullable = false)
    private int number;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(nullable = false, columnDefinition = "text")
    private String definition;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "author_id")
    private @Nullable Long authorId;

    protected QuestionVersionEntity() {
        this("", 0, "", "", Instant.EPOCH);
    }

    public QuestionVersionEntity(String questionId, int number, String contentHash, String definition, Instant createdAt) {
        this.questionId = questionId;
        this.number = number;
        this.contentHash = contentHash;
        this.definition = definition;
        this.createdAt = createdAt;
    }

    /** A version written in the app by an account. */
    public QuestionVersionEntity(String questionId, int number, String contentHash, String definition, Instant createdAt,
            long authorId) {
        this(questionId, number, contentHash, definition, createdAt);
        this.authorId = authorId;
    }

    public @Nullable Long authorId() {
        return authorId;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    public String questionId() {
        return questionId;
    }

    public int number() {
        return number;
    }

    public String contentHash() {
        return contentHash;
    }

    public String definition() {
        return definition;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
