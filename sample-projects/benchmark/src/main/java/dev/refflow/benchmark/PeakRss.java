package dev.refflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peak resident set size of a child process, read from Linux's {@code /proc/PID/status} (VmHWM, the
 * high-water mark, so polling can only miss growth in the last few milliseconds). -1 where there is no /proc.
 */
final class PeakRss {
    private PeakRss() {
    }

    /** Polls until the process ends; returns its last seen high-water mark in KiB. */
    static long follow(Process process) throws InterruptedException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = -1;
        while (process.isAlive()) {
            peak = Math.max(peak, read(status));
            Thread.sleep(5);
        }
        return peak;
    }

    private static long read(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between the check and the read, or there is no /proc
        }
        return -1;
    }
}
