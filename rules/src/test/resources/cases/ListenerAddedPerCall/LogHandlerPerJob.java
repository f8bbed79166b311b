// Positive: a handler added to a static logger per job: the logger keeps every handler, and each writes every record.
import java.util.logging.ConsoleHandler;
import java.util.logging.Logger;

class LogHandlerPerJob {
    private static final Logger LOG = Logger.getLogger(LogHandlerPerJob.class.getName());

    void run(String jobId) {
        // expect: ListenerAddedPerCall warning
        LOG.addHandler(new ConsoleHandler());
        LOG.info("running " + jobId);
    }
}
