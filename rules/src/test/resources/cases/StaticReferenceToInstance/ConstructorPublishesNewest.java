// Positive: a public constructor publishes every new instance; the class keeps the newest one alive.
class ConstructorPublishesNewest {
    static ConstructorPublishesNewest latest;
    private final byte[] buffer;

    ConstructorPublishesNewest(int size) {
        buffer = new byte[size];
        // expect: StaticReferenceToInstance warning
        latest = this;
    }
}

class Uploads {
    int receive(int size) {
        return new ConstructorPublishesNewest(size).hashCode();
    }
}
