package vn.tongket.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/**
 * What the organiser enters for the command's proposal (Tờ trình of the Bộ Chỉ huy Quân sự tỉnh), one row per
 * conference: its number as registered ("125/TTr-BCH"), its date, and its signer. No row: nothing entered yet.
 */
@Entity
@Table(name = "dossier_settings")
public class DossierSettings extends PanacheEntityBase {

    @Id
    @Column(name = "conference_id")
    public Long conferenceId;

    @Column(name = "proposal_number", length = 50)
    public String proposalNumber;

    @Column(name = "proposal_date")
    public LocalDate proposalDate;

    /** The signature block's title, e.g. "CHỈ HUY TRƯỞNG"; lines split by a new line. */
    @Column(name = "signer_title", length = 200)
    public String signerTitle;

    @Column(name = "signer_name", length = 200)
    public String signerName;

    @Version
    public int version;

    /** The conference's settings, or an unsaved empty row. */
    public static DossierSettings of(long conferenceId) {
        DossierSettings s = findById(conferenceId);
        if (s != null) {
            return s;
        }
        DossierSettings empty = new DossierSettings();
        empty.conferenceId = conferenceId;
        return empty;
    }

    public boolean registered() {
        return proposalNumber != null && proposalDate != null;
    }

    /** The signature block's title lines, "CHỈ HUY TRƯỞNG" when none is entered. */
    public java.util.List<String> titleLines() {
        return signerTitle == null ? java.util.List.of("CHỈ HUY TRƯỞNG")
                : signerTitle.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
