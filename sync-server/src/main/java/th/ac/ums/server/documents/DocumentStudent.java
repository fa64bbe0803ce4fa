package th.ac.ums.server.documents;

/** The student a document is for: the code (Ref1 of a QR payment) and the name in Thai and English. */
public record DocumentStudent(String code, String nameTh, String nameEn) {
}
