package dk.samspil.inquiries.internal;

import dk.samspil.platform.UploadedFiles;

/** An attachment of an inquiry, without its content. */
record Attachment(long id, String fileName, UploadedFiles.Kind kind, int sizeBytes) {}
