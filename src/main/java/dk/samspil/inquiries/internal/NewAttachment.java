package dk.samspil.inquiries.internal;

import dk.samspil.platform.UploadedFiles;

/** A checked upload to store with a new inquiry. */
record NewAttachment(String fileName, UploadedFiles.Kind kind, byte[] content) {}
