package huibao.cli;

import huibao.Huibao;
import huibao.web.WorkspaceServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code huibao serve}: the local web workspace over the archive. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Opens the web workspace over the archive: the table, the findings, search, projects, "
                + "charts, per-report coverage and uploads, in the browser at http://HOST:PORT/. Bound to 127.0.0.1 "
                + "unless --host says otherwise; every page and script is served by huibao itself. Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host;

    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        WorkspaceServer server = WorkspaceServer.over(Huibao.open(data.config()));
        int bound = server.start(host, port);
        out.printf("huibao workspace on %s: http://%s:%d/  (Ctrl-C stops it)%n"
                + "  reading the archive in the background (reports, facts, checks, projects, table); the pages say "
                + "when it is ready%n", data.config().dataDir(),
                host.contains(":") ? "[" + host + "]" : host, bound);
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }
}
