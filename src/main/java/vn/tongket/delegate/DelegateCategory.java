package vn.tongket.delegate;

/** Guests (khách mời) come before participants (thành phần) and awardees in the introduction list. */
public enum DelegateCategory {
    GUEST, PARTICIPANT, AWARDEE
}
