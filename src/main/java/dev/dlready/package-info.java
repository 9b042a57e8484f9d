@NullMarked
package dev.dlready;

import org.jspecify.annotations.NullMarked;
