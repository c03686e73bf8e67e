/**
 * Tender news: published eForms notices (prior information, contract, award, change and pre-market consultation
 * notices) read into Samspil, stored once per notice and version, and linked to the pipeline entries they fulfil.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Tender news",
        allowedDependencies = {
            "platform",
            "platform :: text",
            "pipeline",
            "companies",
            "organisation",
            "codelists",
            "newsletter"
        })
@org.jspecify.annotations.NullMarked
package dk.samspil.tendernews;
