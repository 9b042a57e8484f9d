package dev.dlready.attempt.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PracticeAnswerRepository extends JpaRepository<PracticeAnswer, Long> {

    long countByUserIdAndQuestionVersionIdAndSeed(long userId, long questionVersionId, long seed);

    List<PracticeAnswer> findByUserIdOrderByAnsweredAtDesc(long userId);

    long countByUserId(long userId);

    long countByUserIdAndCreditGreaterThanEqual(long userId, double credit);

    /** Every first try in practice, across all students. */
    @Query("""
            select new dev.dlready.attempt.internal.AnswerRow(p.userId, p.questionVersionId, p.topicId, p.credit)
            from PracticeAnswer p where p.tryNumber = 1
            order by p.userId, p.id
            """)
    List<AnswerRow> findFirstTries();
}
