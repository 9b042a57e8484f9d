package dev.dlready.cohort.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseQuizRepository extends JpaRepository<CourseQuiz, Long> {

    List<CourseQuiz> findByOwnerIdOrderByUpdatedAtDesc(long ownerId);

    List<CourseQuiz> findAllByOrderByUpdatedAtDesc();

    Optional<CourseQuiz> findByIdAndOwnerId(long id, long ownerId);
}
