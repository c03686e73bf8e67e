package dk.samspil.tendernews.internal;

import dk.samspil.tendernews.internal.Notice.Award;
import dk.samspil.tendernews.internal.Notice.Change;
import dk.samspil.tendernews.internal.Notice.NoticeLot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the fields Samspil needs from a schema-valid eForms notice, by the paths of the SDK's field definitions.
 * Refuses a notice without what every notice must have (an empty notice passes the schema).
 */
@Component
class NoticeReader {

    private static final Map<String, String> NAMESPACES = Map.of(
            "cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
            "cac", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
            "ext", "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
            "efext", "http://data.europa.eu/p27/eforms-ubl-extensions/1",
            "efac", "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
            "efbc", "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1");

    private static final String EFORMS =
            "ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension";

    Notice read(Document document) {
        Query q = new Query();
        Element root = document.getDocumentElement();
        String noticeId = required(q.text(root, "cbc:ID[@schemeName='notice-id']"), "BT-701");
        String version = required(q.text(root, "cbc:VersionID"), "BT-757");
        String noticeType = required(q.text(root, "cbc:NoticeTypeCode"), "BT-02");
        String formType = Objects.requireNonNullElse(q.text(root, "cbc:NoticeTypeCode/@listName"), "");
        String subtype = required(q.text(root, EFORMS + "/efac:NoticeSubType/cbc:SubTypeCode"), "OPP-070");
        Map<String, Organisation> organisations = organisations(q, root);
        String buyerRef = q.text(root, "cac:ContractingParty[1]/cac:Party/cac:PartyIdentification/cbc:ID");
        Organisation buyer = buyerRef == null ? null : organisations.get(buyerRef);
        if (buyer == null) {
            throw NoticeXml.refused("tendernews.notice.missing", "BT-500");
        }
        Element project = q.element(root, "cac:ProcurementProject");
        String title = project == null ? null : q.localised(project, "cbc:Name");
        if (title == null) {
            throw NoticeXml.refused("tendernews.notice.missing", "BT-21");
        }
        List<NoticeLot> lots = new ArrayList<>();
        List<OffsetDateTime> deadlines = new ArrayList<>();
        String documentsUrl = null;
        for (Element lot : q.elements(root, "cac:ProcurementProjectLot")) {
            Element lotProject = q.element(lot, "cac:ProcurementProject");
            lots.add(new NoticeLot(
                    Objects.requireNonNullElse(q.text(lot, "cbc:ID"), ""),
                    lotProject == null ? null : q.localised(lotProject, "cbc:Name"),
                    lotProject == null
                            ? null
                            : q.text(lotProject, "cac:MainCommodityClassification/cbc:ItemClassificationCode"),
                    lotProject == null
                            ? null
                            : amount(q.text(lotProject, "cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount")),
                    lotProject == null
                            ? null
                            : q.text(
                                    lotProject,
                                    "cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount/@currencyID")));
            OffsetDateTime deadline = dateTime(
                    q.text(lot, "cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndDate"),
                    q.text(lot, "cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndTime"));
            if (deadline == null) { // BT-1311: a restricted procedure's deadline for requests to participate
                deadline = dateTime(
                        q.text(lot, "cac:TenderingProcess/cac:ParticipationRequestReceptionPeriod/cbc:EndDate"),
                        q.text(lot, "cac:TenderingProcess/cac:ParticipationRequestReceptionPeriod/cbc:EndTime"));
            }
            if (deadline != null) {
                deadlines.add(deadline);
            }
            if (documentsUrl == null) {
                documentsUrl = q.text(
                        lot,
                        "cac:TenderingTerms/cac:CallForTendersDocumentReference/cac:Attachment/cac:ExternalReference/cbc:URI");
            }
        }
        LinkedHashSet<String> nuts = new LinkedHashSet<>();
        if (project != null) {
            nuts.addAll(q.texts(project, "cac:RealizedLocation/cac:Address/cbc:CountrySubentityCode"));
        }
        nuts.addAll(
                q.texts(
                        root,
                        "cac:ProcurementProjectLot/cac:ProcurementProject/cac:RealizedLocation/cac:Address/cbc:CountrySubentityCode"));
        return new Notice(
                noticeId,
                version,
                Notice.Kind.of(formType),
                formType,
                noticeType,
                subtype,
                date(q.text(root, "cbc:IssueDate")),
                buyer.name(),
                buyer.orgNumber(),
                title,
                project == null ? null : q.localised(project, "cbc:Description"),
                project == null ? null : q.text(project, "cbc:ID"),
                q.text(root, "cbc:ContractFolderID"),
                project == null ? null : q.text(project, "cac:MainCommodityClassification/cbc:ItemClassificationCode"),
                project == null
                        ? List.of()
                        : q.texts(project, "cac:AdditionalCommodityClassification/cbc:ItemClassificationCode"),
                project == null
                        ? null
                        : amount(q.text(project, "cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount")),
                project == null
                        ? null
                        : q.text(project, "cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount/@currencyID"),
                List.copyOf(nuts),
                deadlines.stream().min(Comparator.naturalOrder()).orElse(null),
                date(q.text(root, "cbc:PlannedDate")),
                documentsUrl,
                lots,
                awards(q, root, organisations),
                change(q, root));
    }

