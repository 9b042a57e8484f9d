package dev.dlready.report.internal;

import dev.dlready.report.AccessAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One thing a recruiter opened about a candidate. Never changed once written. */
@Entity
@Table(name = "report_access")
public class ReportAccessRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(name = "recruiter_id", nullable = false)
    private long recruiterId;

    @Column(name = "share_id", nullable = false)
    private long shareId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccessAction action;

    @Column(nullable = false)
    private Instant at;

    protected ReportAccessRecord() {
        this.action = AccessAction.REPORT;
        this.at = Instant.EPOCH;
    }

    public ReportAccessRecord(long candidateId, long recruiterId, long shareId, AccessAction action, Instant at) {
        this.candidateId = candidateId;
        this.recruiterId = recruiterId;
        this.shareId = shareId;
        this.action = action;
        this.at = at;
    }

    public long candidateId() {
        return candidateId;
    }

    public long recruiterId() {
        return recruiterId;
    }

    public long shareId() {
        return shareId;
    }

    public AccessAction action() {
        return action;
    }

    public Instant at() {
        return at;
    }
}
