package dk.samspil.companies.internal;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.platform.text.DanishText;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a company is found by, worked out with the one Danish text analysis of Samspil (the instance public search and
 * alert matching use, with the words of the Danish CPV labels as compound parts): every word of its texts with its
 * folded stem and compound parts. A query word finds a company when its stem or its folded form is among them, so
 * "rengøring" finds "Vinduesrengøring ApS" and "raadgivning" finds "Rådgivende ingeniører".
 */
@Component
class CompanySearchTerms {

    private final CpvCatalogue cpv;

    CompanySearchTerms(CpvCatalogue cpv) {
        this.cpv = cpv;
    }

    /** The terms of a company's own facts (name, secondary names, industry text). */
    String[] facts(String name, Collection<String> secondaryNames, @Nullable String industryText) {
        Set<String> terms = new LinkedHashSet<>();
        add(terms, name);
        secondaryNames.forEach(secondary -> add(terms, secondary));
        add(terms, industryText);
        return terms.toArray(String[]::new);
    }

    /** The terms of what staff wrote about the company (tags, notes' titles). */
    String[] extra(Collection<String> tags, Collection<String> noteTitles) {
        Set<String> terms = new LinkedHashSet<>();
        tags.forEach(tag -> add(terms, tag));
        noteTitles.forEach(title -> add(terms, title));
        return terms.toArray(String[]::new);
    }

    /**
     * For each word of the query, the forms it is looked up by (its folded stem and its folded self): a company must
     * have one form of every word. Empty when the query has no words.
     */
    List<List<String>> query(String query) {
        return DanishText.tokens(query).stream()
                .map(token -> DanishText.keywordForms(token.written()))
                .filter(forms -> !forms.isEmpty())
                .toList();
    }

    private void add(Set<String> terms, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        DanishText analysis = cpv.danishText();
        for (DanishText.Token token : DanishText.tokens(text)) {
            terms.addAll(List.of(analysis.word(token.lower()).forms()));
            terms.add(DanishText.fold(token.lower()));
        }
    }
}
