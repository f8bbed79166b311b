class OwnGcMethod {
    private int garbage;

    void gc() {
        garbage = 0;
    }

    void run() {
        gc();
        this.gc();
    }
}
