package dev.dlready.content;

import java.util.List;

/** A topic of the taxonomy in quizzes/topics.yaml; one topic is one measured skill. */
public record TopicDefinition(
        String id, String title, String skill, String description, List<String> prerequisites) {
    public TopicDefinition {
        prerequisites = List.copyOf(prerequisites);
    }
}