    private record Organisation(String name, @Nullable String orgNumber) {}

    private static Map<String, Organisation> organisations(Query q, Element root) {
        Map<String, Organisation> result = new LinkedHashMap<>();
        for (Element company : q.elements(root, EFORMS + "/efac:Organizations/efac:Organization/efac:Company")) {
            String id = q.text(company, "cac:PartyIdentification/cbc:ID");
            String name = q.localised(company, "cac:PartyName/cbc:Name");
            if (id != null && name != null) {
                result.put(id, new Organisation(name, q.text(company, "cac:PartyLegalEntity/cbc:CompanyID")));
            }
        }
        return result;
    }

    /** The winning tenders: each lot result's tenders (when the lot had a winner), their parties' tenderers. */
    private static List<Award> awards(Query q, Element root, Map<String, Organisation> organisations) {
        Element result = q.element(root, EFORMS + "/efac:NoticeResult");
        if (result == null) {
            return List.of();
        }
        Map<String, Element> tenders = new LinkedHashMap<>();
        for (Element tender : q.elements(result, "efac:LotTender")) {
            tenders.put(Objects.requireNonNullElse(q.text(tender, "cbc:ID"), ""), tender);
        }
        Map<String, List<String>> tenderers = new LinkedHashMap<>();
        for (Element party : q.elements(result, "efac:TenderingParty")) {
            tenderers.put(
                    Objects.requireNonNullElse(q.text(party, "cbc:ID"), ""), q.texts(party, "efac:Tenderer/cbc:ID"));
        }
        List<Award> awards = new ArrayList<>();
        for (Element lotResult : q.elements(result, "efac:LotResult")) {
            if (!"selec-w".equals(q.text(lotResult, "cbc:TenderResultCode"))) {
                continue;
            }
            String lotId = q.text(lotResult, "efac:TenderLot/cbc:ID");
            for (String tenderId : q.texts(lotResult, "efac:LotTender/cbc:ID")) {
                Element tender = tenders.get(tenderId);
                if (tender == null) {
                    continue;
                }
                String partyId = q.text(tender, "efac:TenderingParty/cbc:ID");
                for (String organisationId : tenderers.getOrDefault(partyId, List.of())) {
                    Organisation winner = organisations.get(organisationId);
                    if (winner != null) {
                        awards.add(new Award(
                                lotId,
                                winner.name(),
                                winner.orgNumber(),
                                amount(q.text(tender, "cac:LegalMonetaryTotal/cbc:PayableAmount")),
                                q.text(tender, "cac:LegalMonetaryTotal/cbc:PayableAmount/@currencyID")));
                    }
                }
            }
        }
        return awards;
    }

    private static @Nullable Change change(Query q, Element root) {
        String changed = q.text(root, EFORMS + "/efac:Changes/efbc:ChangedNoticeIdentifier");
        if (changed == null) {
            return null;
        }
        int dash = changed.lastIndexOf('-');
        if (dash <= 0 || dash == changed.length() - 1) {
            throw NoticeXml.refused("tendernews.notice.badChangedNotice", changed);
        }
        return new Change(
                changed.substring(0, dash),
                changed.substring(dash + 1),
                q.text(root, EFORMS + "/efac:Changes/efac:ChangeReason/cbc:ReasonCode"),
                q.localised(root, EFORMS + "/efac:Changes/efac:ChangeReason/efbc:ReasonDescription"));
    }

