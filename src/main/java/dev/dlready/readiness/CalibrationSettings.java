package dev.dlready.readiness;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

/**
 * Item calibration settings ({@code dlready.calibration.*}).
 *
 * @param cron when the nightly job runs (Spring cron with seconds, in the server's time zone); {@code -} turns it off
 * @param minResponses weighted responses a question version needs before it is calibrated (an exam answer weighs 1,
 *     a first try in practice a quarter)
 * @param minStudents distinct students who must have answered it
 */
@ConfigurationProperties("dlready.calibration")
public record CalibrationSettings(
        @DefaultValue(CalibrationSettings.NIGHTLY) String cron,
        @DefaultValue("150") double minResponses,
        @DefaultValue("100") int minStudents) {

    public static final String NIGHTLY = "0 30 2 * * *";

    public CalibrationSettings {
        if (!Scheduled.CRON_DISABLED.equals(cron) && !CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("dlready.calibration.cron must be a Spring cron expression such as '"
                    + NIGHTLY + "' (02:30 every night), or '-' to turn the nightly run off; got '" + cron + "'");
        }
        if (minResponses < 1 || minStudents < 1) {
            throw new IllegalArgumentException(
                    "dlready.calibration.min-responses and dlready.calibration.min-students must be at least 1");
        }
    }

    public boolean scheduled() {
        return !Scheduled.CRON_DISABLED.equals(cron);
    }
}
