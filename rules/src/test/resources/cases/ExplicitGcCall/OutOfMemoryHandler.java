class OutOfMemoryHandler {
    byte[] tryAllocate(int size) {
        try {
            return new byte[size];
        } catch (OutOfMemoryError e) {
            System.gc();
            return new byte[size / 2];
        }
    }
}