    private static String required(@Nullable String value, String businessTerm) {
        if (value == null) {
            throw NoticeXml.refused("tendernews.notice.missing", businessTerm);
        }
        return value;
    }

    private static @Nullable BigDecimal amount(@Nullable String value) {
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An xsd:date, with or without its offset ({@code 2019-11-21+01:00}). */
    static @Nullable LocalDate date(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.from(DateTimeFormatter.ISO_DATE.parse(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date and time with the offset of the time (or the date); a date alone means the end of that day. */
    static @Nullable OffsetDateTime dateTime(@Nullable String date, @Nullable String time) {
        LocalDate day = date(date);
        if (day == null) {
            return null;
        }
        try {
            TemporalAccessor dateParts = DateTimeFormatter.ISO_DATE.parse(Objects.requireNonNull(date));
            ZoneOffset offset = dateParts.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.from(dateParts)
                    : ZoneOffset.UTC;
            LocalTime at = LocalTime.of(23, 59);
            if (time != null) {
                TemporalAccessor timeParts = DateTimeFormatter.ISO_TIME.parse(time);
                at = LocalTime.from(timeParts);
                if (timeParts.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
                    offset = ZoneOffset.from(timeParts);
                }
            }
            return OffsetDateTime.of(day, at, offset);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Simple child paths ({@code cac:A/cbc:B[@attr='v']/@attr}, {@code [1]}) over the DOM, walked by hand: the JDK's
     * XPath rebuilds its model of the whole document on each evaluation, too slow for a notice with 100 lots.
     */
    private static final class Query {

        private static final Pattern STEP = Pattern.compile("(\\w+):(\\w+)(?:\\[(?:@(\\w+)='([^']*)'|(\\d+))])?");

        private List<Node> nodes(Node context, String path) {
            List<Node> current = List.of(context);
            for (String step : path.split("/")) {
                List<Node> next = new ArrayList<>();
                if (step.startsWith("@")) {
                    for (Node node : current) {
                        Node attribute = node.getAttributes() == null
                                ? null
                                : node.getAttributes().getNamedItem(step.substring(1));
                        if (attribute != null) {
                            next.add(attribute);
                        }
                    }
                } else {
                    Matcher m = STEP.matcher(step);
                    if (!m.matches() || !NAMESPACES.containsKey(m.group(1))) {
                        throw new IllegalStateException("Unsupported path step " + step);
                    }
                    String namespace = NAMESPACES.get(m.group(1));
                    for (Node node : current) {
                        int position = 0;
                        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                            if (child.getNodeType() != Node.ELEMENT_NODE
                                    || !m.group(2).equals(child.getLocalName())
                                    || !namespace.equals(child.getNamespaceURI())) {
                                continue;
                            }
                            if (m.group(3) != null && !m.group(4).equals(((Element) child).getAttribute(m.group(3)))) {
                                continue;
                            }
                            position++;
                            if (m.group(5) != null && position != Integer.parseInt(m.group(5))) {
                                continue;
                            }
                            next.add(child);
                        }
                    }
                }
                current = next;
            }
            return current;
        }

        @Nullable
        String text(Node context, String path) {
            for (Node node : nodes(context, path)) {
                String value = node.getTextContent().strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
            return null;
        }

        List<String> texts(Node context, String path) {
            List<String> values = new ArrayList<>();
            for (Node node : nodes(context, path)) {
                String value = node.getTextContent().strip();
                if (!value.isEmpty() && !values.contains(value)) {
                    values.add(value);
                }
            }
            return values;
        }

        /** The Danish text of a multilingual field when there is one, else the first. */
        @Nullable
        String localised(Node context, String path) {
            String danish = text(context, path + "[@languageID='DAN']");
            return danish != null ? danish : text(context, path);
        }

        @Nullable
        Element element(Node context, String path) {
            List<Node> nodes = nodes(context, path);
            return nodes.isEmpty() ? null : (Element) nodes.get(0);
        }

        List<Element> elements(Node context, String path) {
            return nodes(context, path).stream().map(Element.class::cast).toList();
        }
    }
}
