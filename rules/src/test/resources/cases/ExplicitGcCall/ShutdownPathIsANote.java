// On a shutdown path (a close or stop method, code only they call, a shutdown hook) one collection as the process or
// the component ends costs nothing: a note. The same helper also called per request is a warning.
class ShutdownPathIsANote {
    private final StringBuilder log = new StringBuilder();

    void close() {
        log.setLength(0);
        // expect: ExplicitGcCall note
        System.gc();
    }

    void stop() {
        release();
    }

    private void release() {
        log.setLength(0);
        // expect: ExplicitGcCall note
        System.gc();
    }

    static void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // expect: ExplicitGcCall note
            System.gc();
        }));
    }

    void shutdown() {
        trim();
    }

    void handle(String request) {
        log.append(request);
        trim();
    }

    private void trim() {
        // expect: ExplicitGcCall warning
        System.gc();
    }
}
