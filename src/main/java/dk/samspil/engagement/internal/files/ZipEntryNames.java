package dk.samspil.engagement.internal.files;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the entry names from a ZIP file's central directory without inflating anything, so a crafted archive (a
 * "zip bomb") costs no more than reading its directory.
 */
final class ZipEntryNames {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipEntryNames() {}

    /** A Word document (DOCX): a ZIP with {@code [Content_Types].xml} and entries under {@code word/}. */
    static boolean isWordDocument(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = endOfDirectory(buffer);
        if (end < 0) {
            return false;
        }
        int entries = Short.toUnsignedInt(buffer.getShort(end + 10));
        long directoryOffset = Integer.toUnsignedLong(buffer.getInt(end + 16));
        boolean contentTypes = false;
        boolean word = false;
        long position = directoryOffset;
        for (int i = 0; i < entries; i++) {
            if (position < 0 || position + 46 > zip.length || buffer.getInt((int) position) != DIRECTORY_ENTRY) {
                return false;
            }
            int p = (int) position;
            int nameLength = Short.toUnsignedInt(buffer.getShort(p + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(p + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(p + 32));
            if (p + 46L + nameLength > zip.length) {
                return false;
            }
            String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
            contentTypes |= name.equals("[Content_Types].xml");
            word |= name.startsWith("word/");
            position = p + 46L + nameLength + extraLength + commentLength;
        }
        return contentTypes && word;
    }

    /** The position of the end-of-central-directory record, searched backwards past a possible comment. */
    private static int endOfDirectory(ByteBuffer buffer) {
        int last = buffer.capacity() - END_RECORD_SIZE;
        int first = Math.max(0, last - MAX_COMMENT);
        for (int p = last; p >= first; p--) {
            if (buffer.getInt(p) == END_OF_DIRECTORY) {
                return p;
            }
        }
        return -1;
    }
}
