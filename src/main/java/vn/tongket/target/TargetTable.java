package vn.tongket.target;

import vn.tongket.delegate.Organization;

import java.math.BigDecimal;
import java.util.List;

/** A conference's targets and each unit's results against them: the table the page, the report and the XLSX share. */
public record TargetTable(List<Target> targets, List<UnitRow> rows) {

    /** One unit's results, one cell per target in the targets' order. */
    public record UnitRow(Organization organization, List<Cell> cells) {

        /** Every target has a result and each reaches its value. */
        public boolean metAll() {
            return !cells.isEmpty() && cells.stream().allMatch(Cell::met);
        }
    }

    /** A result (null when not entered) against its target. */
    public record Cell(Target target, BigDecimal value) {

        public boolean met() {
            return target.metBy(value);
        }

        public boolean entered() {
            return value != null;
        }
    }

    public List<UnitRow> metAll() {
        return rows.stream().filter(UnitRow::metAll).toList();
    }

    /** The row of one unit, or empty cells when it has no results. */
    public UnitRow of(long organizationId) {
        return rows.stream().filter(r -> r.organization().id == organizationId).findFirst().orElse(null);
    }
}
