package dev.dlready.cohort.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Small pieces the cohort pages share: dates, percentages, badges, notifications. */
final class Parts {

    static final ZoneId ZONE = ZoneId.systemDefault();
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZONE);

    private Parts() {}

    static String when(@Nullable Instant at, String none) {
        return at == null ? none : WHEN.format(at);
    }

    static String percent(@Nullable Double percent) {
        return percent == null ? "–" : String.format(Locale.ENGLISH, "%.0f %%", percent);
    }

    static @Nullable LocalDateTime local(@Nullable Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZONE);
    }

    static @Nullable Instant instant(@Nullable LocalDateTime at) {
        return at == null ? null : at.atZone(ZONE).toInstant();
    }

    static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
