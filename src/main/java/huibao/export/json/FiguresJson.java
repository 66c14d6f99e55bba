package huibao.export.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measured figures as JSON, the results file of {@code huibao bench}: a tree of maps, lists,
 * numbers and strings written as it is given, indented for reading, and read back as its numeric
 * leaves by their dotted paths ({@code size.archiveMB}), which is what comparing two runs needs. A
 * list's items are named by their {@code name} field when it comes first ({@code runs.huibao-1t.seconds}),
 * else by their position.
 */
public final class FiguresJson {

    private static final JsonFactory JSON = new JsonFactory();

    private FiguresJson() {
    }

    /** The figures as indented JSON. */
    public static String write(Map<String, ?> figures) {
        return JsonText.of(4096, g -> {
            g.useDefaultPrettyPrinter();
            value(g, figures);
        }) + "\n";
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object item : l) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof Integer || v instanceof Long) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v == null) {
            g.writeNull();
        } else {
            g.writeString(v.toString());
        }
    }

    /** Every number of a results file by its dotted path, in the file's order. */
    public static Map<String, Double> numbers(String json) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t != null) {
                read(p, t, "", null, out);
            }
        }
        return out;
    }

    /**
     * Reads the value at {@code t} into {@code out}; an item of a list comes with its list's path
     * ({@code list}) and takes its {@code name} in place of its position when that field comes first.
     */
    private static void read(JsonParser p, JsonToken t, String path, String list, Map<String, Double> out)
            throws IOException {
        switch (t) {
            case START_OBJECT -> {
                String self = path;
                boolean first = true;
                for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (first && list != null && name.equals("name") && v == JsonToken.VALUE_STRING) {
                        self = join(list, p.getText());
                    } else {
                        read(p, v, join(self, name), null, out);
                    }
                    first = false;
                }
            }
            case START_ARRAY -> {
                int i = 0;
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    read(p, v, join(path, String.valueOf(i++)), path, out);
                }
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.put(path, p.getDoubleValue());
            default -> {
            }
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
