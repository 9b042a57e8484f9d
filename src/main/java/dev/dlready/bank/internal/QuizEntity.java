package dev.dlready.bank.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "quiz")
public class QuizEntity {

    public static final String FROM_FILE = "FILE";

    @Id
    private String id;

    @Column(nullable = false)
    private String title;

    @Column(name = "topic_id", nullable = false)
    private String topicId;

    @Column(nullable = false)
    private String description;

    @Column(name = "time_limit_minutes")
    private @Nullable Integer timeLimitMinutes;

    @Column(nullable = false)
    private String source;

    @Column(name = "source_file")
    private @Nullable String sourceFile;

    @Column(name = "reviewed_by")
    private @Nullable String reviewedBy;

    @Column(name = "reviewed_on")
    private @Nullable String reviewedOn;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private long version;

    protected QuizEntity() {
        this.id = "";
        this.title = "";
        this.topicId = "";
        this.description = "";
        this.source = FROM_FILE;
    }

    public QuizEntity(String id, String source) {
        this();
        this.id = id;
        this.source = source;
    }

    public void updateFromFile(
            String title,
            String topicId,
            String description,
            @Nullable Integer timeLimitMinutes,
            String sourceFile,
            @Nullable String reviewedBy,
            @Nullable String reviewedOn) {
        this.title = title;
        this.topicId = topicId;
        this.description = description;
        this.timeLimitMinutes = timeLimitMinutes;
        this.sourceFile = sourceFile;
        this.reviewedBy = reviewedBy;
        this.reviewedOn = reviewedOn;
        this.retired = false;
    }

    public void retire() {
        this.retired = true;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String topicId() {
        return topicId;
    }

    public String description() {
        return description;
    }

    public @Nullable Integer timeLimitMinutes() {
        return timeLimitMinutes;
    }

    public String source() {
        return source;
    }

    public @Nullable String reviewedBy() {
        return reviewedBy;
    }

    public String sourceFileOrEmpty() {
        return sourceFile == null ? "" : sourceFile;
    }

    public boolean retired() {
        return retired;
    }
}
