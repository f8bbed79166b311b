class ProjectRuntimeType {
    static final class Runtime {
        static Runtime getRuntime() {
            return new Runtime();
        }

        void gc() {
        }
    }

    void cleanUp() {
        Runtime.getRuntime().gc();
    }
}
