package dev.dlready.readiness.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One adaptive readiness check of one student: open until the stopping rule ends it. */
@Entity
@Table(name = "readiness_check")
public class ReadinessCheck {

    public enum StopReason {
        CONFIDENT,
        MAX_LENGTH,
        BANK_EXHAUSTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private long seed;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "stop_reason")
    private @Nullable StopReason stopReason;

    private @Nullable String role;

    private @Nullable Double risk;

    @Version
    private long version;

    @OneToMany(mappedBy = "check", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReadinessCheckItem> items = new ArrayList<>();

    protected ReadinessCheck() {
        this.startedAt = Instant.EPOCH;
    }

    public ReadinessCheck(long userId, long seed, Instant startedAt) {
        this.userId = userId;
        this.seed = seed;
        this.startedAt = startedAt;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long userId() {
        return userId;
    }

    public long seed() {
        return seed;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public @Nullable Instant finishedAt() {
        return finishedAt;
    }

    public @Nullable StopReason stopReason() {
        return stopReason;
    }

    public @Nullable String role() {
        return role;
    }

    public @Nullable Double risk() {
        return risk;
    }

    public boolean open() {
        return finishedAt == null;
    }

    public List<ReadinessCheckItem> items() {
        return items;
    }

    public void ask(ReadinessCheckItem item) {
        if (!open()) {
            throw new IllegalStateException("The check is finished");
        }
        items.add(item);
    }

    public void finish(StopReason reason, String role, double risk, Instant now) {
        if (!open()) {
            throw new IllegalStateException("The check is already finished");
        }
        this.stopReason = reason;
        this.role = role;
        this.risk = risk;
        this.finishedAt = now;
    }
}
