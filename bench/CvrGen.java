import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generates CVR distribution documents for bench/cvr-import as JSON lines of search hits, shaped like the real
 * thing: several historic names, addresses and industries each, employment figures, production units, participants
 * and the metadata block; about 8 KB a document. The same seed gives the same documents.
 * Usage: java bench/CvrGen.java FILE COUNT [MOVED_PERCENT]
 * With MOVED_PERCENT (e.g. 1), that share of the companies (every 100th for 1) has moved to a new current address.
 */
public class CvrGen {

    private static final String[] PLACES = {"Slagelse", "Korsør", "Skælskør", "Vestsjællands", "Sorø", "Boeslunde",
            "Dalmose", "Kirke Stillinge", "Vemmelev", "Høng", "Sjællands", "Storebælt", "Antvorskov", "Holsteinborg"};
    private static final String[] TRADES = {"Tømrer", "VVS", "El-installation", "Maskinfabrik", "Rengøring",
            "Vognmand", "Anlæg", "Murer", "Malerfirma", "Bageri", "Revision", "IT", "Transport", "Byggeri",
            "Tagdækning", "Auto", "Kloak", "Smedie", "Gartneri", "Tandklinik"};
    private static final String[] TAILS = {"Service", "Gruppen", "& Søn", "Partner", "Holding", "Entreprise",
            "Værksted", "Teknik", "Nord", "Syd"};
    private static final String[][] FORMS = {{"80", "APS", "Anpartsselskab", "ApS"}, {"60", "A/S", "Aktieselskab", "A/S"},
            {"10", "ENK", "Enkeltmandsvirksomhed", ""}, {"30", "I/S", "Interessentskab", "I/S"}};
    private static final String[] ROADS = {"Bjergbygade", "Smedegade", "Nykøbing Landevej", "Slotsalléen",
            "Energivej", "Havnegade", "Jernbanegade", "Ndr. Ringgade", "Sorøvej", "Rosengade", "Industrivej",
            "Strandvejen", "Algade", "Skovvej", "Mårslet Vænge"};
    private static final String[][] TOWNS = {{"4200", "Slagelse"}, {"4220", "Korsør"}, {"4230", "Skælskør"},
            {"4241", "Vemmelev"}, {"4242", "Boeslunde"}, {"4261", "Dalmose"}};
    private static final String[][] INDUSTRIES = {{"432200", "VVS- og blikkenslagerforretninger"},
            {"432100", "El-installation"}, {"412000", "Opførelse af bygninger"}, {"812100", "Almindelig rengøring i bygninger"},
            {"494100", "Vejgodstransport"}, {"561010", "Restauranter"}, {"620100", "Computerprogrammering"},
            {"692000", "Bogføring og revision; skatterådgivning"}, {"433200", "Tømrer- og bygningssnedkervirksomhed"},
            {"255000", "Smedning, presning, prægning og valsning af metal; pulvermetallurgi"},
            {"452010", "Almindelig autoreparation"}, {"107100", "Fremstilling af brød og friske bagerivarer"},
            {"813000", "Landskabspleje"}, {"862300", "Tandlæger"}, {"433400", "Maler- og glarmestervirksomhed"}};
    private static final String[] BANDS = {"ANTAL_1_1", "ANTAL_2_4", "ANTAL_5_9", "ANTAL_10_19", "ANTAL_20_49",
            "ANTAL_50_99", "ANTAL_100_199"};
    private static final String[] PEOPLE = {"Jens Hansen", "Mette Nielsen", "Lars Jensen", "Anne Pedersen",
            "Peter Andersen", "Hanne Christensen", "Søren Larsen", "Kirsten Sørensen", "Michael Rasmussen"};

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int movedPercent = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int moveEvery = movedPercent > 0 ? 100 / movedPercent : 0;
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int written = 0;
            for (int base = 1_000_000; written < count; base++) {
                int cvr = cvr(base);
                if (cvr < 0) {
                    continue;
                }
                String line = document(cvr, written, moveEvery > 0 && written % moveEvery == 0);
                out.write(line);
                out.write('\n');
                bytes += line.length() + 1;
                written++;
            }
        }
        System.err.printf("Wrote %d documents, about %d bytes each, to %s%n", count, bytes / count, file);
    }

    /** An 8-digit CVR number from 7 digits and the modulus 11 check digit; -1 when no digit fits. */
    static int cvr(int sevenDigits) {
        int[] weights = {2, 7, 6, 5, 4, 3, 2};
        String digits = String.valueOf(sevenDigits);
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? -1 : sevenDigits * 10 + check;
    }

    private static String period(String from, String to) {
        return "{\"gyldigFra\":\"" + from + "\",\"gyldigTil\":" + (to == null ? "null" : "\"" + to + "\"") + "}";
    }

    private static String updated() {
        return "\"sidstOpdateret\":\"2024-03-01T10:15:00.000+01:00\"";
    }

    private static String name(String name, String from, String to) {
        return "{\"navn\":\"" + name + "\",\"periode\":" + period(from, to) + "," + updated() + "}";
    }

    private static String address(Random random, String road, int number, String[] town, String from, String to) {
        return "{\"landekode\":\"DK\",\"fritekst\":null,\"vejkode\":" + (100 + random.nextInt(900))
                + ",\"kommune\":{\"kommuneKode\":330,\"kommuneNavn\":\"SLAGELSE\",\"periode\":" + period("2007-01-01", null)
                + "," + updated() + "},\"husnummerFra\":" + number + ",\"adresseId\":\"0a3f50" + (10_000_000 + random.nextInt(89_999_999))
                + "-b0d4-32b8-e044-0003ba298018\",\"husnummerTil\":null,\"bogstavFra\":null,\"bogstavTil\":null,"
                + "\"etage\":null,\"sidedoer\":null,\"conavn\":null,\"postboks\":null,\"vejnavn\":\"" + road
                + "\",\"bynavn\":null,\"postnummer\":" + town[0] + ",\"postdistrikt\":\"" + town[1] + "\",\"periode\":"
                + period(from, to) + "," + updated() + "}";
    }

    private static String industry(String[] industry, String from, String to) {
        return "{\"branchekode\":\"" + industry[0] + "\",\"branchetekst\":\"" + industry[1] + "\",\"periode\":"
                + period(from, to) + "," + updated() + "}";
    }

    private static String employment(String kind, int year, int part, String band) {
        String when = kind.equals("aar") ? "\"aar\":" + year : kind.equals("kvartal") ? "\"aar\":" + year + ",\"kvartal\":" + part
                : "\"aar\":" + year + ",\"maaned\":" + part;
        return "{" + when + ",\"antalInklusivEjere\":null,\"antalAarsvaerk\":" + (3 + part) + ",\"antalAnsatte\":"
                + (4 + part) + ",\"intervalKodeAntalInklusivEjere\":null,\"intervalKodeAntalAarsvaerk\":\"" + band
                + "\",\"intervalKodeAntalAnsatte\":\"" + band + "\"," + updated() + "}";
    }

    private static String contact(String value) {
        return "[{\"kontaktoplysning\":\"" + value + "\",\"hemmelig\":false,\"periode\":" + period("2015-01-01", null)
                + "," + updated() + "}]";
    }

    private static String participant(Random random, int cvr, String role) {
        String person = PEOPLE[random.nextInt(PEOPLE.length)];
        return "{\"deltager\":{\"enhedsNummer\":" + (4_000_000_000L + cvr) + ",\"enhedstype\":\"PERSON\",\"navne\":["
                + name(person, "2001-01-01", null) + "]," + updated() + "},\"kontorsteder\":[],\"organisationer\":[{"
                + "\"enhedsNummerOrganisation\":" + (4_100_000_000L + cvr) + ",\"hovedtype\":\"" + role
                + "\",\"organisationsNavn\":[" + name(role.equals("LEDELSESORGAN") ? "Direktion" : "Interessenter",
                "2010-01-01", null) + "],\"attributter\":[],\"medlemsData\":[{\"attributter\":[{\"type\":\"FUNKTION\","
                + "\"vaerditype\":\"string\",\"vaerdier\":[{\"vaerdi\":\"" + (role.equals("LEDELSESORGAN") ? "DIREKTØR"
                : "EJER") + "\",\"periode\":" + period("2010-01-01", null) + "," + updated() + "}]}]}]}]}";
    }

    static String document(int cvr, int index, boolean moved) {
        Random random = new Random(cvr);
        String place = PLACES[random.nextInt(PLACES.length)];
        String trade = TRADES[random.nextInt(TRADES.length)];
        String tail = random.nextInt(3) == 0 ? " " + TAILS[random.nextInt(TAILS.length)] : "";
        String[] form = FORMS[random.nextInt(FORMS.length)];
        String current = place + " " + trade + tail + (form[3].isEmpty() ? "" : " " + form[3]);
        String old = (place + " " + trade).toUpperCase() + (form[3].isEmpty() ? "" : " " + form[3]);
        String[] town = TOWNS[random.nextInt(TOWNS.length)];
        String[] oldTown = TOWNS[random.nextInt(TOWNS.length)];
        String road = ROADS[random.nextInt(ROADS.length)];
        int number = 1 + random.nextInt(120);
        String[] industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
        String[] oldIndustry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
        String[] side = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
        String band = BANDS[random.nextInt(BANDS.length)];
        String currentAddress = moved
                ? address(random, "Flyttevej", 1 + index % 50, town, "2026-11-01", null)
                : address(random, road, number, town, "2016-01-01", null);
        String previous = moved ? address(new Random(cvr), road, number, town, "2016-01-01", "2026-10-31") : "";
        StringBuilder d = new StringBuilder(9000);
        d.append("{\"_index\":\"cvr-permanent-virksomhed\",\"_type\":\"_doc\",\"_id\":\"").append(4_000_000 + cvr)
                .append("\",\"_score\":1.0,\"_source\":{\"Vrvirksomhed\":{\"cvrNummer\":").append(cvr)
                .append(",\"reklamebeskyttet\":").append(random.nextInt(4) == 0).append(",\"brancheAnsvarskode\":null")
                .append(",\"samtId\":").append(random.nextInt(9_000_000)).append(",\"fejlRegistreret\":false")
                .append(",\"dataAdgang\":0,\"enhedsNummer\":").append(4_000_000_000L + cvr)
                .append(",\"enhedstype\":\"VIRKSOMHED\",\"sidstIndlaest\":\"2024-03-02T02:11:09.000+01:00\",")
                .append(updated()).append(",\"regNummer\":[],\"navne\":[")
                .append(name(old, "1998-02-01", "2011-05-31")).append(',')
                .append(name(place + " " + trade + (form[3].isEmpty() ? "" : " " + form[3]), "2011-06-01", "2019-12-31")).append(',')
                .append(name(current, "2020-01-01", null)).append("],\"binavne\":[")
                .append(name(trade + " i " + place, "2012-04-01", null)).append(',')
                .append(name(place + " " + trade + "service", "2014-04-01", "2020-12-31")).append("],\"beliggenhedsadresse\":[")
                .append(address(random, ROADS[(index + 3) % ROADS.length], 1 + random.nextInt(80), oldTown, "1998-02-01", "2015-12-31"));
        if (moved) {
            d.append(',').append(previous);
        }
        d.append(',').append(currentAddress).append("],\"postadresse\":[],\"hovedbranche\":[")
                .append(industry(oldIndustry, "1998-02-01", "2007-12-31")).append(',')
                .append(industry(industry, "2008-01-01", null)).append("],\"bibranche1\":[")
                .append(industry(side, "2012-01-01", null)).append("],\"bibranche2\":[")
                .append(industry(INDUSTRIES[(index + 5) % INDUSTRIES.length], "2016-01-01", null))
                .append("],\"bibranche3\":[],\"virksomhedsform\":[{\"virksomhedsformkode\":").append(form[0])
                .append(",\"kortBeskrivelse\":\"").append(form[1]).append("\",\"langBeskrivelse\":\"").append(form[2])
                .append("\",\"ansvarligDataleverandoer\":\"E&S\",\"periode\":").append(period("1998-02-01", null))
                .append(',').append(updated()).append("}],\"virksomhedsstatus\":[{\"status\":\"NORMAL\",\"periode\":")
                .append(period("1998-02-01", null)).append(',').append(updated()).append("}],\"aarsbeskaeftigelse\":[");
        for (int year = 2021; year <= 2023; year++) {
            d.append(employment("aar", year, 0, year == 2023 ? band : BANDS[(index + year) % BANDS.length]))
                    .append(year < 2023 ? "," : "");
        }
        d.append("],\"kvartalsbeskaeftigelse\":[");
        for (int quarter = 4; quarter <= 4; quarter++) {
            d.append(employment("kvartal", 2023, quarter, band)).append(quarter < 4 ? "," : "");
        }
        d.append("],\"penheder\":[");
        for (int unit = 0; unit < 3; unit++) {
            d.append("{\"pNumber\":null,\"pNummer\":").append(1_000_000_000L + cvr * 3L % 900_000_000 + unit)
                    .append(",\"periode\":").append(period("1998-02-01", unit == 2 ? "2018-12-31" : null)).append(',')
                    .append(updated()).append('}').append(unit < 2 ? "," : "");
        }
        String domain = (place + trade).toLowerCase().replaceAll("[^a-z]", "");
        d.append("],\"hjemmeside\":").append(contact("www." + domain + ".dk"))
                .append(",\"elektroniskPost\":").append(contact("info@" + domain + ".dk"))
                .append(",\"telefonNummer\":").append(contact(String.valueOf(58_000_000 + cvr % 999_999)))
                .append(",\"telefaxNummer\":[],\"obligatoriskEmail\":[],\"livsforloeb\":[{\"periode\":")
                .append(period("1998-02-01", null)).append(',').append(updated()).append("}],\"attributter\":[")
                .append("{\"sekvensnr\":0,\"type\":\"FORMÅL\",\"vaerditype\":\"string\",\"vaerdier\":[{\"vaerdi\":\"")
                .append("Selskabets formål er at drive virksomhed med ").append(industry[1].toLowerCase())
                .append(" samt anden hermed beslægtet virksomhed.\",\"periode\":").append(period("1998-02-01", null))
                .append(',').append(updated()).append("}]},{\"sekvensnr\":0,\"type\":\"KAPITAL\",\"vaerditype\":\"decimal\",")
                .append("\"vaerdier\":[{\"vaerdi\":\"40000.00\",\"periode\":").append(period("2014-01-01", null))
                .append(',').append(updated()).append("}]}],\"deltagerRelation\":[")
                .append(participant(random, cvr, index % 3 == 0 ? "REGISTER" : "LEDELSESORGAN")).append("],\"fusioner\":[],\"spaltninger\":[],")
                .append("\"virksomhedMetadata\":{\"nyesteNavn\":").append(name(current, "2020-01-01", null))
                .append(",\"nyesteBinavne\":[\"").append(trade).append(" i ").append(place)
                .append("\"],\"nyesteBeliggenhedsadresse\":").append(currentAddress)
                .append(",\"nyesteHovedbranche\":").append(industry(industry, "2008-01-01", null))
                .append(",\"nyesteBibranche1\":").append(industry(side, "2012-01-01", null))
                .append(",\"nyesteBibranche2\":null,\"nyesteBibranche3\":null,\"nyesteStatus\":{\"statuskode\":0},")
                .append("\"nyesteVirksomhedsform\":{\"virksomhedsformkode\":").append(form[0])
                .append(",\"kortBeskrivelse\":\"").append(form[1]).append("\",\"langBeskrivelse\":\"").append(form[2])
                .append("\"},\"nyesteAarsbeskaeftigelse\":").append(employment("aar", 2023, 0, band))
                .append(",\"sammensatStatus\":\"Aktiv\",\"stiftelsesDato\":\"1998-02-01\",")
                .append("\"virkningsDato\":\"1998-02-01\",\"antalPenheder\":2}}}}");
        return d.toString();
    }
}
