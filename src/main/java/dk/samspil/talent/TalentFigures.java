package dk.samspil.talent;

import java.util.List;

/**
 * The talent bridge's figures for the agreement's indicators: students hired through an application and
 * opportunities closed with a result, counted per field of study, institution, industry and quarter.
 */
public interface TalentFigures {

    /** What is counted by. */
    enum Dimension {
        FIELD,
        INSTITUTION,
        INDUSTRY,
        QUARTER
    }

    /**
     * One row: {@code key} is a field code, an institution's name, an industry's name or a quarter such as 2026-Q4.
     *
     * @param hired     applications marked hired
     * @param fulfilled opportunities closed with a result (internship, job or project)
     */
    record Count(String key, long hired, long fulfilled) {}

    List<Count> counts(Dimension dimension);
}
