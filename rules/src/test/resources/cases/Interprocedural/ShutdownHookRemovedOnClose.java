// Negative: the hook uses this, but it is kept in a field and removed again on close.
class ShutdownHookRemovedOnClose {
    private Thread hook;
    private int pending;

    void open() {
        hook = new Thread(this::flush);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    void close() {
        Runtime.getRuntime().removeShutdownHook(hook);
    }

    private void flush() {
        pending = 0;
    }
}
