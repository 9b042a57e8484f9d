package dev.dlready.readiness.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReadinessCheckRepository extends JpaRepository<ReadinessCheck, Long> {

    Optional<ReadinessCheck> findByIdAndUserId(long id, long userId);

    @Query("select c from ReadinessCheck c where c.userId = :userId and c.finishedAt is null order by c.startedAt desc")
    List<ReadinessCheck> findOpen(long userId);

    List<ReadinessCheck> findByUserIdOrderByStartedAtDesc(long userId);

    @Query("""
            select i from ReadinessCheckItem i join i.check c
            where c.userId = :userId and i.answeredAt is not null order by i.answeredAt""")
    List<ReadinessCheckItem> findAnswered(long userId);
}
