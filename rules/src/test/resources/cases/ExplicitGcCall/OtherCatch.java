class OtherCatch {
    void load(Runnable task) {
        try {
            task.run();
        } catch (IllegalStateException e) {
            // expect: ExplicitGcCall
            System.gc();
        }
    }
}
