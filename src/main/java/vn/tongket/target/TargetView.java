package vn.tongket.target;

import java.math.BigDecimal;
import java.util.List;

/** The table as JSON: the targets, then each unit's results and whether it met every target. */
public record TargetView(List<TargetItem> targets, List<Unit> units) {

    public record TargetItem(long id, String name, String unit, BigDecimal targetValue, String source) {
    }

    public record Unit(long organizationId, String organization, List<BigDecimal> results, List<Boolean> met,
                       boolean metAll) {
    }

    public static TargetItem of(Target t) {
        return new TargetItem(t.id, t.name, t.unit, t.targetValue, t.source);
    }

    public static TargetView of(TargetTable table) {
        return new TargetView(table.targets().stream().map(TargetView::of).toList(),
                table.rows().stream().map(TargetView::unit).toList());
    }

    static Unit unit(TargetTable.UnitRow r) {
        return new Unit(r.organization().id, r.organization().name,
                r.cells().stream().map(TargetTable.Cell::value).toList(),
                r.cells().stream().map(TargetTable.Cell::met).toList(), r.metAll());
    }
}
