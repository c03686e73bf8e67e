package dk.samspil.engagement.internal.files;

/** What is known about a stored file without its bytes. */
public record StoredFile(long id, String fileName, FileKind kind, long sizeBytes) {}
