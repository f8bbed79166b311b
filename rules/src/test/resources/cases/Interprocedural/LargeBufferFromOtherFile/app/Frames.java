package app;

import app.io.Buffers;

// Positive (with Buffers.java): 8 MiB asked for here, allocated there, returned to this method's caller.
class Frames {
    byte[] frame() {
        // expect: LargeAllocationReturned
        return Buffers.newBuffer(8 << 20);
    }
}
