package dev.dlready.cohort.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "cohort_assignment")
public class CohortAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "quiz_id", nullable = false)
    private long quizId;

    @Column(name = "due_at")
    private @Nullable Instant dueAt;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected CohortAssignment() {
        this.assignedAt = Instant.EPOCH;
    }

    public CohortAssignment(long cohortId, long quizId, @Nullable Instant dueAt, Instant assignedAt) {
        this.cohortId = cohortId;
        this.quizId = quizId;
        this.dueAt = dueAt;
        this.assignedAt = assignedAt;
    }

    public void changeDueDate(@Nullable Instant dueAt) {
        this.dueAt = dueAt;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long cohortId() {
        return cohortId;
    }

    public long quizId() {
        return quizId;
    }

    public @Nullable Instant dueAt() {
        return dueAt;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
