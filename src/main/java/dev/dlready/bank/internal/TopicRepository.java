package dev.dlready.bank.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicRepository extends JpaRepository<TopicEntity, String> {
    List<TopicEntity> findAllByOrderByPositionAsc();
}
