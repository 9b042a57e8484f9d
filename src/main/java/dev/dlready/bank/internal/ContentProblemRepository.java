package dev.dlready.bank.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentProblemRepository extends JpaRepository<ContentProblemEntity, Long> {
    List<ContentProblemEntity> findAllByOrderByFileAscLineAsc();
}
