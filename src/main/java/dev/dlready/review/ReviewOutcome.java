package dev.dlready.review;

import dev.dlready.review.engine.Rating;
import java.time.LocalDate;

/** What a rating did: the card comes back after this many days, on this day. */
public record ReviewOutcome(Rating rating, int intervalDays, LocalDate due) {}
