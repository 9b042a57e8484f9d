package dev.dlready.bank.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuestionVersionRepository extends JpaRepository<QuestionVersionEntity, Long> {

    Optional<QuestionVersionEntity> findByQuestionIdAndNumber(String questionId, int number);

    List<QuestionVersionEntity> findByQuestionIdOrderByNumberAsc(String questionId);

    @Query("""
            select v from QuestionVersionEntity v, QuestionEntity q
            where v.questionId = q.id and v.number = q.currentVersion and q.id in :ids
            """)
    List<QuestionVersionEntity> findCurrent(@Param("ids") List<String> ids);

    @Query("""
            select v from QuestionVersionEntity v, QuestionEntity q
            where v.questionId = q.id and v.number = q.currentVersion
            """)
    List<QuestionVersionEntity> findAllCurrent();
}
