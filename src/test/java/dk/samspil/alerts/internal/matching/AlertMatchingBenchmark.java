package dk.samspil.alerts.internal.matching;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.platform.text.DanishText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The alert matching benchmark, run by {@code bench/alert-matching <subscriptions> [entries]} (see
 * docs/performance.md): builds a {@link SubscriptionIndex} of generated subscriptions without a database, then times
 * the engine and two full scans per entry and checks that all give the same matches with the same reasons: the plain
 * full scan ({@link PlainFullScan}, the baseline of the speed-up) and {@link MatchRules} over the engine's own records.
 */
final class AlertMatchingBenchmark {

    private static final String NOTIFY_ON = "NEW_ENTRY";
    private static final long SEED = 20261127L;
    private static final int BLOCK = 50;

    private AlertMatchingBenchmark() {}

    public static void main(String[] args) {
        int subscriptions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int scanned = Math.min(entries, Math.max(100, (int) (200_000_000L / Math.max(1, subscriptions))));

        CpvCatalogue cpv = new CpvCatalogue();
        DanishText text = cpv.danishText();
        GeneratedSubscriptions generator = new GeneratedSubscriptions(cpv, SEED);
        List<MatchableSubscription> generated = new ArrayList<>(subscriptions);
        for (int i = 0; i < subscriptions; i++) {
            generated.add(generator.subscription());
        }
        long before = usedHeap();
        long start = System.nanoTime();
        SubscriptionIndex index = new SubscriptionIndex(text);
        for (MatchableSubscription subscription : generated) {
            index.put(subscription);
        }
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        long indexBytes = usedHeap() - before;
        List<MatchTarget> targets = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            targets.add(generator.entry());
        }
        System.out.printf(
                Locale.ROOT,
                "index: %d subscriptions built in %d ms, %.1f MB heap after GC (max heap %d MB)%n",
                index.size(),
                buildMs,
                indexBytes / 1e6,
                Runtime.getRuntime().maxMemory() / 1_000_000);

        PlainFullScan plainScan = new PlainFullScan(generated, index);
        FullScanMatcher recordScan = new FullScanMatcher(index);
        // Three rounds left the JIT still compiling the hot loops: warm up for at least ten seconds.
        long warmUpEnd = System.nanoTime() + 10_000_000_000L;
        for (int round = 0; round < 3 || System.nanoTime() < warmUpEnd; round++) {
            for (MatchTarget target : targets) {
                index.match(target, NOTIFY_ON);
            }
        }
        for (int i = 0; i < Math.min(scanned, 50); i++) {
            plainScan.match(targets.get(i), NOTIFY_ON);
            recordScan.match(targets.get(i), NOTIFY_ON);
        }

        // The matchers take turns on blocks of entries, so a busy machine slows them alike; per entry, a full scan
        // (streaming every subscription) would flush the engine's postings out of the CPU caches each time.
        long[] engineNs = new long[entries];
        long[] plainNs = new long[scanned];
        long[] recordNs = new long[scanned];
        long totalMatches = 0;
        boolean identical = true;
        for (int from = 0; from < entries; from += BLOCK) {
            int to = Math.min(entries, from + BLOCK);
            List<List<SubscriptionMatch>> results = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                long t0 = System.nanoTime();
                List<SubscriptionMatch> matches = index.match(targets.get(i), NOTIFY_ON);
                engineNs[i] = System.nanoTime() - t0;
                totalMatches += matches.size();
                results.add(matches);
            }
            for (int i = from; i < Math.min(to, scanned); i++) {
                long t1 = System.nanoTime();
                List<SubscriptionMatch> plain = plainScan.match(targets.get(i), NOTIFY_ON);
                plainNs[i] = System.nanoTime() - t1;
                long t2 = System.nanoTime();
                List<SubscriptionMatch> records = recordScan.match(targets.get(i), NOTIFY_ON);
                recordNs[i] = System.nanoTime() - t2;
                List<SubscriptionMatch> engine = sorted(results.get(i - from));
                if (!sorted(plain).equals(engine) || !sorted(records).equals(engine)) {
                    identical = false;
                    System.out.println("different results for entry " + i + ": "
                            + targets.get(i).title());
                }
            }
        }
        double engineUs = median(engineNs) / 1000.0;
        double plainUs = median(plainNs) / 1000.0;
        double recordUs = median(recordNs) / 1000.0;
        System.out.printf(
                Locale.ROOT,
                "engine: median %.1f µs, p90 %.1f µs over %d entries; plain full scan: median "
                        + "%.1f µs over the first %d%n",
                engineUs,
                percentile(engineNs, 0.9) / 1000.0,
                entries,
                plainUs,
                scanned);
        System.out.printf(
                Locale.ROOT,
                "the same rules over the engine's own records (MatchRules on every record, "
                        + "with the engine's hit bit sets): median %.1f µs, speedup %.1f%n",
                recordUs,
                recordUs / engineUs);
        System.out.printf(
                Locale.ROOT,
                "alert-matching subscriptions=%d entries=%d avg_matches=%d engine_median_us=%.1f "
                        + "full_scan_median_us=%.1f speedup=%.1f identical=%b%n",
                subscriptions,
                entries,
                Math.round((double) totalMatches / entries),
                engineUs,
                plainUs,
                plainUs / engineUs,
                identical);
        if (!identical) {
            System.exit(1);
        }
    }

    private static List<SubscriptionMatch> sorted(List<SubscriptionMatch> matches) {
        List<SubscriptionMatch> copy = new ArrayList<>(matches);
        copy.sort(Comparator.comparingLong(SubscriptionMatch::subscriptionId));
        return copy;
    }

    private static double median(long[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
