package dk.samspil.pipeline.internal.importing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the plan import, under {@code samspil.pipeline.import}.
 *
 * @param maxRows        most data rows in one file; bigger files are refused before they are read to the end
 * @param maxBytes       largest file accepted (keep it below {@code spring.servlet.multipart.max-file-size})
 * @param previewLifetime how long an uploaded file waits for the officer to confirm its preview
 */
@Validated
@ConfigurationProperties("samspil.pipeline.import")
record ImportProperties(
        @DefaultValue("2000") @Min(1) @Max(100_000) int maxRows,
        @DefaultValue("5MB") DataSize maxBytes,
        @DefaultValue("2h") Duration previewLifetime) {}
