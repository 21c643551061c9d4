package vn.tongket.target;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A unit's result on one target; the unit by name (created in the organisation list when new). */
public record ResultRequest(@NotNull Long targetId, @NotBlank @Size(max = 300) String organization,
                            @NotNull @DecimalMin("0") BigDecimal value) {
}
