package dev.dlready.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A verification code printed on one PDF: a hash of the code, and what the PDF stated. */
@Entity
@Table(name = "report_verification")
public class ReportVerification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "code_hash", nullable = false, unique = true)
    private String codeHash;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(name = "recruiter_id", nullable = false)
    private long recruiterId;

    @Column(name = "share_id", nullable = false)
    private long shareId;

    @Column(nullable = false)
    private String fingerprint;

    @Column(name = "candidate_name", nullable = false)
    private String candidateName;

    @Column(nullable = false)
    private String recommendation;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected ReportVerification() {
        this.codeHash = "";
        this.fingerprint = "";
        this.candidateName = "";
        this.recommendation = "";
        this.issuedAt = Instant.EPOCH;
    }

    public ReportVerification(String codeHash, long candidateId, long recruiterId, long shareId, String fingerprint,
            String candidateName, String recommendation, Instant issuedAt) {
        this.codeHash = codeHash;
        this.candidateId = candidateId;
        this.recruiterId = recruiterId;
        this.shareId = shareId;
        this.fingerprint = fingerprint;
        this.candidateName = candidateName;
        this.recommendation = recommendation;
        this.issuedAt = issuedAt;
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

    public String fingerprint() {
        return fingerprint;
    }

    public String candidateName() {
        return candidateName;
    }

    public String recommendation() {
        return recommendation;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
