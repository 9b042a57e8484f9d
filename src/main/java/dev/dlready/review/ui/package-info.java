/** The review queue page. */
@NullMarked
package dev.dlready.review.ui;

import org.jspecify.annotations.NullMarked;
