package vn.tongket.target;

import java.math.BigDecimal;
import java.util.List;

/**
 * The targets the plans this service was built from set for the year, offered to each conference as its first list
 * (the organiser then corrects or adds). Taken from the "Kế hoạch công tác quốc phòng địa phương năm 2024" of a
 * district-level unit (shared/seeds 000, sections 3 and 4); the others in shared/seeds state targets without figures.
 */
public final class PlanTargets {

    public record Seed(String name, String unit, BigDecimal value, String source) {
    }

    private static final String PLAN = "Kế hoạch công tác quốc phòng địa phương năm 2024";

    public static final List<Seed> SEEDS = List.of(
            new Seed("Lực lượng dân quân so với dân số", "%", new BigDecimal("0.82"), PLAN + ", mục 3"),
            new Seed("Tuyển chọn, gọi công dân nhập ngũ so với chỉ tiêu giao", "%", new BigDecimal("100"),
                    PLAN + ", mục 3"),
            new Seed("Dân quân được tập huấn, huấn luyện so với tổng số", "%", new BigDecimal("88"), PLAN + ", mục 4"),
            new Seed("Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 so với chỉ tiêu giao", "%",
                    new BigDecimal("100"), PLAN + ", mục 4"));

    private PlanTargets() {
    }
}
