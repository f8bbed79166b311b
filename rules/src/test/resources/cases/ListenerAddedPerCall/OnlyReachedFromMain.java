// Negative: the method that registers is reached only from main: it runs once per program.
import java.util.logging.ConsoleHandler;
import java.util.logging.Logger;

class OnlyReachedFromMain {
    private static final Logger LOG = Logger.getLogger("app");

    public static void main(String[] args) {
        new OnlyReachedFromMain().setUpLogging();
    }

    void setUpLogging() {
        LOG.addHandler(new ConsoleHandler());
    }
}
