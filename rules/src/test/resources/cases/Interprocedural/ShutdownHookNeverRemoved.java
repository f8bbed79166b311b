// The same hook, kept in a field, but nothing removes it: the JVM's hook list keeps this object until exit.
class ShutdownHookNeverRemoved {
    private Thread hook;
    private int pending;

    void open() {
        hook = new Thread(this::flush);
        // expect: CapturedOuterInstance
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private void flush() {
        pending = 0;
    }
}
