package dk.samspil.tendernews.internal;

/** Where a notice came from. */
enum NoticeSource {
    API,
    UPLOAD,
    FOLDER,
    FEED,
    DEMO
}
