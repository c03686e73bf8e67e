package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void aLineBreakOfAnyKindMakesATextMultiLine() {
        assertThat(TextInput.isSingleLine("Tagrenovering af Nordskolen")).isTrue();
        assertThat(TextInput.isSingleLine(null)).isTrue();
        for (String text : new String[] {"a\r\nb", "a\nb", "a\rb", "a\u2028b", "a\u0085b", "a\u000Bb"}) {
            assertThat(TextInput.isSingleLine(text)).as(text).isFalse();
        }
    }

    @Test
    void foldingPutsEveryLineBreakAndItsBlanksIntoOneSpaceAndDropsControlCharacters() {
        assertThat(TextInput.foldLines("  Tag\r\n   renovering\n\n af\tskole\u0000n "))
                .isEqualTo("Tag renovering af skolen");
        assertThat(TextInput.foldLines("Nyt: Tag\r\nBcc: x@y.dk")).isEqualTo("Nyt: Tag Bcc: x@y.dk");
    }

    @Test
    void controlCharactersAreC0AndDelButNotTabOrLineBreaks() {
        assertThat(TextInput.hasControlCharacters("a\u0000b")).isTrue();
        assertThat(TextInput.hasControlCharacters("a\u001Bb")).isTrue();
        assertThat(TextInput.hasControlCharacters("a\u007Fb")).isTrue();
        assertThat(TextInput.hasControlCharacters("a\tb\r\nc æøå")).isFalse();
        assertThat(TextInput.removeControlCharacters("a\u0000b\nc")).isEqualTo("ab\nc");
    }

    @Test
    void oneEmailRuleRefusesAddressesWithoutADottedDomain() {
        assertThat(EmailAddresses.isValid("anne@firma.dk")).isTrue();
        assertThat(EmailAddresses.isValid("søren@firma.dk")).isTrue();
        assertThat(EmailAddresses.isValid("a@b")).isFalse();
        assertThat(EmailAddresses.isValid("Anne <anne@firma.dk>")).isFalse();
        assertThat(EmailAddresses.isValid("anne@firma.dk.")).isFalse();
        assertThat(EmailAddresses.isValid("anne@firma.dk\r\nBcc: x@y.dk")).isFalse();
        assertThat(EmailAddresses.isValid("a".repeat(250) + "@b.dk")).isFalse();
    }
}
