package dev.dlready.cohort.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortMemberRepository extends JpaRepository<CohortMember, Long> {

    List<CohortMember> findByCohortIdOrderByJoinedAtAsc(long cohortId);

    List<CohortMember> findByUserId(long userId);

    Optional<CohortMember> findByCohortIdAndUserId(long cohortId, long userId);

    long countByCohortId(long cohortId);

    List<CohortMember> findByCohortIdIn(Collection<Long> cohortIds);
}
