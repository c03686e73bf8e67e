package dk.samspil.companies.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register in name order in memory, for the company search with words only (or nothing): every company's place in
 * the order {@code lower(name), cvr} (the SQL search's order) and, per search term, the places of the companies that
 * have it. A broad word then needs no visit to the company table's pages for its count and its page: the page's
 * companies are read by id.
 *
 * <p>The index answers only when it is exactly the committed register: each snapshot holds the
 * {@code company_search_version} it was built with (read in the same repeatable-read snapshot as the companies; a
 * trigger raises it in every transaction that changes a company's name, CVR number or terms, or adds or deletes one),
 * and a search compares it with the current version first. When they differ the search is answered by SQL, as before
 * the index, and one rebuild starts in the background; nothing is rebuilt while nobody searches (an import's batches
 * only raise the version).
 */
@Component
class CompanySearchIndex {

    private static final Logger log = LoggerFactory.getLogger(CompanySearchIndex.class);
    private static final int FETCH_SIZE = 1_000;

    /** The companies of one version: ids in name order, and per term the ascending places of its companies. */
    record Snapshot(long version, long[] ids, Map<String, int[]> postings) {}

    /** One page of a search: the companies' ids in name order, and how many match in all. */
    record Hits(List<Long> ids, long total) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshotRead;
    private final TaskExecutor executor;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile @Nullable Snapshot snapshot;

    CompanySearchIndex(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.snapshotRead = new TransactionTemplate(transactions);
        this.snapshotRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshotRead.setReadOnly(true);
        this.executor = executor;
    }

    /**
     * The companies having one form of every word, in name order, from {@code offset}; every company for no words.
     * Empty when the index is not the committed register (then a rebuild is started): ask SQL.
     */
    Optional<Hits> find(List<List<String>> words, int offset, int limit) {
        Snapshot s = snapshot;
        if (s == null || s.version() != currentVersion()) {
            rebuildLater();
            return Optional.empty();
        }
        int[] places = words.isEmpty() ? null : places(s, words);
        int total = places == null ? s.ids().length : places.length;
        List<Long> ids = new ArrayList<>(Math.max(0, Math.min(limit, total - offset)));
        for (int i = offset; i < total && i - offset < limit; i++) {
            ids.add(s.ids()[places == null ? i : places[i]]);
        }
        return Optional.of(new Hits(ids, total));
    }

    /** Whether the index is the committed register now. */
    boolean isCurrent() {
        Snapshot s = snapshot;
        return s != null && s.version() == currentVersion();
    }

    private long currentVersion() {
        Long version = jdbc.queryForObject("SELECT version FROM company_search_version WHERE id = 1", Long.class);
        return version == null ? -1 : version;
    }

    private void rebuildLater() {
        if (rebuilding.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    try {
                        rebuild();
                    } catch (RuntimeException e) {
                        log.warn("Company search index not rebuilt; searches use SQL", e);
                    } finally {
                        rebuilding.set(false);
                    }
                });
            } catch (RuntimeException e) {
                rebuilding.set(false);
                log.warn("Company search index rebuild not started", e);
            }
        }
    }

    /** Builds the index from the committed register, in one snapshot. */
    void rebuild() {
        long started = System.nanoTime();
        Snapshot built = snapshotRead.execute(status -> read());
        if (built != null) {
            synchronized (this) {
                Snapshot before = snapshot;
                if (before != null && before.version() > built.version()) {
                    return; // a rebuild that read later finished first
                }
                snapshot = built;
            }
            log.debug(
                    "Company search index: {} companies, {} terms, version {}, in {} ms",
                    built.ids().length,
                    built.postings().size(),
                    built.version(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private Snapshot read() {
        long version = currentVersion();
        Map<String, Places> postings = new HashMap<>();
        long[][] ids = {new long[1024]};
        int[] count = {0};
        jdbc.query("SELECT id, search_terms FROM company ORDER BY lower(name), cvr", rs -> {
            int place = count[0]++;
            if (place == ids[0].length) {
                ids[0] = Arrays.copyOf(ids[0], place * 2);
            }
            ids[0][place] = rs.getLong(1);
            for (String term : CompanySearchRepository.strings(rs.getArray(2))) {
                postings.computeIfAbsent(term, t -> new Places()).add(place);
            }
        });
        Map<String, int[]> frozen = new HashMap<>(postings.size() * 4 / 3 + 1);
        postings.forEach((term, places) -> frozen.put(term, places.toArray()));
        return new Snapshot(version, Arrays.copyOf(ids[0], count[0]), frozen);
    }

    /** The places having one form of every word: the union of each word's forms, intersected over the words. */
    private static int[] places(Snapshot s, List<List<String>> words) {
        int[] result = null;
        for (List<String> forms : words) {
            int[] word = new int[0];
            for (String form : forms) {
                word = union(word, s.postings().getOrDefault(form, new int[0]));
            }
            result = result == null ? word : intersection(result, word);
            if (result.length == 0) {
                break;
            }
        }
        return result == null ? new int[0] : result;
    }

    static int[] union(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                out[n++] = a[i++];
            } else if (a[i] > b[j]) {
                out[n++] = b[j++];
            } else {
                out[n++] = a[i++];
                j++;
            }
        }
        while (i < a.length) {
            out[n++] = a[i++];
        }
        while (j < b.length) {
            out[n++] = b[j++];
        }
        return Arrays.copyOf(out, n);
    }

    static int[] intersection(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i++];
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Ascending places of one term while the index is built (a company's repeated term counts once). */
    private static final class Places {

        private int[] places = new int[4];
        private int size;

        void add(int place) {
            if (size > 0 && places[size - 1] == place) {
                return;
            }
            if (size == places.length) {
                places = Arrays.copyOf(places, size * 2);
            }
            places[size++] = place;
        }

        int[] toArray() {
            return Arrays.copyOf(places, size);
        }
    }
}
