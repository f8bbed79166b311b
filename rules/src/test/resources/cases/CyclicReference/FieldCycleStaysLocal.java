// Parent and child pointers that never leave the method: ordinary design, not reported at all.
class FieldCycleStaysLocal {
    static final class Node {
        Node parent;
        Node child;
        int depth;
    }

    int depth() {
        Node root = new Node();
        Node leaf = new Node();
        root.child = leaf;
        leaf.parent = root;
        leaf.depth = root.depth + 1;
        return leaf.depth;
    }
}
