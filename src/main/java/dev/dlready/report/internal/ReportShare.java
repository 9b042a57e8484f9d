package dev.dlready.report.internal;

import dev.dlready.report.ShareKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "report_share")
public class ReportShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ShareKind kind;

    @Column(name = "recruiter_id")
    private @Nullable Long recruiterId;

    private @Nullable String organisation;

    @Column(name = "link_hash")
    private @Nullable String linkHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Version
    private long version;

    protected ReportShare() {
        this.kind = ShareKind.RECRUITER;
        this.createdAt = Instant.EPOCH;
    }

    private ReportShare(long candidateId, ShareKind kind, Instant createdAt, @Nullable Instant expiresAt) {
        this.candidateId = candidateId;
        this.kind = kind;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public static ReportShare withRecruiter(long candidateId, long recruiterId, Instant now, @Nullable Instant expiresAt) {
        var share = new ReportShare(candidateId, ShareKind.RECRUITER, now, expiresAt);
        share.recruiterId = recruiterId;
        return share;
    }

    public static ReportShare withOrganisation(long candidateId, String organisation, Instant now, @Nullable Instant expiresAt) {
        var share = new ReportShare(candidateId, ShareKind.ORGANISATION, now, expiresAt);
        share.organisation = organisation;
        return share;
    }

    public static ReportShare asLink(long candidateId, String linkHash, Instant now, @Nullable Instant expiresAt) {
        var share = new ReportShare(candidateId, ShareKind.LINK, now, expiresAt);
        share.linkHash = linkHash;
        return share;
    }

    /** Not revoked and not expired at {@code now}. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    public long candidateId() {
        return candidateId;
    }

    public ShareKind kind() {
        return kind;
    }

    public @Nullable Long recruiterId() {
        return recruiterId;
    }

    public @Nullable String organisation() {
        return organisation;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }
}
