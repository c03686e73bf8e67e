package dk.samspil.engagement.internal.material;

/** A request about material that cannot be carried out; the message key says why. */
class MaterialRejected extends RuntimeException {

    private final String messageKey;

    MaterialRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
