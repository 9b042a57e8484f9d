/** The app shell and small shared widgets. */
@NullMarked
package dev.dlready.base.ui;

import org.jspecify.annotations.NullMarked;
