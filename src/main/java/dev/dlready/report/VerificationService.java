package dev.dlready.report;

import dev.dlready.report.engine.VerificationCodes;
import dev.dlready.report.internal.ReportVerificationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a PDF's verification code; open to anyone, signed in or not. It reveals what the PDF stated only while the
 * candidate still shares the report with the recruiter it was issued to: a withdrawn report is confirmed as genuine,
 * without details.
 */
@Service
@Transactional(readOnly = true)
public class VerificationService {

    private final ReportVerificationRepository verifications;
    private final ReportAccess access;
    private final ReportAssembler assembler;

    VerificationService(ReportVerificationRepository verifications, ReportAccess access, ReportAssembler assembler) {
        this.verifications = verifications;
        this.access = access;
        this.assembler = assembler;
    }

    public Verification verify(String typedCode) {
        var code = VerificationCodes.normalise(typedCode);
        if (code.isEmpty()) {
            return new Verification(Verification.Outcome.MALFORMED, null, null, null);
        }
        var issued = verifications.findByCodeHash(VerificationCodes.hash(code.get()));
        if (issued.isEmpty()) {
            return new Verification(Verification.Outcome.UNKNOWN, null, null, null);
        }
        var record = issued.get();
        if (!access.stillShared(record.recruiterId(), record.candidateId())) {
            return new Verification(Verification.Outcome.GENUINE_BUT_WITHDRAWN, record.issuedAt(), null, null);
        }
        boolean current = assembler.currentFingerprint(record.candidateId()).equals(record.fingerprint());
        return new Verification(
                current ? Verification.Outcome.GENUINE_AND_CURRENT : Verification.Outcome.GENUINE_BUT_OUTDATED,
                record.issuedAt(), record.candidateName(), record.recommendation());
    }
}
