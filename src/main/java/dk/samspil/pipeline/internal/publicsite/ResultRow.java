package dk.samspil.pipeline.internal.publicsite;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the public list, every value as text in the reader's language; {@code titleHtml} and
 * {@code snippetHtml} are escaped HTML with the matched words marked. Public for the compiled result template.
 */
public record ResultRow(
        String href,
        String titleHtml,
        String reference,
        @Nullable String buyingUnit,
        String period,
        String value,
        String status,
        boolean sme,
        boolean consortia,
        @Nullable String lastChanged,
        String snippetHtml) {}
