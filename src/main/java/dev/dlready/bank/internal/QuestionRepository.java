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

    /** Active questions matching the bank filters; {@code app} null = any source, true = written in the app only. */
    @Query("""
            select q from QuestionEntity q where q.retired = false
              and lower(q.id) like :text
              and (:topic is null or q.topicId = :topic)
              and (:type is null or q.type = :type)
              and (:level is null or q.level = :level)
              and (:app is null or (:app = true and q.quizId is null) or (:app = false and q.quizId is not null))
            order by q.topicId, q.id
            """)
    List<QuestionEntity> search(
            @Param("text") String text,
            @Param("topic") @org.jspecify.annotations.Nullable String topic,
            @Param("type") @org.jspecify.annotations.Nullable String type,
            @Param("level") @org.jspecify.annotations.Nullable String level,
            @Param("app") @org.jspecify.annotations.Nullable Boolean app,
            org.springframework.data.domain.Pageable page);

    @Query("""
            select count(q) from QuestionEntity q where q.retired = false
              and lower(q.id) like :text
              and (:topic is null or q.topicId = :topic)
              and (:type is null or q.type = :type)
              and (:level is null or q.level = :level)
              and (:app is null or (:app = true and q.quizId is null) or (:app = false and q.quizId is not null))
            """)
    long countSearch(
            @Param("text") String text,
            @Param("topic") @org.jspecify.annotations.Nullable String topic,
            @Param("type") @org.jspecify.annotations.Nullable String type,
            @Param("level") @org.jspecify.annotations.Nullable String level,
            @Param("app") @org.jspecify.annotations.Nullable Boolean app);

    List<QuestionEntity> findByQuizIdIsNullAndRetiredFalseAndTopicIdOrderByIdAsc(String topicId);

    /** Every id ever used, retired questions included: ids are never reused. */
    @Query("select q.id from QuestionEntity q")
    List<String> findAllIds();
}
