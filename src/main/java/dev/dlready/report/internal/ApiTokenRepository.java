package dev.dlready.report.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Optional<ApiToken> findByIdAndRecruiterId(long id, long recruiterId);

    List<ApiToken> findByRecruiterIdOrderByCreatedAtDesc(long recruiterId);
}
