package dev.dlready.report.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportShareRepository extends JpaRepository<ReportShare, Long> {

    List<ReportShare> findByCandidateIdOrderByCreatedAtDesc(long candidateId);

    Optional<ReportShare> findByIdAndCandidateId(long id, long candidateId);

    Optional<ReportShare> findByLinkHash(String linkHash);

    /**
     * The active shares that let this recruiter see candidates: their own, their organisation's (case-insensitive;
     * pass "" when the recruiter has none) and links they opened. Oldest first. {@code candidateId} of -1 means any.
     */
    @Query("""
            select s from ReportShare s
            where (:candidateId = -1 or s.candidateId = :candidateId)
              and s.revokedAt is null and (s.expiresAt is null or s.expiresAt > :now)
              and ((s.kind = dev.dlready.report.ShareKind.RECRUITER and s.recruiterId = :recruiterId)
                or (s.kind = dev.dlready.report.ShareKind.ORGANISATION and :organisation <> ''
                    and lower(s.organisation) = lower(:organisation))
                or (s.kind = dev.dlready.report.ShareKind.LINK and exists (
                    select h.id from ReportLinkHolder h where h.shareId = s.id and h.recruiterId = :recruiterId)))
            order by s.createdAt, s.id
            """)
    List<ReportShare> findGranting(
            @Param("recruiterId") long recruiterId,
            @Param("organisation") String organisation,
            @Param("candidateId") long candidateId,
            @Param("now") Instant now);
}
