package huibao;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The approved facts of a set, one JSON object per line as {@code huibao extract --format jsonl}
 * prints them, and the difference of a fresh extraction from them, written fact by fact for review.
 *
 * <p>Only the fact contract's fields and {@code value_max}, {@code base_value_max}, {@code id} and
 * {@code part_of} are kept and compared; a field added later is ignored until it is chosen to join.
 * For reports whose text must not be copied (the seeds), every field that may carry a run of the
 * report's words besides the figure (the sentence, the scope, the project and what a figure is
 * compared with) is replaced by a short hash of it ({@code sentence_sha}, {@code scope_sha}, ...),
 * so that a change still shows, field by field, without the words.
 */
final class ApprovedFacts {

    /** The compared fields, in the order the command prints them. */
    static final List<String> FIELDS = List.of("doc", "region", "region_code", "period", "indicator", "measure",
            "scope", "text", "value", "unit", "base_value", "base_unit", "approx", "project", "versus", "redacted",
            "sentence", "span", "value_max", "base_value_max", "id", "part_of");

    /** Numbers are read and written exactly as printed: 0.10 stays 0.10, 1E+8 is never written. */
    /** The fields that are hashed for reports whose text must not be copied. */
    static final List<String> TEXT_FIELDS = List.of("scope", "project", "versus", "sentence");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ApprovedFacts() {
    }

    /**
     * The approved form of printed fact lines: the compared fields only, in their order.
     *
     * @param withoutText replace each of the {@link #TEXT_FIELDS} by {@code <field>_sha}, the first
     *                    12 hex digits of the SHA-256 of its UTF-8 bytes (null stays null)
     */
    static List<String> approvedForm(List<String> printed, boolean withoutText) {
        List<String> out = new ArrayList<>(printed.size());
        for (String line : printed) {
            JsonNode fact = read(line);
            ObjectNode kept = JSON.createObjectNode();
            for (String field : FIELDS) {
                if (!fact.has(field)) {
                    throw new IllegalStateException("the printed fact has no " + field + ": " + line);
                }
                JsonNode value = fact.get(field);
                if (withoutText && TEXT_FIELDS.contains(field)) {
                    kept.put(field + "_sha", value.isNull() ? null : sha(value.asText()));
                } else {
                    kept.set(field, value);
                }
            }
            out.add(write(kept));
        }
        return out;
    }

    /**
     * Every difference between the approved and the current facts, one line per changed, missing
     * or new fact, empty when they are the same. Facts are paired by document and span.
     */
    static List<String> differences(List<String> approved, List<String> current) {
        Map<String, JsonNode> before = byPlace(approved);
        Map<String, JsonNode> after = byPlace(current);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            JsonNode now = after.get(e.getKey());
            if (now == null) {
                out.add("missing " + describe(e.getKey(), e.getValue()));
                continue;
            }
            List<String> changed = new ArrayList<>();
            for (String field : fieldsOf(e.getValue(), now)) {
                JsonNode a = e.getValue().get(field);
                JsonNode b = now.get(field);
                if (!Objects.equals(a, b)) {
                    changed.add(field + " " + show(a) + " → " + show(b));
                }
            }
            if (!changed.isEmpty()) {
                out.add("changed " + e.getKey() + " " + show(e.getValue().get("text")) + ": " + String.join("; ", changed));
            }
        }
        for (Map.Entry<String, JsonNode> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                out.add("new     " + describe(e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    private static List<String> fieldsOf(JsonNode a, JsonNode b) {
        List<String> fields = new ArrayList<>();
        a.fieldNames().forEachRemaining(fields::add);
        b.fieldNames().forEachRemaining(f -> {
            if (!fields.contains(f)) {
                fields.add(f);
            }
        });
        return fields;
    }

    /** Facts by "doc@start-end", a second fact of the same place numbered "#2". */
    private static Map<String, JsonNode> byPlace(List<String> lines) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String line : lines) {
            JsonNode f = read(line);
            JsonNode span = f.get("span");
            String place = f.get("doc").asText() + "@" + span.get(0).asInt() + "-" + span.get(1).asInt();
            String key = place;
            for (int n = 2; out.containsKey(key); n++) {
                key = place + " #" + n;
            }
            out.put(key, f);
        }
        return out;
    }

    private static String describe(String place, JsonNode f) {
        return place + " " + show(f.get("text")) + " " + f.path("indicator").asText() + "/" + f.path("measure").asText()
                + " " + show(f.get("base_value")) + " " + f.path("base_unit").asText()
                + (f.has("scope") ? " scope " + show(f.get("scope")) : "");
    }

    private static String show(JsonNode v) {
        return v == null ? "(absent)" : v.toString();
    }

    private static String write(JsonNode fact) {
        try {
            return JSON.writeValueAsString(fact);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON line: " + line, e);
        }
    }

    private static String sha(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
