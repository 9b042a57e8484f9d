/** Review cards, their review log and interview dates: entities and repositories behind {@code ReviewService}. */
@NullMarked
package dev.dlready.review.internal;

import org.jspecify.annotations.NullMarked;
