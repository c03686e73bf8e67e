/**
 * The one Danish text analysis (tokens, Snowball stemming, folding of æ/ø/å and accents, compound parts, phrases)
 * shared by alert matching, the alert form's match preview and public search, so that all three agree.
 */
@org.springframework.modulith.NamedInterface("text")
@org.jspecify.annotations.NullMarked
package dk.samspil.platform.text;
