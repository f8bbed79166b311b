class LinkedNodesAreFieldsNotContainers {
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
