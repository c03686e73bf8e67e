package dk.samspil.tendernews;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of tender news ({@code samspil.tendernews.*}).
 *
 * @param maxNoticeSize the largest notice accepted (a notice with hundreds of lots is a few MB)
 */
@ConfigurationProperties("samspil.tendernews")
public record TenderNewsProperties(@DefaultValue("50MB") DataSize maxNoticeSize) {}
