// Negative: 200,000 ints filled in a loop live in the array's own slots: about 800 KB, below the 1 MiB threshold
// (they are not boxed Integers).
class PrimitiveArrayFilledInLoop {
    int[] squares() {
        int[] out = new int[200_000];
        for (int i = 0; i < out.length; i++) {
            out[i] = i * i;
        }
        return out;
    }

    long[] stamps() {
        long[] out = new long[100_000];
        for (int i = 0; i < 100_000; i++) {
            out[i] = System.nanoTime();
        }
        return out;
    }
}
