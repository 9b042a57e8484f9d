/** Turning author-written Markdown with LaTeX into safe HTML. */
@NullMarked
package dev.dlready.base.text;

import org.jspecify.annotations.NullMarked;
