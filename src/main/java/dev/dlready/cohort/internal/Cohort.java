package dev.dlready.cohort.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false)
    private String name;

    @Column(name = "invite_code", nullable = false)
    private String inviteCode;

    @Column(name = "joining_open", nullable = false)
    private boolean joiningOpen;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Cohort() {
        this.name = "";
        this.inviteCode = "";
        this.createdAt = Instant.EPOCH;
    }

    public Cohort(long ownerId, String name, String inviteCode, Instant now) {
        this();
        this.ownerId = ownerId;
        this.name = name;
        this.inviteCode = inviteCode;
        this.joiningOpen = true;
        this.createdAt = now;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void newInviteCode(String code) {
        this.inviteCode = code;
    }

    public void setJoiningOpen(boolean open) {
        this.joiningOpen = open;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long ownerId() {
        return ownerId;
    }

    public String name() {
        return name;
    }

    public String inviteCode() {
        return inviteCode;
    }

    public boolean joiningOpen() {
        return joiningOpen;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
