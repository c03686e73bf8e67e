package dk.samspil.pipeline.internal.opendata;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The parts of the Open Contracting Data Standard 1.1 that Samspil publishes, as JSON-shaped records. Empty and
 * missing values are left out, as the standard asks.
 */
final class Ocds {

    static final String VERSION = "1.1";
    static final String CURRENCY = "DKK";
    /** Lots ({@code tender.lots}, {@code items[].relatedLot}) are not in the core schema but in this extension. */
    static final List<String> EXTENSIONS = List.of(
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json");

    private Ocds() {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ReleasePackage(
            String uri,
            String version,
            List<String> extensions,
            String publishedDate,
            Publisher publisher,
            List<Release> releases) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record RecordPackage(
            String uri,
            String version,
            List<String> extensions,
            String publishedDate,
            Publisher publisher,
            List<String> packages,
            List<Record> records) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Record(String ocid, List<LinkedRelease> releases, Release compiledRelease) {}

    /** A release of a record given by reference: where it is, when, and what it was. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record LinkedRelease(String url, String date, List<String> tag) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Publisher(String name, String scheme, String uid, String uri) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Release(
            String ocid,
            String id,
            String date,
            List<String> tag,
            String initiationType,
            String language,
            List<Party> parties,
            OrganizationReference buyer,
            Planning planning,
            Tender tender) {

        Release compiled(String compiledId) {
            return new Release(
                    ocid,
                    compiledId,
                    date,
                    List.of("compiled"),
                    initiationType,
                    language,
                    parties,
                    buyer,
                    planning,
                    tender);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Party(
            String id,
            String name,
            Identifier identifier,
            Address address,
            ContactPoint contactPoint,
            List<String> roles) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Identifier(String scheme, String id, String legalName) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Address(String streetAddress, String locality, String postalCode, String countryName) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ContactPoint(String name, String email, String telephone, String url) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record OrganizationReference(String id, String name) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Planning(Budget budget) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Budget(String description, Value amount) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Value(BigDecimal amount, String currency) {

        static Value dkk(BigDecimal amount) {
            return amount == null ? null : new Value(amount, CURRENCY);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Tender(
            String id,
            String title,
            String description,
            String status,
            OrganizationReference procuringEntity,
            Value value,
            String procurementMethod,
            String procurementMethodDetails,
            String mainProcurementCategory,
            List<Item> items,
            List<Lot> lots,
            Period tenderPeriod,
            Period contractPeriod,
            List<Document> documents) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Item(
            String id,
            String description,
            Classification classification,
            List<Classification> additionalClassifications,
            String relatedLot) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Classification(String scheme, String id, String description) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Lot(String id, String title, Value value) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Period(String startDate, String endDate) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Document(String id, String documentType, String title, String url, String language) {}
}
