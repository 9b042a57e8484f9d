/** Readiness: ability per skill with its uncertainty, role profiles and the recommendation. */
@NullMarked
package dev.dlready.readiness;

import org.jspecify.annotations.NullMarked;
