// Positive: each screen publishes itself in a static when created and nothing clears it: the closed screen stays.
class ScreenKeepsItself {
    static ScreenKeepsItself current;
    private final StringBuilder content = new StringBuilder();

    void onCreate() {
        // expect: StaticReferenceToInstance
        current = this;
        content.append("ready");
    }
}
