package dk.samspil.pipeline.internal.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new status with its public reason and, for a published tender, the tender's address. */
record StatusForm(
        @NotBlank(message = "{pipeline.staff.error.status.required}")
        String status,

        @Size(max = 500, message = "{pipeline.staff.error.size}")
        String reason,

        @Size(max = 500, message = "{pipeline.staff.error.size}")
        String tenderUrl) {}
