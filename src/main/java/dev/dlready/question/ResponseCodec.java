package dev.dlready.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A compact text form of a {@link Response}, for storing answers. */
public final class ResponseCodec {

    private ResponseCodec() {}

    public static String encode(Response response) {
        return switch (response) {
            case Response.Choices c -> "choices:" + String.join(",", c.selected().stream().sorted().map(String::valueOf).toList());
            case Response.TrueFalse t -> "tf:" + t.value();
            case Response.Number n -> "number:" + n.value() + (n.unit() == null ? "" : "|" + n.unit());
            case Response.Text t -> "text:" + t.text();
            case Response.Order o -> "order:" + String.join(",", o.positions().stream().map(String::valueOf).toList());
            case Response.Matches m -> "matches:" + String.join(",", m.rightForLeft().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .toList());
        };
    }

    public static Response decode(String text) {
        int colon = text.indexOf(':');
        String kind = text.substring(0, colon);
        String body = text.substring(colon + 1);
        return switch (kind) {
            case "choices" -> {
                Set<Integer> selected = new HashSet<>();
                for (String s : body.split(",")) {
                    if (!s.isEmpty()) {
                        selected.add(Integer.parseInt(s));
                    }
                }
                yield new Response.Choices(selected);
            }
            case "tf" -> new Response.TrueFalse(Boolean.parseBoolean(body));
            case "number" -> {
                int bar = body.indexOf('|');
                yield bar < 0
                        ? new Response.Number(Double.parseDouble(body), null)
                        : new Response.Number(Double.parseDouble(body.substring(0, bar)), body.substring(bar + 1));
            }
            case "text" -> new Response.Text(body);
            case "order" -> {
                List<Integer> positions = new ArrayList<>();
                for (String s : body.split(",")) {
                    if (!s.isEmpty()) {
                        positions.add(Integer.parseInt(s));
                    }
                }
                yield new Response.Order(positions);
            }
            case "matches" -> {
                Map<Integer, Integer> matches = new HashMap<>();
                for (String s : body.split(",")) {
                    if (!s.isEmpty()) {
                        String[] kv = s.split("=");
                        matches.put(Integer.parseInt(kv[0]), Integer.parseInt(kv[1]));
                    }
                }
                yield new Response.Matches(matches);
            }
            default -> throw new IllegalArgumentException("Unknown response kind " + kind);
        };
    }
}
