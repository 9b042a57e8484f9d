/** Item response theory: pure functions, no frameworks. */
@NullMarked
package dev.dlready.readiness.engine;

import org.jspecify.annotations.NullMarked;
