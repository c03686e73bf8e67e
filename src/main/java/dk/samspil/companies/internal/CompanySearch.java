package dk.samspil.companies.internal;

import dk.samspil.companies.CompanyInterestSource;
import dk.samspil.platform.Cvr;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds companies by a {@link CompanyFilter}: Danish full-text search over the precomputed search terms
 * ({@link CompanySearchTerms}), and the filters. Keeps each company's terms when its tags or notes change (the CVR
 * import writes the terms of the facts it imports itself) and fills in the terms of companies from before they existed.
 */
@Service
class CompanySearch {

    private static final Logger log = LoggerFactory.getLogger(CompanySearch.class);
    static final int MAX_PAGE_SIZE = 200;
    private static final int BACKFILL_BATCH = 500;

    /** One page of companies, and how many there are in all. */
    record Page(List<CompanyRow> companies, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final CompanySearchRepository repository;
    private final CompanySearchTerms terms;
    private final CompanySearchIndex index;
    private final List<CompanyInterestSource> interests;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CompanySearch(
            CompanySearchRepository repository,
            CompanySearchTerms terms,
            CompanySearchIndex index,
            List<CompanyInterestSource> interests,
            TransactionTemplate transactions,
            Clock clock) {
        this.repository = repository;
        this.terms = terms;
        this.index = index;
        this.interests = interests;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param organisation the viewer's organisation: only visits shared with it count for "visited in the last months"
     * @throws Rejected when the filter breaks a rule
     */
    @Transactional(readOnly = true)
    Page find(CompanyFilter filter, @Nullable StaffOrganisation organisation, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new Rejected(new Violation("size", "companies.filter.error.page", MAX_PAGE_SIZE));
        }
        Optional<CompanySearchIndex.Hits> hits = fromIndex(filter, page * size, size);
        if (hits.isPresent()) {
            return new Page(repository.rows(hits.get().ids()), hits.get().total(), page, size);
        }
        CompanySearchRepository.Found found = repository.pageWithTotal(where(filter, organisation), page * size, size);
        return new Page(found.rows(), found.total(), page, size);
    }

    /** A search by words only (or the whole register) from the in-memory index, when it is current. */
    private Optional<CompanySearchIndex.Hits> fromIndex(CompanyFilter raw, int offset, int size) {
        CompanyFilter filter = raw.normalised();
        String q = filter.q() == null ? "" : filter.q();
        if (!filter.violations().isEmpty() || !filter.withoutWords().isEmpty() || Cvr.isValid(q)) {
            return Optional.empty();
        }
        return index.find(terms.query(q), offset, size);
    }

    /** The CVR numbers of every company the filter holds. */
    @Transactional(readOnly = true)
    List<String> cvrs(CompanyFilter filter, @Nullable StaffOrganisation organisation) {
        return repository.cvrs(where(filter, organisation));
    }

    /** Every company the filter holds, for an export. */
    @Transactional(readOnly = true)
    List<CompanyRow> all(CompanyFilter filter, @Nullable StaffOrganisation organisation) {
        CompanySearchRepository.Where where = where(filter, organisation);
        return repository.page(where, 0, Integer.MAX_VALUE);
    }

    private CompanySearchRepository.Where where(CompanyFilter raw, @Nullable StaffOrganisation organisation) {
        CompanyFilter filter = raw.normalised();
        List<Violation> violations = filter.violations();
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        String q = filter.q() == null ? "" : filter.q();
        String cvr = Cvr.isValid(q) ? Cvr.normalize(q) : null;
        List<List<String>> words = cvr == null ? terms.query(q) : List.of();
        Collection<String> interested = null;
        String cpv = filter.cpvPrefix();
        if (cpv != null) {
            Set<String> found = new HashSet<>();
            interests.forEach(source -> found.addAll(source.interestedIn(cpv)));
            interested = found;
        }
        List<String> sharings = Arrays.stream(Sharing.values())
                .filter(s -> organisation == null ? s == Sharing.ALL : s.readableBy(organisation))
                .map(Enum::name)
                .toList();
        return repository.where(
                filter, words, cvr, interested, sharings, LocalDate.now(clock.withZone(DanishFormats.ZONE)));
    }

    @Transactional(readOnly = true)
    List<String> employeeBands() {
        return repository.employeeBands();
    }

    @Transactional(readOnly = true)
    List<String> tagsInUse() {
        return repository.tagsInUse(50);
    }

    @Transactional(readOnly = true)
    List<String> tags(Company company) {
        return repository.tags(company.id());
    }

    /** Sets the company's tags (normalised) and its search terms with them. */
    @Transactional
    List<String> setTags(Company company, String text) {
        List<String> tags = CompanyTags.parse(text);
        if (tags.size() > CompanyTags.MAX_TAGS || tags.stream().anyMatch(t -> t.length() > CompanyTags.MAX_LENGTH)) {
            throw new Rejected(
                    new Violation("tags", "companies.tags.error", CompanyTags.MAX_TAGS, CompanyTags.MAX_LENGTH));
        }
        repository.setTags(company.id(), tags);
        refresh(List.of(company.id()));
        return tags;
    }

    /** Works the companies' search terms out again from their facts, tags and notes' titles. */
    @Transactional
    void refresh(Collection<Long> companyIds) {
        repository.setTerms(repository.sources(companyIds).stream()
                .map(s -> new CompanySearchRepository.Terms(
                        s.id(),
                        terms.facts(s.name(), s.secondaryNames(), s.industryText()),
                        terms.extra(s.tags(), s.noteTitles())))
                .toList());
    }

    /** Fills in the terms of the companies that have none (from before the terms existed), a batch at a time. */
    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        int filled = 0;
        while (true) {
            List<Long> ids = transactions.execute(status -> {
                List<Long> batch = repository.withoutTerms(BACKFILL_BATCH);
                refresh(batch);
                return batch;
            });
            if (ids == null || ids.isEmpty()) {
                break;
            }
            filled += ids.size();
        }
        if (filled > 0) {
            log.info("Search terms worked out for {} companies", filled);
        }
    }

    /** The employee band as people write it: {@code ANTAL_10_19} is 10–19, {@code ANTAL_1000_999999} is 1000+. */
    static @Nullable String band(@Nullable String band) {
        if (band == null) {
            return null;
        }
        String[] parts = band.replace("ANTAL_", "").split("_");
        if (parts.length != 2) {
            return band;
        }
        if (parts[0].equals(parts[1])) {
            return parts[0];
        }
        return parts[1].startsWith("99999") ? parts[0] + "+" : parts[0] + "–" + parts[1];
    }

    /** Where the band begins, for sorting. */
    static long bandStart(String band) {
        return Optional.of(band.replace("ANTAL_", "").split("_")[0])
                .filter(s -> s.matches("[0-9]{1,9}"))
                .map(Long::parseLong)
                .orElse(Long.MAX_VALUE);
    }
}
