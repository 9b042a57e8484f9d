package dev.dlready.cohort.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "cohort_member")
public class CohortMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected CohortMember() {
        this.joinedAt = Instant.EPOCH;
    }

    public CohortMember(long cohortId, long userId, Instant joinedAt) {
        this.cohortId = cohortId;
        this.userId = userId;
        this.joinedAt = joinedAt;
    }

    public long cohortId() {
        return cohortId;
    }

    public long userId() {
        return userId;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
