package dk.samspil.codelists.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads code labels from the eForms SDK translation files ({@code eforms-sdk/translations/code_<language>.xml}, in
 * {@link java.util.Properties} XML form, keys {@code code|name|<list>.<code>}). A streaming parser keeps only the
 * wanted list and never resolves the file's DOCTYPE, which points at a remote DTD.
 */
public final class SdkCodeLabels {

    private static final String RESOURCE = "eforms-sdk/translations/code_%s.xml";

    private SdkCodeLabels() {}

    /**
     * Labels of one code list in one language, sorted by code.
     *
     * @param language the translation file's language, e.g. {@code da} or {@code en}
     * @param list the code list's id in the keys, e.g. {@code cpv} or {@code nuts}
     */
    public static Map<String, String> read(String language, String list) {
        String resource = RESOURCE.formatted(language);
        String keyPrefix = "code|name|" + list + ".";
        try (InputStream in = SdkCodeLabels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("eForms SDK resource missing from the classpath: " + resource);
            }
            return read(in, keyPrefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot parse " + resource, e);
        }
    }

    private static Map<String, String> read(InputStream in, String keyPrefix) throws XMLStreamException {
        Map<String, String> labels = new TreeMap<>();
        XMLStreamReader reader = createFactory().createXMLStreamReader(in);
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && "entry".equals(reader.getLocalName())) {
                    String key = reader.getAttributeValue(null, "key");
                    if (key != null && key.startsWith(keyPrefix)) {
                        labels.put(
                                key.substring(keyPrefix.length()),
                                reader.getElementText().strip());
                    }
                }
            }
        } finally {
            reader.close();
        }
        return labels;
    }

    /** A new factory per read: the JDK does not promise that a shared one is thread-safe. */
    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
