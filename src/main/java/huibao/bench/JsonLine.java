package huibao.bench;

/**
 * The {@code text} field of one JSON object on one line, as the shared government reports are
 * written: a scan of the object's top-level keys, skipping every other value (strings, numbers,
 * nested objects and arrays), and the one string decoded with its escapes. Nothing else of JSON is
 * read here, so the benchmark needs no JSON library of its own.
 */
final class JsonLine {

    private final String line;
    private int at;

    private JsonLine(String line) {
        this.line = line;
    }

    /** The top-level {@code "text"} string of the object on {@code line}, or null when it has none or is not an object. */
    static String text(String line) {
        try {
            return new JsonLine(line).find("text");
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return null;
        }
    }

    private String find(String key) {
        skipSpace();
        if (line.charAt(at++) != '{') {
            return null;
        }
        while (true) {
            skipSpace();
            if (line.charAt(at) == '}') {
                return null;
            }
            String name = string();
            skipSpace();
            if (line.charAt(at++) != ':') {
                return null;
            }
            skipSpace();
            if (name.equals(key)) {
                return line.charAt(at) == '"' ? string() : null;
            }
            skipValue();
            skipSpace();
            if (line.charAt(at) == ',') {
                at++;
            }
        }
    }

    private void skipSpace() {
        while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
            at++;
        }
    }

    private void skipValue() {
        char c = line.charAt(at);
        if (c == '"') {
            string();
            return;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            do {
                char d = line.charAt(at);
                if (d == '"') {
                    string();
                    continue;
                }
                if (d == '{' || d == '[') {
                    depth++;
                } else if (d == '}' || d == ']') {
                    depth--;
                }
                at++;
            } while (depth > 0);
            return;
        }
        while (at < line.length() && ",}".indexOf(line.charAt(at)) < 0) {
            at++;
        }
    }

    /** The string starting at the quote under {@code at}, decoded; {@code at} ends past its closing quote. */
    private String string() {
        if (line.charAt(at++) != '"') {
            throw new IllegalArgumentException("not a string at " + (at - 1));
        }
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = line.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = line.charAt(at++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(e);
            }
        }
    }
}
