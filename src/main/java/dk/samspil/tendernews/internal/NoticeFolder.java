package dk.samspil.tendernews.internal;

import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import dk.samspil.tendernews.TenderNewsProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The watched folder ({@code samspil.tendernews.watch-folder}): each {@code *.xml} file in it is imported and moved to
 * {@code done/}, or to {@code refused/} next to a {@code <name>.reason.txt} that names the first problem in Danish.
 * A file that cannot be read or moved stays where it is and is tried again.
 */
@Component
class NoticeFolder {

    private static final Logger log = LoggerFactory.getLogger(NoticeFolder.class);

    /** What one look at the folder did. */
    record Scan(int imported, int refused) {}

    private final NoticeImporter importer;
    private final TenderNewsProperties properties;
    private final MessageSource messages;

    NoticeFolder(NoticeImporter importer, TenderNewsProperties properties, MessageSource messages) {
        this.importer = importer;
        this.properties = properties;
        this.messages = messages;
    }

    @Scheduled(
            fixedDelayString = "${samspil.tendernews.watch-interval:1m}",
            initialDelayString = "${samspil.tendernews.watch-interval:1m}")
    void scheduled() {
        Path folder = properties.watchFolder();
        if (folder != null) {
            scan(folder);
        }
    }

    Scan scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            log.warn("Tender news watch folder {} is not a folder", folder);
            return new Scan(0, 0);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.{xml,XML}")) {
            stream.forEach(file -> {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            });
        } catch (IOException e) {
            log.warn("Tender news watch folder {} cannot be read: {}", folder, e.toString());
            return new Scan(0, 0);
        }
        files.sort(null);
        int imported = 0;
        int refused = 0;
        for (Path file : files) {
            try {
                String reason = importFile(file);
                if (reason == null) {
                    move(file, folder.resolve("done"));
                    imported++;
                } else {
                    Path target = move(file, folder.resolve("refused"));
                    Files.writeString(
                            target.resolveSibling(target.getFileName() + ".reason.txt"),
                            reason + System.lineSeparator(),
                            StandardCharsets.UTF_8);
                    refused++;
                }
            } catch (IOException e) {
                log.warn("Tender news file {} not handled, tried again later: {}", file, e.toString());
            }
        }
        return new Scan(imported, refused);
    }

    /** Imports the file; the reason in Danish when it is refused. */
    private @org.jspecify.annotations.Nullable String importFile(Path file) throws IOException {
        long max = properties.maxNoticeSize().toBytes();
        try {
            if (Files.size(file) > max) {
                throw NoticeXml.refused("tendernews.notice.tooLarge", max / (1024 * 1024));
            }
            importer.importNotice(Files.readAllBytes(file), NoticeSource.FOLDER);
            return null;
        } catch (Rejected rejected) {
            Violation first = rejected.violations().get(0);
            return messages.getMessage(first.messageKey(), first.arguments().toArray(), DanishFormats.DANISH);
        }
    }

    /** Moves the file into the folder, under a new name when one of that name is there. */
    private static Path move(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(file.getFileName());
        int n = 1;
        while (Files.exists(target)) {
            target = folder.resolve(n++ + "-" + file.getFileName());
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
