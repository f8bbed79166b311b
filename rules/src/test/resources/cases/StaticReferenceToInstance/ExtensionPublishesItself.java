// Negative: a Jenkins extension is made once by the extension loader; keeping it in a static is the singleton idiom.
import hudson.Extension;

@Extension
class ExtensionPublishesItself {
    static ExtensionPublishesItself DESCRIPTOR;
    private final StringBuilder state = new StringBuilder();

    ExtensionPublishesItself() {
        DESCRIPTOR = this;
    }
}
