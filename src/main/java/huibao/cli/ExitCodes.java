package huibao.cli;

/** The exit codes of every huibao command. */
final class ExitCodes {

    /** Everything went well. */
    static final int OK = 0;
    /** Some inputs could not be read (the others were processed), or the run could not finish. */
    static final int INPUT_FAILED = 1;
    /** The command line, a query or a dictionary is malformed, or the data folder holds no archive where one is needed. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
