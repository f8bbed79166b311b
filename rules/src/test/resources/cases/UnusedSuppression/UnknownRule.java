// A rule that does not exist suppresses nothing, and the note names the real ones.
class UnknownRule {
    // expect: UnusedSuppression note
    @SuppressWarnings("refflow:MemoryLeak")
    void work() {
        System.out.println("work");
    }
}
