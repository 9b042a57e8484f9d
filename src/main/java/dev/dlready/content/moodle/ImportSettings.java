package dev.dlready.content.moodle;

import java.util.Map;
import java.util.Set;

/**
 * How to read a Moodle file.
 *
 * <p>Categories become topics: a question's category path (e.g. {@code $course$/top/Quiz bank/CUDA}) is looked up in
 * {@code categoryTopics} first as the whole path, then as its last segment ({@code CUDA}); without a mapping the last
 * segment turned into an id ({@code cuda}) is the topic. When {@code knownTopics} is not empty, a topic outside it is
 * replaced by the default topic, with a note.
 *
 * @param defaults values for what Moodle does not carry
 * @param categoryTopics category path or last path segment to topic id
 * @param knownTopics the topic ids that exist; empty means "do not check"
 * @param existingIds question ids already in the bank; an imported question never takes one of them
 * @param maxBytes largest file accepted, in bytes
 */
public record ImportSettings(
        QuestionDefaults defaults,
        Map<String, String> categoryTopics,
        Set<String> knownTopics,
        Set<String> existingIds,
        int maxBytes) {

    /** 5 MiB: far above any real question bank export, far below what could exhaust memory. */
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

    public ImportSettings {
        categoryTopics = Map.copyOf(categoryTopics);
        knownTopics = Set.copyOf(knownTopics);
        existingIds = Set.copyOf(existingIds);
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        for (String topic : categoryTopics.values()) {
            if (!Ids.VALID.matcher(topic).matches()) {
                throw new IllegalArgumentException("category mapping names \"" + topic + "\", which is not a topic id");
            }
        }
    }

    /** No category mapping, no topic or id checks, the default size limit. */
    public static ImportSettings of(QuestionDefaults defaults) {
        return new ImportSettings(defaults, Map.of(), Set.of(), Set.of(), DEFAULT_MAX_BYTES);
    }

    public ImportSettings withCategoryTopics(Map<String, String> mapping) {
        return new ImportSettings(defaults, mapping, knownTopics, existingIds, maxBytes);
    }

    public ImportSettings withKnownTopics(Set<String> topics) {
        return new ImportSettings(defaults, categoryTopics, topics, existingIds, maxBytes);
    }

    public ImportSettings withExistingIds(Set<String> ids) {
        return new ImportSettings(defaults, categoryTopics, knownTopics, ids, maxBytes);
    }

    public ImportSettings withMaxBytes(int bytes) {
        return new ImportSettings(defaults, categoryTopics, knownTopics, existingIds, bytes);
    }
}
