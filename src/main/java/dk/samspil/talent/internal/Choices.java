package dk.samspil.talent.internal;

/** The fixed choices of an opportunity; their names are codes, their labels are in the messages. */
final class Choices {

    /** What an opportunity is. */
    enum Kind {
        STUDENT_JOB,
        INTERNSHIP,
        PROJECT,
        VISIT
    }

    /** The maintained list of fields of study. */
    enum StudyField {
        IT,
        BUSINESS,
        ENGINEERING,
        HEALTH,
        EDUCATION,
        SOCIAL,
        DESIGN,
        CONSTRUCTION,
        FOOD,
        TOURISM,
        OTHER
    }

    /** Levels of education. */
    enum Level {
        VOCATIONAL,
        ACADEMY,
        PROFESSIONAL_BACHELOR,
        BACHELOR,
        MASTER
    }

    enum Status {
        UNCONFIRMED,
        PENDING,
        CHANGES_REQUESTED,
        PUBLISHED,
        REJECTED,
        CLOSED
    }

    /** What came of an opportunity when it was closed. */
    enum Outcome {
        INTERNSHIP,
        JOB,
        PROJECT,
        NONE
    }

    /** What the company did with an application. */
    enum ApplicationStatus {
        NEW,
        SEEN,
        DIALOGUE,
        HIRED,
        DECLINED
    }

    private Choices() {}
}
