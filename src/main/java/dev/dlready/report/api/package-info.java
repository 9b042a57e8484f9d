/** The read-only JSON API for recruiters' own tools, with bearer tokens and an OpenAPI description. */
@NullMarked
package dev.dlready.report.api;

import org.jspecify.annotations.NullMarked;
