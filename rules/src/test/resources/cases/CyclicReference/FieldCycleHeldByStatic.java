// A doubly linked pair of ordinary objects held by a static: a warning (static root), not an error.
class FieldCycleHeldByStatic {
    static final class Node {
        Node next;
        Node prev;
    }

    static Node head;

    static void init() {
        Node a = new Node();
        Node b = new Node();
        a.next = b;
        // expect: CyclicReference warning
        b.prev = a;
        head = a;
    }
}
