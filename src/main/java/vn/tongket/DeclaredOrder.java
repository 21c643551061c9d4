package vn.tongket;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Sorting by an enum stored as text (EnumType.STRING) in its declared order: an HQL CASE over the constants, for the
 * ORDER BY of lists the database pages, where sorting by the text would follow the alphabet instead.
 */
public final class DeclaredOrder {

    private DeclaredOrder() {
    }

    /** "case d.category when vn.tongket.delegate.DelegateCategory.GUEST then 0 when ... end". */
    public static <E extends Enum<E>> String of(String path, Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> " when " + type.getName() + "." + e.name() + " then " + e.ordinal())
                .collect(Collectors.joining("", "case " + path, " end"));
    }
}
