package dev.dlready.question;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A unit a numeric answer may be given in. Units of one family convert through their factor to the family's base
 * unit (bytes, seconds, FLOP, FLOP/s, B/s, fraction).
 */
public record Unit(String symbol, Family family, double factor) {

    public enum Family {
        DATA_SIZE,
        TIME,
        COMPUTE,
        THROUGHPUT,
        BANDWIDTH,
        FRACTION
    }

    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

    static {
        add("bit", Family.DATA_SIZE, 1.0 / 8);
        add("B", Family.DATA_SIZE, 1);
        add("KB", Family.DATA_SIZE, 1e3);
        add("MB", Family.DATA_SIZE, 1e6);
        add("GB", Family.DATA_SIZE, 1e9);
        add("TB", Family.DATA_SIZE, 1e12);
        add("KiB", Family.DATA_SIZE, 1024.0);
        add("MiB", Family.DATA_SIZE, 1024.0 * 1024);
        add("GiB", Family.DATA_SIZE, 1024.0 * 1024 * 1024);
        add("TiB", Family.DATA_SIZE, 1024.0 * 1024 * 1024 * 1024);
        add("ns", Family.TIME, 1e-9);
        add("us", Family.TIME, 1e-6);
        add("ms", Family.TIME, 1e-3);
        add("s", Family.TIME, 1);
        add("min", Family.TIME, 60);
        add("h", Family.TIME, 3600);
        add("FLOP", Family.COMPUTE, 1);
        add("KFLOP", Family.COMPUTE, 1e3);
        add("MFLOP", Family.COMPUTE, 1e6);
        add("GFLOP", Family.COMPUTE, 1e9);
        add("TFLOP", Family.COMPUTE, 1e12);
        add("PFLOP", Family.COMPUTE, 1e15);
        add("EFLOP", Family.COMPUTE, 1e18);
        add("FLOP/s", Family.THROUGHPUT, 1);
        add("GFLOP/s", Family.THROUGHPUT, 1e9);
        add("TFLOP/s", Family.THROUGHPUT, 1e12);
        add("PFLOP/s", Family.THROUGHPUT, 1e15);
        add("B/s", Family.BANDWIDTH, 1);
        add("MB/s", Family.BANDWIDTH, 1e6);
        add("GB/s", Family.BANDWIDTH, 1e9);
        add("TB/s", Family.BANDWIDTH, 1e12);
        add("GiB/s", Family.BANDWIDTH, 1024.0 * 1024 * 1024);
        add("%", Family.FRACTION, 0.01);
        add("fraction", Family.FRACTION, 1);
    }

    private static void add(String symbol, Family family, double factor) {
        UNITS.put(symbol, new Unit(symbol, family, factor));
    }

    public static Optional<Unit> of(String symbol) {
        return Optional.ofNullable(UNITS.get(symbol));
    }

    /** Converts a value given in this unit into {@code target}; both must be of one family. */
    public double convert(double value, Unit target) {
        if (family != target.family) {
            throw new IllegalArgumentException("Cannot convert " + symbol + " to " + target.symbol);
        }
        return value * factor / target.factor;
    }
}
