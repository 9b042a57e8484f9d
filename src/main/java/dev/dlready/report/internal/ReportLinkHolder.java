package dev.dlready.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recruiter who opened a link share; the link then lets them in for as long as it is active. */
@Entity
@Table(name = "report_link_holder")
public class ReportLinkHolder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "share_id", nullable = false)
    private long shareId;

    @Column(name = "recruiter_id", nullable = false)
    private long recruiterId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected ReportLinkHolder() {
        this.openedAt = Instant.EPOCH;
    }

    public ReportLinkHolder(long shareId, long recruiterId, Instant openedAt) {
        this.shareId = shareId;
        this.recruiterId = recruiterId;
        this.openedAt = openedAt;
    }

    public long recruiterId() {
        return recruiterId;
    }
}
