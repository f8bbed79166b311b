// The callee's own constant makes the array large: it is reported there, once, not again at every caller.
class LargeCalleeReportedOnce {
    int[] outer() {
        return middle();
    }

    private int[] middle() {
        return inner();
    }

    private int[] inner() {
        int[] big = new int[1_000_000];
        // expect: LargeAllocationReturned
        return big;
    }
}
