@NullMarked
package dev.dlready.attempt.ui;

import org.jspecify.annotations.NullMarked;
