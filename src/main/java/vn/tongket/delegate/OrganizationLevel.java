package vn.tongket.delegate;

/** Administrative level of an organisation; since 07/2025 local government has no district level, so it is data, not structure. */
public enum OrganizationLevel {
    CENTRAL, MILITARY_REGION, PROVINCE, DISTRICT, COMMUNE, OTHER
}
