/**
 * Moodle GIFT and Moodle XML import and export. Reading never saves anything: it returns an {@link
 * dev.dlready.content.moodle.ImportResult} that lists, per question, what would be imported and every feature that
 * was defaulted, changed or dropped on the way, so a preview can be shown first. Writing returns the file text and a
 * note for every question feature the target format cannot carry. Pure functions over byte arrays and strings.
 */
@NullMarked
package dev.dlready.content.moodle;

import org.jspecify.annotations.NullMarked;
