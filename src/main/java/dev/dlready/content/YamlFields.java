package dev.dlready.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed access to one YAML mapping, reporting every problem with file, line and field. Reads never throw: a missing
 * or malformed value is reported and an empty result returned, so parsing goes on and finds every problem at once.
 */
final class YamlFields {

    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();
    private final List<ContentProblem> problems;

    YamlFields(String file, String path, Node node, List<ContentProblem> problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
                if (fields.containsKey(key)) {
                    report(line(tuple.getKeyNode()), key, "appears twice; keep one");
                }
                fields.put(key, tuple.getValueNode());
                keyLines.put(key, line(tuple.getKeyNode()));
            }
        } else {
            report(line(node), "", "expected a mapping of fields (key: value)");
        }
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    String fileName() {
        return file;
    }

    int line() {
        return line(node);
    }

    int lineOf(String key) {
        return keyLines.getOrDefault(key, line());
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void report(int line, String key, String message) {
        problems.add(new ContentProblem(file, line, key.isEmpty() ? path : field(key), message));
    }

    boolean has(String key) {
        return fields.containsKey(key) && !isNull(fields.get(key));
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    /** Reports fields not in {@code allowed}; a typo then never silently drops content. */
    void allowOnly(Set<String> allowed, String what) {
        for (String key : fields.keySet()) {
            if (!allowed.contains(key)) {
                report(lineOf(key), key, "unknown field for " + what + "; allowed: " + String.join(", ", allowed));
            }
        }
    }

    Optional<Node> node(String key) {
        return has(key) ? Optional.of(fields.get(key)) : Optional.empty();
    }

    Optional<String> optText(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = fields.get(key);
        if (value instanceof ScalarNode s) {
            return Optional.of(s.getValue());
        }
        report(line(value), key, "expected text");
        return Optional.empty();
    }

    String text(String key, String expected) {
        var value = optText(key);
        if (value.isEmpty()) {
            if (!has(key)) {
                report(line(), key, "missing; expected " + expected);
            }
            return "";
        }
        if (value.get().isBlank()) {
            report(lineOf(key), key, "is empty; expected " + expected);
        }
        return value.get();
    }

    Optional<Double> optNumber(String key) {
        var value = optText(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            double d = Double.parseDouble(value.get().strip().replace("_", ""));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return Optional.of(d);
        } catch (NumberFormatException e) {
            report(lineOf(key), key, "expected a number, found \"" + value.get() + "\"");
            return Optional.empty();
        }
    }

    Optional<Integer> optInt(String key) {
        return optNumber(key).flatMap(d -> {
            if (d != Math.rint(d)) {
                report(lineOf(key), key, "expected a whole number, found " + d);
                return Optional.empty();
            }
            return Optional.of((int) Math.round(d));
        });
    }

    Optional<Boolean> optBoolean(String key) {
        return optText(key).flatMap(v -> switch (v) {
            case "true", "True", "TRUE" -> Optional.of(true);
            case "false", "False", "FALSE" -> Optional.of(false);
            default -> {
                report(lineOf(key), key, "expected true or false, found \"" + v + "\"");
                yield Optional.empty();
            }
        });
    }

    /** A list of scalars; a single scalar counts as a one-element list. */
    List<String> texts(String key) {
        if (!has(key)) {
            return List.of();
        }
        Node value = fields.get(key);
        if (value instanceof ScalarNode s) {
            return List.of(s.getValue());
        }
        var out = new ArrayList<String>();
        if (value instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) {
                    out.add(s.getValue());
                } else {
                    report(line(item), key, "expected a list of texts");
                }
            }
        } else {
            report(line(value), key, "expected a list");
        }
        return out;
    }

    List<Node> list(String key) {
        if (!has(key)) {
            return List.of();
        }
        Node value = fields.get(key);
        if (value instanceof SequenceNode seq) {
            return seq.getValue();
        }
        report(line(value), key, "expected a list");
        return List.of();
    }

    @Nullable YamlFields mapping(String key) {
        if (!has(key)) {
            return null;
        }
        return new YamlFields(file, field(key), fields.get(key), problems);
    }

    Map<String, Node> entries() {
        return fields;
    }
}
