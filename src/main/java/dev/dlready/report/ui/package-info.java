/** The candidate's sharing page, the recruiter's candidate list, report and comparison, and the public verification page. */
@NullMarked
package dev.dlready.report.ui;

import org.jspecify.annotations.NullMarked;
