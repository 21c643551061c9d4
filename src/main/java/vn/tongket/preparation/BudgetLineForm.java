package vn.tongket.preparation;

import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.FormInput;
import vn.tongket.web.PageForm;

/** The budget page's cost line form; quantity and unit price typed the Vietnamese way ("1.800.000"). */
public class BudgetLineForm implements PageForm<BudgetLineRequest> {

    @RestForm
    public String category;
    @RestForm
    public String description;
    @RestForm
    public String quantity;
    @RestForm
    public String unit;
    @RestForm
    public String unitPrice;

    @Override
    public BudgetLineRequest read(FormInput in) {
        return new BudgetLineRequest(in.choice(BudgetCategory.class, "category", category),
                in.text("description", description), in.integer("quantity", quantity), in.text("unit", unit),
                in.whole("unitPrice", unitPrice));
    }
}
