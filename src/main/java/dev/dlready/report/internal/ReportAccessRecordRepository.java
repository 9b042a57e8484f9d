package dev.dlready.report.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportAccessRecordRepository extends JpaRepository<ReportAccessRecord, Long> {

    List<ReportAccessRecord> findByCandidateIdOrderByAtDescIdDesc(long candidateId, Pageable page);

    long countByCandidateId(long candidateId);

    long countByShareId(long shareId);
}
