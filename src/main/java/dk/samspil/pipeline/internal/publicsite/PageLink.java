package dk.samspil.pipeline.internal.publicsite;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One slot of the pagination: a page number with its URL, or (number 0) a gap. Shows the first and last page and
 * the pages next to the current one, as the design system's pagination does.
 */
record PageLink(int number, String url, boolean current) {

    public boolean gap() {
        return number == 0;
    }

    static List<PageLink> around(ProcurementQuery query, ProcurementPage page) {
        int last = page.totalPages();
        if (last <= 1) {
            return List.of();
        }
        TreeSet<Integer> numbers = new TreeSet<>(List.of(1, last));
        for (int n = page.page() - 1; n <= page.page() + 1; n++) {
            if (n >= 1 && n <= last) {
                numbers.add(n);
            }
        }
        List<PageLink> links = new ArrayList<>();
        int previous = 0;
        for (int n : numbers) {
            if (n > previous + 1) {
                links.add(new PageLink(0, null, false));
            }
            links.add(new PageLink(n, SearchForm.url(query.withPage(n)), n == page.page()));
            previous = n;
        }
        return links;
    }
}
