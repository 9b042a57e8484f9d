@NullMarked
package dev.dlready.readiness.ui;

import org.jspecify.annotations.NullMarked;
