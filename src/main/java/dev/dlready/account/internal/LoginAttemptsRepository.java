package dev.dlready.account.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoginAttemptsRepository extends JpaRepository<LoginAttempts, String> {

    @Modifying
    @Query("delete from LoginAttempts a where a.lastFailureAt < :before and (a.lockedUntil is null or a.lockedUntil < :before)")
    int deleteStale(@Param("before") Instant before);
}
