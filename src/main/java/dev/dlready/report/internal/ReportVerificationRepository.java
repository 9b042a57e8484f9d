package dev.dlready.report.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportVerificationRepository extends JpaRepository<ReportVerification, Long> {

    Optional<ReportVerification> findByCodeHash(String codeHash);
}
