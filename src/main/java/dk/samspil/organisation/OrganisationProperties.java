package dk.samspil.organisation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the organisation module ({@code samspil.organisation.*}).
 *
 * @param layoutCacheTtl how long every page's header and footer reuse the municipality they read; a change saved on
 *                       this instance shows at once, one saved on another instance within this time; {@code 0s}
 *                       reads it for every page
 */
@ConfigurationProperties("samspil.organisation")
public record OrganisationProperties(@DefaultValue("10s") Duration layoutCacheTtl) {}
