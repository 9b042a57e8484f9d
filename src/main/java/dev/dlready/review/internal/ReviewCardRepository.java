package dev.dlready.review.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewCardRepository extends JpaRepository<ReviewCard, Long> {

    Optional<ReviewCard> findByIdAndUserId(long id, long userId);

    List<ReviewCard> findByUserId(long userId);

    List<ReviewCard> findByUserIdAndDueOnLessThanEqualOrderByDueOnAscIdAsc(long userId, LocalDate day);
}
