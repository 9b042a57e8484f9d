package dev.dlready.readiness.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CalibratedItemRepository extends JpaRepository<CalibratedItem, Long> {

    /** For each question version, the row of the latest run that calibrated it: the parameters in force. */
    @Query("""
            select c from CalibratedItem c
            where c.runId = (select max(c2.runId) from CalibratedItem c2 where c2.questionVersionId = c.questionVersionId)
            """)
    List<CalibratedItem> findInForce();

    List<CalibratedItem> findByRunIdOrderByTopicIdAscQuestionIdAscVersionNumberAsc(long runId, Pageable pageable);

    long countByRunId(long runId);

    List<CalibratedItem> findByQuestionVersionIdOrderByRunIdDesc(long questionVersionId);
}
