class ArraysHoldEachOther {
    Object[] link() {
        Object[] a = new Object[1];
        Object[] b = new Object[1];
        a[0] = b;
        // expect: CyclicReference warning
        b[0] = a;
        return a;
    }
}
