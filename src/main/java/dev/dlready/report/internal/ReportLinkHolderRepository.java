package dev.dlready.report.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportLinkHolderRepository extends JpaRepository<ReportLinkHolder, Long> {

    boolean existsByShareIdAndRecruiterId(long shareId, long recruiterId);

    java.util.List<ReportLinkHolder> findByShareIdOrderByOpenedAt(long shareId);
}
