package dk.samspil.engagement.internal.interest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The public form's fields; the rules are checked by {@link InterestRules}, the same as for the API. A bean rather
 * than a record: a lot that is not a number must come back as a field error with the rest of the input kept, and
 * a record's constructor binding would lose the whole form.
 */
class InterestForm {

    private String companyName;
    private String companyCvr;
    private String contactName;
    private String email;
    private String phone;
    private List<Integer> lots = new ArrayList<>();
    private String note;
    private boolean partnerFinding;
    private String capabilities;
    private String seeking;

    InterestRequest request(Locale locale) {
        return new InterestRequest(
                companyName,
                companyCvr,
                contactName,
                email,
                phone,
                lots,
                note,
                partnerFinding,
                capabilities,
                seeking,
                "en".equals(locale.getLanguage()) ? "en" : "da");
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getCompanyCvr() {
        return companyCvr;
    }

    public void setCompanyCvr(String companyCvr) {
        this.companyCvr = companyCvr;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public List<Integer> getLots() {
        return lots;
    }

    public void setLots(List<Integer> lots) {
        this.lots = lots == null ? new ArrayList<>() : lots;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isPartnerFinding() {
        return partnerFinding;
    }

    public void setPartnerFinding(boolean partnerFinding) {
        this.partnerFinding = partnerFinding;
    }

    public String getCapabilities() {
        return capabilities;
    }

    public void setCapabilities(String capabilities) {
        this.capabilities = capabilities;
    }

    public String getSeeking() {
        return seeking;
    }

    public void setSeeking(String seeking) {
        this.seeking = seeking;
    }
}
