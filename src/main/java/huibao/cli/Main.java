package huibao.cli;

import huibao.FileOutcome;
import huibao.config.Dictionaries;
import huibao.index.QuerySyntaxException;
import huibao.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * {@code huibao}: the command line over {@link huibao.Huibao}. One class per verb; this class
 * only wires them and maps exceptions to exit codes in one place.
 */
@Command(name = "huibao", mixinStandardHelpOptions = true, version = "huibao 0.1.0",
        description = {"Consolidates Chinese investment-promotion work reports (招商引资工作汇报): "
                + "reads their figures into facts, keeps a searchable archive and builds a comparable table."},
        subcommands = {ExtractCommand.class, IngestCommand.class, SearchCommand.class, DatasetCommand.class, CheckCommand.class,
                ProjectsCommand.class, ProjectCommand.class, DemoCommand.class, ServeCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "print the stack trace of each failure under its one line, to report a defect in huibao")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: extract, ingest, search, dataset, check, projects, project, demo, serve or bench");
    }

    /** Runs huibao and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs huibao with the given writers (tests pass their own) and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        try {
            return cl.execute(args);
        } catch (Throwable e) {
            // picocli hands on what is not an Exception (a stack overflow, memory exhausted): still one line
            err.println("huibao: internal error: " + oneLine(e));
            if (List.of(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.INPUT_FAILED;
        }
    }

    /** Prints a file that could not be read in its one line, and under {@code --debug} what was thrown. */
    static void printFailure(CommandLine.Model.CommandSpec spec, String prefix, FileOutcome outcome) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(prefix + outcome.failure());
        if (outcome.cause() != null && debug(spec)) {
            outcome.cause().printStackTrace(err);
        }
    }

    /** Whether {@code --debug} was given to the command or before it ({@code huibao --debug ingest}). */
    static boolean debug(CommandLine.Model.CommandSpec spec) {
        for (CommandLine c = spec.commandLine(); c != null; c = c.getParent()) {
            if (debug(c.getParseResult())) {
                return true;
            }
        }
        return false;
    }

    private static boolean debug(CommandLine.ParseResult parsed) {
        return parsed != null && parsed.hasMatchedOption("--debug");
    }

    private static String oneLine(Throwable e) {
        return e.toString().lines().findFirst().orElse(e.getClass().getName());
    }

    /** The command line with its exit-code mapping, writing to {@code out} and {@code err}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("huibao " + commandLine.getCommandName() + ": " + Problem.printable(message(e)));
            if (debug(parseResult) || parseResult.subcommands().stream().anyMatch(Main::debug)) {
                e.printStackTrace(commandLine.getErr());
            }
            return exitCode(e);
        });
        return cl;
    }

    private static int exitCode(Exception e) {
        if (e instanceof QuerySyntaxException || e instanceof Dictionaries.DictionaryException
                || e instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.INPUT_FAILED;
    }

    private static String message(Exception e) {
        if (e instanceof NoSuchFileException nf) {
            return "no such file or folder: " + nf.getFile();
        }
        if (e instanceof UncheckedIOException u) {
            return message(u.getCause());
        }
        if (e instanceof IOException io) {
            return io.getMessage() == null ? io.toString() : io.getMessage();
        }
        if (e instanceof QuerySyntaxException || e instanceof Dictionaries.DictionaryException
                || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return "internal error: " + oneLine(e);
    }
}
