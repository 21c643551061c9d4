package vn.tongket.delegate;

/**
 * Administrative level of an organisation; since 07/2025 local government has no district level (Law 72/2025/QH15), so
 * it is data, not structure. WARD and SPECIAL_ZONE (đặc khu) stand beside COMMUNE at the commune level; a regional
 * defence command (Ban Chỉ huy Phòng thủ khu vực) took over from the district military commands.
 */
public enum OrganizationLevel {
    CENTRAL, MILITARY_REGION, PROVINCE, DISTRICT, COMMUNE, OTHER, WARD, SPECIAL_ZONE, REGIONAL_DEFENCE_COMMAND;

    /** Commune, ward or special zone: the grassroots (cơ sở) level of local government. */
    public boolean communeLevel() {
        return this == COMMUNE || this == WARD || this == SPECIAL_ZONE;
    }
}
