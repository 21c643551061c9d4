package vn.tongket.preparation;

/** Kinds of cost in the conference's budget estimate. */
public enum BudgetCategory {
    HALL, PRINTING, REFRESHMENTS, DELEGATE_SUPPORT, OTHER
}
