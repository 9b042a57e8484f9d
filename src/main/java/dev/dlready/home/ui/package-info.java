@NullMarked
package dev.dlready.home.ui;

import org.jspecify.annotations.NullMarked;
