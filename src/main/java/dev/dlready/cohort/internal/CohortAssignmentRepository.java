package dev.dlready.cohort.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortAssignmentRepository extends JpaRepository<CohortAssignment, Long> {

    List<CohortAssignment> findByCohortIdOrderByAssignedAtAsc(long cohortId);

    List<CohortAssignment> findByCohortIdIn(Collection<Long> cohortIds);

    List<CohortAssignment> findByQuizId(long quizId);

    Optional<CohortAssignment> findByCohortIdAndQuizId(long cohortId, long quizId);

    long countByQuizId(long quizId);
}
