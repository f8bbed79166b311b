package app;

public class Peer {
    private final Object owner;

    public Peer(Object owner) {
        this.owner = owner;
    }

    public static Peer of(Object owner) {
        return new Peer(owner);
    }
}
