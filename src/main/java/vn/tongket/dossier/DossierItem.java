package vn.tongket.dossier;

import java.util.List;

/** One line of the dossier checklist: the document's key and title, whether it can be printed, and what it lacks. */
public record DossierItem(String key, String title, boolean ready, List<String> missing) {
}
