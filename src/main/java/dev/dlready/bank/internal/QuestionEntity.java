package dev.dlready.bank.internal;

import dev.dlready.question.Question;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A question's identity and searchable facts; its content lives in {@link QuestionVersionEntity}. */
@Entity
@Table(name = "question")
public class QuestionEntity {

    @Id
    private String id;

    @Column(name = "quiz_id")
    private @Nullable String quizId;

    @Column(name = "topic_id", nullable = false)
    private String topicId;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private String level;

    @Column(nullable = false)
    private int difficulty;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "author_id")
    private @Nullable Long authorId;

    @Version
    private long version;

    protected QuestionEntity() {
        this.id = "";
        this.topicId = "";
        this.type = "";
        this.level = "";
        this.updatedAt = Instant.EPOCH;
    }

    public QuestionEntity(String id) {
        this();
        this.id = id;
    }

    /** Records a new current version and the facts used to search and select questions. */
    public void describe(Question question, @Nullable String quizId, int position, int currentVersion, Instant now) {
        this.quizId = quizId;
        this.topicId = question.meta().topic();
        this.type = question.type().key();
        this.level = question.meta().level().key();
        this.difficulty = question.meta().difficulty();
        this.position = position;
        this.currentVersion = currentVersion;
        this.retired = false;
        this.updatedAt = now;
    }

    public void place(@Nullable String quizId, int position) {
        this.quizId = quizId;
        this.position = position;
        this.retired = false;
    }

    /** Marks the question as written in the app by this account (not loaded from a file). */
    public void authoredBy(long accountId) {
        this.authorId = accountId;
    }

    public @Nullable Long authorId() {
        return authorId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void retire(Instant now) {
        if (!retired) {
            this.retired = true;
            this.updatedAt = now;
        }
    }

    public String id() {
        return id;
    }

    public @Nullable String quizId() {
        return quizId;
    }

    public String topicId() {
        return topicId;
    }

    public String type() {
        return type;
    }

    public String level() {
        return level;
    }

    public int difficulty() {
        return difficulty;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public boolean retired() {
        return retired;
    }
}
