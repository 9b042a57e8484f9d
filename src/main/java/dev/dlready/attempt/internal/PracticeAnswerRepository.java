package dev.dlready.attempt.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeAnswerRepository extends JpaRepository<PracticeAnswer, Long> {

    long countByUserIdAndQuestionVersionIdAndSeed(long userId, long questionVersionId, long seed);

    List<PracticeAnswer> findByUserIdOrderByAnsweredAtDesc(long userId);

    long countByUserId(long userId);

    long countByUserIdAndCreditGreaterThanEqual(long userId, double credit);
}
