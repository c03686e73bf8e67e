package dk.samspil.companies;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Company register settings under {@code samspil.companies.*}.
 *
 * @param retention         contact persons and notes without activity for this long are erased (contacts) or
 *                          anonymised (notes: text, author and read log emptied; the company's page says so).
 *                          Default five years
 * @param retentionInterval how often the retention job runs
 */
@ConfigurationProperties("samspil.companies")
public record CompaniesProperties(
        @DefaultValue("1826d") Duration retention,
        @DefaultValue("1d") Duration retentionInterval) {
}
