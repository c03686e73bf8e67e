package dk.samspil.engagement.internal.ideas;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of OPI ideas and event material under {@code samspil.engagement.ideas.*}.
 *
 * @param maxFileSize       largest attachment of an idea and largest material file (keep it below
 *                          {@code spring.servlet.multipart.max-file-size})
 * @param contactRetention  contact data of a closed idea (taken forward or declined) is erased this long after closing
 * @param manageLinkValidity how long the submitter's link to see and delete the idea works
 * @param cleanupInterval   how often the erasure of expired contact data runs
 */
@ConfigurationProperties("samspil.engagement.ideas")
record IdeasProperties(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("3y") Period contactRetention,
        @DefaultValue("365d") Duration manageLinkValidity,
        @DefaultValue("6h") Duration cleanupInterval) {}
