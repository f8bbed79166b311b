class TimingCode {
    long measure(Runnable task) {
        System.gc();
        long start = System.nanoTime();
        task.run();
        return System.nanoTime() - start;
    }
}
