// A non-static inner class whose body uses only its own state does not really capture its outer instance.
class InnerClassNotUsingOuter {
    static Counter shared;

    class Counter {
        private int count;

        void increment() {
            count++;
        }

        int count() {
            return count;
        }
    }

    void init() {
        shared = new Counter();
    }
}
