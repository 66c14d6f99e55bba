package huibao;

import huibao.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of report files exactly as {@code huibao extract --format jsonl FILE...} prints them,
 * run in-process through the command line itself, so that the approved outputs hold the fact
 * contract and nothing else. The one place the approved-output tests get their facts from.
 */
final class ExtractedJsonl {

    private ExtractedJsonl() {
    }

    /**
     * @param files report files, as they would be given on the command line from the project root
     * @return one JSON line per fact, in the order the command prints them
     */
    static List<String> of(List<Path> files) {
        List<String> args = new ArrayList<>(List.of("extract", "--format", "jsonl"));
        files.forEach(f -> args.add(f.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        if (code != 0) {
            throw new IllegalStateException("huibao " + String.join(" ", args) + " exited with " + code + ":\n" + err);
        }
        return out.toString().lines().filter(l -> !l.isBlank()).toList();
    }
}
