package dev.dlready.readiness.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CalibrationRunRepository extends JpaRepository<CalibrationRun, Long> {}
