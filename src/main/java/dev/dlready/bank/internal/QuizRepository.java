package dev.dlready.bank.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizRepository extends JpaRepository<QuizEntity, String> {
    List<QuizEntity> findBySource(String source);

    List<QuizEntity> findByTopicIdAndRetiredFalseOrderByTitleAsc(String topicId);
}
