package vn.tongket.target;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A target: its name, unit of measure and value. */
public record TargetRequest(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 50) String unit,
                            @NotNull @DecimalMin("0") BigDecimal targetValue) {
}
