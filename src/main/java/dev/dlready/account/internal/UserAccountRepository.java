package dev.dlready.account.internal;

import dev.dlready.account.Role;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    long countByRoleAndEnabledTrue(Role role);

    long countByRole(Role role);

    @Query("""
            select distinct u.organisation from UserAccount u
            where u.role = :role and u.enabled = true and u.organisation is not null
            order by u.organisation
            """)
    java.util.List<String> organisationsOf(@Param("role") Role role);

    java.util.List<UserAccount> findByRole(Role role);

    @Query("select u from UserAccount u where u.role = :role and u.enabled = true and lower(u.organisation) = lower(:organisation) order by u.displayName")
    java.util.List<UserAccount> findActiveByRoleAndOrganisation(@Param("role") Role role, @Param("organisation") String organisation);

    @Query("""
            select u from UserAccount u
            where lower(u.email) like :pattern or lower(u.displayName) like :pattern
            """)
    Page<UserAccount> search(@Param("pattern") String pattern, Pageable pageable);

    @Query("""
            select count(u) from UserAccount u
            where lower(u.email) like :pattern or lower(u.displayName) like :pattern
            """)
    long countSearch(@Param("pattern") String pattern);
}
