@NullMarked
package dev.dlready.account.internal;

import org.jspecify.annotations.NullMarked;
