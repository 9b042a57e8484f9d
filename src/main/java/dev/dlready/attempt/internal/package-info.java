@NullMarked
package dev.dlready.attempt.internal;

import org.jspecify.annotations.NullMarked;
