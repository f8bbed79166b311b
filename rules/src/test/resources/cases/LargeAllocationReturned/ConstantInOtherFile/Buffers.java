package demo.io;

import demo.config.Sizes;

class Buffers {
    char[] allocate() {
        char[] chars = new char[Sizes.BUFFER];
        // expect: LargeAllocationReturned
        return chars;
    }

    char[] small() {
        return new char[Sizes.KB];
    }
}
