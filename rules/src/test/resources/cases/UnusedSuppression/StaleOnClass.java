// "refflow" on a class with nothing to silence.
// expect: UnusedSuppression note
@SuppressWarnings("refflow")
class StaleOnClass {
    int twice(int x) {
        return 2 * x;
    }
}
