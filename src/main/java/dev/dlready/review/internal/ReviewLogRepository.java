package dev.dlready.review.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewLogRepository extends JpaRepository<ReviewLogEntry, Long> {

    List<ReviewLogEntry> findByCardIdOrderByReviewedAtAscIdAsc(long cardId);
}
