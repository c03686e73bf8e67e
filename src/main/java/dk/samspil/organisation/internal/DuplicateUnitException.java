package dk.samspil.organisation.internal;

import org.springframework.dao.DuplicateKeyException;

/** Another buying unit already has this code or name. */
class DuplicateUnitException extends RuntimeException {

    enum Field {
        CODE,
        NAME
    }

    private final Field field;

    DuplicateUnitException(Field field) {
        super("Duplicate buying unit " + field.name().toLowerCase());
        this.field = field;
    }

    /** For the rare race the up-front check missed: the unique index's name tells which field collided. */
    static DuplicateUnitException from(DuplicateKeyException e) {
        String message = String.valueOf(e.getMessage());
        return new DuplicateUnitException(message.contains("buying_unit_name_uq") ? Field.NAME : Field.CODE);
    }

    Field field() {
        return field;
    }
}
