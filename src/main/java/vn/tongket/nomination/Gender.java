package vn.tongket.nomination;

/** Giới tính of an individual nominee, as the Home Affairs list prints it. */
public enum Gender {
    MALE, FEMALE
}
