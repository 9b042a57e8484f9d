package dev.dlready.readiness.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change to a role's required level in a topic, made in the app. Never updated: the rows are the history. A reset
 * ({@code followsFile}) hands the topic back to quizzes/roles.yaml; {@code requiredLevel} then records the file's value
 * at that moment, for the history only.
 */
@Entity
@Table(name = "role_requirement_revision")
public class RoleRequirementRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "role_id", nullable = false)
    private String roleId;

    @Column(name = "topic_id", nullable = false)
    private String topicId;

    @Column(name = "previous_level")
    private @Nullable Double previousLevel;

    @Column(name = "required_level")
    private @Nullable Double requiredLevel;

    @Column(name = "follows_file", nullable = false)
    private boolean followsFile;

    @Column(name = "changed_by_id", nullable = false)
    private long changedById;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private String reason;

    protected RoleRequirementRevision() {
        this.roleId = "";
        this.topicId = "";
        this.changedBy = "";
        this.changedAt = Instant.EPOCH;
        this.reason = "";
    }

    public RoleRequirementRevision(
            String roleId,
            String topicId,
            @Nullable Double previousLevel,
            @Nullable Double requiredLevel,
            boolean followsFile,
            long changedById,
            String changedBy,
            Instant changedAt,
            String reason) {
        this.roleId = roleId;
        this.topicId = topicId;
        this.previousLevel = previousLevel;
        this.requiredLevel = requiredLevel;
        this.followsFile = followsFile;
        this.changedById = changedById;
        this.changedBy = changedBy.length() > 100 ? changedBy.substring(0, 100) : changedBy;
        this.changedAt = changedAt;
        this.reason = reason;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    public String roleId() {
        return roleId;
    }

    public String topicId() {
        return topicId;
    }

    public @Nullable Double previousLevel() {
        return previousLevel;
    }

    public @Nullable Double requiredLevel() {
        return requiredLevel;
    }

    public boolean followsFile() {
        return followsFile;
    }

    public long changedById() {
        return changedById;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String reason() {
        return reason;
    }
}
