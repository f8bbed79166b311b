// A doubly linked pair of ordinary objects held by a static: next/prev is the list itself. The static keeps what it
// holds either way; the cycle adds nothing to that, so it is not a finding (only a container cycle under a static is).
class FieldCycleHeldByStaticIsSilent {
    static final class Node {
        Node next;
        Node prev;
    }

    static Node head;

    static void init() {
        Node a = new Node();
        Node b = new Node();
        a.next = b;
        b.prev = a;
        head = a;
    }
}
