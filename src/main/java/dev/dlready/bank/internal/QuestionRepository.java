package dev.dlready.bank.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuestionRepository extends JpaRepository<QuestionEntity, String> {

    List<QuestionEntity> findByQuizIdIn(List<String> quizIds);

    List<QuestionEntity> findByQuizIdAndRetiredFalseOrderByPositionAsc(String quizId);

    @Query("""
            select q from QuestionEntity q
            where q.retired = false and q.topicId in :topics
              and (:level is null or q.level = :level)
              and q.difficulty between :minDifficulty and :maxDifficulty
            order by q.topicId, q.quizId, q.position
            """)
    List<QuestionEntity> findForPractice(
            @Param("topics") List<String> topics,
            @Param("level") @org.jspecify.annotations.Nullable String level,
            @Param("minDifficulty") int minDifficulty,
            @Param("maxDifficulty") int maxDifficulty);

    @Query("select q.topicId, count(q) from QuestionEntity q where q.retired = false group by q.topicId")
    List<Object[]> countActiveByTopic();

    long countByRetiredFalse();
}
