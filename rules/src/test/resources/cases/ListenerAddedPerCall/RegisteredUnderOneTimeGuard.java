// Negative: registration under a flag the same method sets: it runs once.
import java.util.logging.ConsoleHandler;
import java.util.logging.Logger;

class RegisteredUnderOneTimeGuard {
    private static final Logger LOG = Logger.getLogger("jobs");
    private static boolean configured;

    static synchronized void run(String jobId) {
        if (!configured) {
            LOG.addHandler(new ConsoleHandler());
            configured = true;
        }
        LOG.info(jobId);
    }
}
