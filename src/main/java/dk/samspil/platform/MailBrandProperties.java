package dk.samspil.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the HTML part of every e-mail looks, under {@code samspil.mail-brand.*}. Documented in
 * {@code docs/configuration.md}. The outbox writes that part from the plain text, so these are the only settings of
 * its look.
 *
 * @param name       the name in the mail's banner, e.g. {@code Slagelse Kommune}; without it the sender's display name
 *                   ({@code samspil.mail.from-name}), else {@code Samspil}
 * @param colour     the banner's background and the links' colour, {@code #rrggbb}; choose one white text on it is
 *                   readable (contrast 4.5:1)
 * @param textColour the banner's text colour, {@code #rrggbb}
 */
@Validated
@ConfigurationProperties("samspil.mail-brand")
public record MailBrandProperties(
        @Nullable String name,

        @DefaultValue("#004993") @NotBlank @Pattern(regexp = COLOUR, message = "must be a colour like #004993")
        String colour,

        @DefaultValue("#ffffff") @NotBlank @Pattern(regexp = COLOUR, message = "must be a colour like #ffffff")
        String textColour) {

    static final String COLOUR = "#[0-9a-fA-F]{6}";
}
