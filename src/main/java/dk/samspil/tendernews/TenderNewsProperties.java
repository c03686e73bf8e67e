package dk.samspil.tendernews;

import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of tender news (samspil.tendernews.*), documented in docs/configuration.md.
 *
 * @param maxNoticeSize the largest notice accepted (a notice with hundreds of lots is a few MB)
 * @param watchFolder   a folder whose .xml files are imported, then moved to its done folder or its refused folder
 *                      (the latter next to a .reason.txt file saying why); off when empty. Write a file under another
 *                      name (ending in .part, say) and rename it when it is complete
 * @param watchInterval how often the folder is looked at
 * @param feedUrl       a feed of notice addresses polled on a schedule: an Atom feed (the link of each entry), an RSS
 *                      feed (the link or enclosure of each item) or plain text with one address a line (a line
 *                      starting with a hash is a comment); each address is read once; off when empty
 * @param feedInterval  how often the feed is polled
 * @param feedTimeout   how long one request to the feed or a notice may take
 * @param digestCron    when the tender-news list's mails go out (Spring cron, Europe/Copenhagen): daily subscribers
 *                      every time, weekly subscribers on the digest weekday
 * @param digestWeekday the day weekly subscribers get their mail
 */
@ConfigurationProperties("samspil.tendernews")
public record TenderNewsProperties(
        @DefaultValue("50MB") DataSize maxNoticeSize,
        @Nullable Path watchFolder,
        @DefaultValue("1m") Duration watchInterval,
        @Nullable URI feedUrl,
        @DefaultValue("1h") Duration feedInterval,
        @DefaultValue("30s") Duration feedTimeout,
        @DefaultValue("0 30 6 * * *") String digestCron,
        @DefaultValue("MONDAY") DayOfWeek digestWeekday) {}
