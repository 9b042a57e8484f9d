package dev.dlready.attempt.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExamAttemptRepository extends JpaRepository<ExamAttempt, Long> {

    Optional<ExamAttempt> findByIdAndUserId(long id, long userId);

    @Query("select a.id from ExamAttempt a where a.status = 'IN_PROGRESS' and a.deadline <= :now")
    List<Long> findOverdue(@Param("now") Instant now);

    @Query("""
            select distinct a from ExamAttempt a left join fetch a.items
            where a.userId in :userIds and a.status <> 'IN_PROGRESS' and a.submittedAt is not null
            """)
    List<ExamAttempt> findFinishedByUserIds(@Param("userIds") java.util.Collection<Long> userIds);

    @Query("select count(a) from ExamAttempt a where a.status <> 'IN_PROGRESS'")
    long countFinished();

    @Query("select distinct a.userId from ExamAttempt a where a.status <> 'IN_PROGRESS'")
    List<Long> findUsersWithFinishedExams();

    @Query("""
            select a from ExamAttempt a where a.userId = :userId
              and (:status is null or a.status = :status)
              and lower(a.title) like :title
            order by a.startedAt desc, a.id desc
            """)
    List<ExamAttempt> findHistory(
            @Param("userId") long userId,
            @Param("status") ExamAttempt.@org.jspecify.annotations.Nullable Status status,
            @Param("title") String title,
            Pageable pageable);

    @Query("""
            select count(a) from ExamAttempt a where a.userId = :userId
              and (:status is null or a.status = :status)
              and lower(a.title) like :title
            """)
    long countHistory(
            @Param("userId") long userId,
            @Param("status") ExamAttempt.@org.jspecify.annotations.Nullable Status status,
            @Param("title") String title);

    /** Every answer given in a closed exam (unanswered items are left out), across all students. */
    @Query("""
            select new dev.dlready.attempt.internal.AnswerRow(a.userId, i.questionVersionId, i.topicId, i.credit)
            from ExamAttempt a join a.items i
            where a.status <> dev.dlready.attempt.internal.ExamAttempt.Status.IN_PROGRESS
              and i.response is not null and i.credit is not null
            order by a.userId, a.id, i.position
            """)
    List<AnswerRow> findClosedExamAnswers();

    /** Every attempt at a course quiz, open or finished, with its items; by student, then oldest first. */
    @Query("""
            select distinct a from ExamAttempt a left join fetch a.items
            where a.courseQuizId = :courseQuizId
            order by a.userId, a.startedAt, a.id
            """)
    List<ExamAttempt> findByCourseQuizIdWithItems(@Param("courseQuizId") long courseQuizId);

    @Query("""
            select a.id from ExamAttempt a
            where a.courseQuizId = :courseQuizId and a.status = 'IN_PROGRESS' and a.deadline <= :now
            """)
    List<Long> findOverdueForCourseQuiz(@Param("courseQuizId") long courseQuizId, @Param("now") Instant now);

    long countByUserIdAndCourseQuizId(long userId, long courseQuizId);

    long countByCourseQuizId(long courseQuizId);

    /** One student's attempts at a course quiz, open or finished, with their items; oldest first. */
    @Query("""
            select distinct a from ExamAttempt a left join fetch a.items
            where a.courseQuizId = :courseQuizId and a.userId = :userId
            order by a.startedAt, a.id
            """)
    List<ExamAttempt> findByCourseQuizIdAndUserIdWithItems(
            @Param("courseQuizId") long courseQuizId, @Param("userId") long userId);

    /** The user's attempts at a course quiz that are still running, newest first. */
    @Query("""
            select a.id from ExamAttempt a
            where a.userId = :userId and a.courseQuizId = :courseQuizId
              and a.status = 'IN_PROGRESS' and a.deadline > :now
            order by a.startedAt desc, a.id desc
            """)
    List<Long> findOpenForCourseQuiz(
            @Param("userId") long userId, @Param("courseQuizId") long courseQuizId, @Param("now") Instant now);
}
