package dk.samspil.pipeline.internal.procurement;

import dk.samspil.pipeline.ContractType;
import dk.samspil.pipeline.EstimatedValue;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * EU procurement thresholds for municipalities in DKK excluding VAT, under {@code samspil.pipeline.eu-thresholds}.
 * They change every two years on 1 January; the defaults and their legal source are in docs/configuration.md.
 */
@ConfigurationProperties("samspil.pipeline.eu-thresholds")
record EuThresholds(
        @DefaultValue("41212744") BigDecimal works,
        @DefaultValue("1644638") BigDecimal supplies,
        @DefaultValue("1644638") BigDecimal services,
        @DefaultValue("5581350") BigDecimal socialServices) {

    public BigDecimal threshold(ContractType type) {
        return switch (type) {
            case WORKS -> works;
            case SUPPLIES -> supplies;
            case SERVICES -> services;
            case SOCIAL_SERVICES -> socialServices;
        };
    }

    /** At or above the threshold for the contract type; unknown values are not above. */
    public boolean above(ContractType type, EstimatedValue value) {
        return type != null
                && value != null
                && value.known()
                && value.reference().compareTo(threshold(type)) >= 0;
    }
}
