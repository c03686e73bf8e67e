package dk.samspil.codelists;

/**
 * Level of a CPV code in the vocabulary's hierarchy, named after how many leading digits are significant: two for a
 * division, three for a group, four for a class, five for a category; codes with six to eight significant digits
 * refine a category and are all {@link #SUBCATEGORY}.
 */
public enum CpvLevel {
    DIVISION,
    GROUP,
    CLASS,
    CATEGORY,
    SUBCATEGORY;

    static CpvLevel ofSignificantDigits(int significantDigits) {
        return switch (significantDigits) {
            case 2 -> DIVISION;
            case 3 -> GROUP;
            case 4 -> CLASS;
            case 5 -> CATEGORY;
            default -> SUBCATEGORY;
        };
    }
}
