package dk.samspil.inquiries;

import java.util.List;

/** The inquiry figures other modules read (the agreement module's status meetings), by month and by quarter. */
public interface InquiryStatistics {

    /** The twelve months of the year, January first. */
    List<InquiryFigures> months(int year);

    /** The four quarters of the year. */
    List<InquiryFigures> quarters(int year);
}
