package dk.samspil.pipeline;

/** Kind of contract; decides which EU threshold applies. */
public enum ContractType {
    WORKS,
    SUPPLIES,
    SERVICES,
    /** Social and other specific services (udbudslovens afsnit III, the "light regime"). */
    SOCIAL_SERVICES
}
