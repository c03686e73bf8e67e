package dk.samspil.pipeline.internal.publicsite;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvCode;
import dk.samspil.codelists.CpvEntry;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the public pages need beyond an entry's values (those come from {@code @entryPresenter}), usable in templates
 * as {@code ${@pipelineDisplay.paragraphs(x)}}: CPV hierarchies and description paragraphs.
 */
@Component("pipelineDisplay")
class PipelineDisplay {

    private final CpvCatalogue cpv;

    PipelineDisplay(CpvCatalogue cpv) {
        this.cpv = cpv;
    }

    /** The code's place in the hierarchy, from its division down to the code itself. */
    public List<CpvEntry> cpvPath(String code) {
        return CpvCode.tryParse(code).map(cpv::path).orElse(List.of());
    }

    public String cpvEntryLabel(CpvEntry entry) {
        return entry.label(LocaleContextHolder.getLocale());
    }

    /** Plain text split into paragraphs on blank lines; the template escapes each one. */
    public List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
