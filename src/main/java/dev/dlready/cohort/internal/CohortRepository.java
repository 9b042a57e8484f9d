package dev.dlready.cohort.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

    List<Cohort> findByOwnerIdOrderByNameAsc(long ownerId);

    List<Cohort> findAllByOrderByNameAsc();

    Optional<Cohort> findByIdAndOwnerId(long id, long ownerId);

    Optional<Cohort> findByInviteCode(String inviteCode);

    boolean existsByInviteCode(String inviteCode);
}
