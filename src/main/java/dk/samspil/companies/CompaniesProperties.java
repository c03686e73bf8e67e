package dk.samspil.companies;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Company register settings under {@code samspil.companies.*}.
 *
 * @param retention         contact persons and notes without activity for this long are erased (contacts) or
 *                          anonymised (notes: text, author and read log emptied; the company's page says so).
 *                          Default five years
 * @param retentionInterval how often the retention job runs
 * @param importUpload      the CVR upload page's limits
 * @param cvr               the nightly fetch from the CVR system-to-system service; off unless its URL, user name and
 *                          password are all set
 * @param followUpReminderAt from this time of day (Danish time) on its due date, the owner of an open follow-up of a
 *                          visit gets one reminder by e-mail. Default 07:00
 */
@ConfigurationProperties("samspil.companies")
public record CompaniesProperties(
        @DefaultValue("1826d") Duration retention,
        @DefaultValue("1d") Duration retentionInterval,
        @DefaultValue ImportUpload importUpload,
        @DefaultValue Cvr cvr,
        @DefaultValue("07:00") LocalTime followUpReminderAt) {

    /**
     * @param maxBytes        largest file the upload page takes (keep it 1 MB or more below
     *                        {@code spring.servlet.multipart.max-file-size}, so that bigger uploads are turned away
     *                        with a Danish message); bigger files go through the API, which streams
     * @param previewLifetime how long an uploaded file waits on the server for its preview to be confirmed
     */
    public record ImportUpload(
            @DefaultValue("15MB") DataSize maxBytes,
            @DefaultValue("2h") Duration previewLifetime) {}

    /**
     * @param url               the service's search address, e.g. {@code http://distribution.virk.dk/cvr-permanent/virksomhed/_search}
     * @param username          the system-to-system user name from the Danish Business Authority
     * @param password          its password
     * @param municipalityCodes the municipalities whose companies are fetched (three digits each); when empty, the
     *                          municipality code of the organisation set up under administration
     * @param cron              when the fetch runs (Spring cron, server time zone); default 02:30 every night
     * @param pageSize          documents per page of the scrolled search
     * @param timeout           how long one request to the service may take
     */
    public record Cvr(
            @Nullable String url,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue List<String> municipalityCodes,
            @DefaultValue("0 30 2 * * *") String cron,
            @DefaultValue("1000") int pageSize,
            @DefaultValue("60s") Duration timeout) {

        /** All of URL, user name and password are set. */
        public boolean configured() {
            return url != null
                    && !url.isBlank()
                    && username != null
                    && !username.isBlank()
                    && password != null
                    && !password.isBlank();
        }
    }
}
