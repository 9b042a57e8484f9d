package dev.dlready.readiness;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Re-estimates item parameters from the day's answers every night ({@code dlready.calibration.cron}). */
@Component
public class CalibrationJob {

    private static final Logger log = LoggerFactory.getLogger(CalibrationJob.class);

    private final Calibrator calibrator;

    CalibrationJob(Calibrator calibrator) {
        this.calibrator = calibrator;
    }

    @Scheduled(cron = "${dlready.calibration.cron:" + CalibrationSettings.NIGHTLY + "}")
    public void nightly() {
        try {
            calibrator.run("Nightly schedule");
        } catch (CalibrationException e) {
            log.info("Nightly calibration skipped: {}", e.getMessage());
        }
    }
}
