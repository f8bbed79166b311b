// Shutdown hooks built from `this::flush` and from an anonymous Thread calling an instance method retain the object until exit.
class ShutdownHookCapturesThis {
    private final StringBuilder buffer = new StringBuilder();

    void installFlush() {
        // expect: CapturedOuterInstance
        Runtime.getRuntime().addShutdownHook(new Thread(this::flush));
    }

    void installAnonymous() {
        // expect: CapturedOuterInstance
        Runtime.getRuntime().addShutdownHook(new Thread() {
            @Override
            public void run() {
                flush();
            }
        });
    }

    void flush() {
        System.out.print(buffer);
    }
}
