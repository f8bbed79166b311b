// Doubly linked nodes returned to the caller: the collector frees the pair together once the caller drops it.
class LinkedNodesEscapeAreSilent {
    static final class Node {
        Node next;
        Node prev;
    }

    Node pair() {
        Node a = new Node();
        Node b = new Node();
        a.next = b;
        b.prev = a;
        return a;
    }
}
