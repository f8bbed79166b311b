class CacheBenchmark {
    void setUp() {
        System.gc();
    }
}
