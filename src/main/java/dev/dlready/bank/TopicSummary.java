package dev.dlready.bank;

import java.util.List;

/** A topic with how many active questions the bank has for it. */
public record TopicSummary(
        String id, String title, String skill, String description, List<String> prerequisites, long questionCount) {
    public TopicSummary {
        prerequisites = List.copyOf(prerequisites);
    }
}
