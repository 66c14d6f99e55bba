package huibao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in process, as an analyst's shell would see it.
 *
 * @param code the exit code
 * @param out  what it printed to standard output
 * @param err  what it printed to standard error
 */
public record Run(int code, String out, String err) {

    /** Runs {@code huibao args...} and keeps what it printed. */
    public static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** The lines printed to standard output, without the blank ones at either end. */
    public java.util.List<String> lines() {
        return out.strip().lines().toList();
    }
}
