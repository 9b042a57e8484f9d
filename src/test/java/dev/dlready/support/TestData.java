package dev.dlready.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Unique values, because every test context in the JVM shares one in-memory database. */
public final class TestData {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestData() {}

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + COUNTER.incrementAndGet() + "@example.org";
    }
}
