package dk.samspil.companies.internal;

import dk.samspil.platform.PageFragment;
import dk.samspil.platform.Roles;
import dk.samspil.platform.StartPageSection;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's start page: the latest CVR import and the way to the import page. */
@Component
class CvrImportStartSection implements StartPageSection {

    record Model(CompanyImportRepository.@Nullable ImportRecord latest) {}

    private final CompanyImportRepository imports;

    CvrImportStartSection(CompanyImportRepository imports) {
        this.imports = imports;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN);
    }

    @Override
    public int order() {
        return 850;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PageFragment> fragment() {
        return Optional.of(new PageFragment(
                "companies/import/start",
                "cvrImport",
                new Model(imports.recent(1).stream().findFirst().orElse(null))));
    }
}
