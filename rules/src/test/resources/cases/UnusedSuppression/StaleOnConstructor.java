class StaleOnConstructor {
    private final String name;

    // expect: UnusedSuppression note
    @SuppressWarnings("refflow:ListenerNeverRemoved")
    StaleOnConstructor(String name) {
        this.name = name;
    }
}
