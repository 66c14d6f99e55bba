package huibao.cli;

import huibao.config.HuibaoConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command that touches the archive or the dictionaries shares. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder holding the archive (default: ${DEFAULT-VALUE})",
            defaultValue = "huibao-data")
    Path data;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "folder of dictionaries that override or extend the built-in ones")
    Path dictionaries;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads for reading files (default: cores)")
    Integer threads;

    HuibaoConfig config() {
        HuibaoConfig c = HuibaoConfig.defaults().withDataDir(data);
        if (dictionaries != null) {
            c = c.withDictionariesDir(dictionaries);
        }
        if (threads != null) {
            c = new HuibaoConfig(c.dataDir(), c.dictionariesDir(), threads);
        }
        return c;
    }
}
