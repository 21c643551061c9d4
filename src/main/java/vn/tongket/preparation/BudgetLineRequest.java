package vn.tongket.preparation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST/PUT budget lines: amounts in whole VND. */
public record BudgetLineRequest(
        @NotNull BudgetCategory category,
        @NotBlank @Size(max = 500) String description,
        @NotNull @Min(0) @Max(1_000_000) Integer quantity,
        @Size(max = 50) String unit,
        @NotNull @Min(0) @Max(100_000_000_000L) Long unitPrice) {
}
