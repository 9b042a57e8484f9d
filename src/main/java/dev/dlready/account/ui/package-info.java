@NullMarked
package dev.dlready.account.ui;

import org.jspecify.annotations.NullMarked;
