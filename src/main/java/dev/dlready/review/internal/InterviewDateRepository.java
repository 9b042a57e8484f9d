package dev.dlready.review.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InterviewDateRepository extends JpaRepository<InterviewDate, Long> {}
