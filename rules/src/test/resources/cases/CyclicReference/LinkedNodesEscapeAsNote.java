class LinkedNodesEscapeAsNote {
    static final class Node {
        Node next;
        Node prev;
    }

    Node pair() {
        Node a = new Node();
        Node b = new Node();
        a.next = b;
        // expect: CyclicReference note
        b.prev = a;
        return a;
    }
}
