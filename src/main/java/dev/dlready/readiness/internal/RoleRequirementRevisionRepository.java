package dev.dlready.readiness.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RoleRequirementRevisionRepository extends JpaRepository<RoleRequirementRevision, Long> {

    /** The latest revision of every role and topic that has one. */
    @Query("""
            select r from RoleRequirementRevision r
            where r.id = (select max(r2.id) from RoleRequirementRevision r2
                          where r2.roleId = r.roleId and r2.topicId = r.topicId)
            """)
    List<RoleRequirementRevision> findLatest();

    /** Newest first; a blank role or topic matches all. */
    @Query("""
            select r from RoleRequirementRevision r
            where (:role = '' or r.roleId = :role) and (:topic = '' or r.topicId = :topic)
            order by r.id desc
            """)
    List<RoleRequirementRevision> findHistory(@Param("role") String role, @Param("topic") String topic, Pageable pageable);

    @Query("""
            select count(r) from RoleRequirementRevision r
            where (:role = '' or r.roleId = :role) and (:topic = '' or r.topicId = :topic)
            """)
    long countHistory(@Param("role") String role, @Param("topic") String topic);
}
