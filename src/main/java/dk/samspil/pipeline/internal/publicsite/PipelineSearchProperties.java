package dk.samspil.pipeline.internal.publicsite;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Public search settings under {@code samspil.pipeline.search}.
 *
 * @param cacheTtl  how long a result page is reused; this instance forgets its pages at once when an entry is
 *                  published or changed, other instances within this time. {@code 0s} turns the cache off.
 * @param cacheSize how many distinct searches are kept
 * @param indexCheck how often the in-memory search index asks the database whether another instance has published
 *                   or changed an entry (this instance's own changes rebuild it at once)
 */
@ConfigurationProperties("samspil.pipeline.search")
record PipelineSearchProperties(
        @DefaultValue("5s") Duration cacheTtl,
        @DefaultValue("1000") int cacheSize,
        @DefaultValue("5s") Duration indexCheck) {}
