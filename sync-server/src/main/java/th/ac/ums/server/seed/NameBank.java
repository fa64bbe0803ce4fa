package th.ac.ums.server.seed;

import java.util.SplittableRandom;

/**
 * Thai given names and surnames with their RTGS romanisations. Surnames are built the way many
 * Thai surnames are: two meaningful parts joined ("ศรี" + "สวัสดิ์" = "ศรีสวัสดิ์", Sisawat).
 */
final class NameBank {
    /** A name in Thai and in English letters. */
    record Name(String th, String en) {
    }

    private static final String[][] MALE = {
        {"สมชาย", "Somchai"}, {"สมศักดิ์", "Somsak"}, {"สมพงษ์", "Somphong"}, {"ประเสริฐ", "Prasoet"},
        {"วิชัย", "Wichai"}, {"สุรชัย", "Surachai"}, {"อนันต์", "Anan"}, {"ธนพล", "Thanaphon"},
        {"ณัฐวุฒิ", "Natthawut"}, {"กิตติพงษ์", "Kittiphong"}, {"ภาณุ", "Phanu"}, {"ชัยวัฒน์", "Chaiwat"},
        {"ธีรพงษ์", "Thiraphong"}, {"วรวุฒิ", "Worawut"}, {"พีระพงษ์", "Phiraphong"}, {"อภิชาติ", "Aphichat"},
        {"ศุภชัย", "Suphachai"}, {"เอกชัย", "Ekkachai"}, {"ปิยะ", "Piya"}, {"ธนากร", "Thanakon"},
        {"จักรพันธ์", "Chakkraphan"}, {"นพดล", "Noppadon"}, {"ณัฐพล", "Natthaphon"}, {"ภัทรพล", "Phatthraphon"},
        {"ศักดิ์ชัย", "Sakchai"}, {"อรรถพล", "Atthaphon"}, {"กฤษดา", "Kritsada"}, {"ธนวัฒน์", "Thanawat"},
        {"พงศกร", "Phongsakon"}, {"วีระ", "Wira"}, {"ชาญวิทย์", "Chanwit"}, {"สุทธิพงษ์", "Sutthiphong"},
        {"ธวัชชัย", "Thawatchai"}, {"ปกรณ์", "Pakon"}, {"อดิศักดิ์", "Adisak"}, {"บุญชัย", "Bunchai"},
        {"เกียรติศักดิ์", "Kiattisak"}, {"ธีรวัฒน์", "Thirawat"}, {"ภูมิ", "Phum"}, {"ก้องภพ", "Kongphop"},
        {"ปัณณวัฒน์", "Pannawat"}, {"ธนภัทร", "Thanaphat"}, {"กฤตภาส", "Krittaphat"}, {"ณัฐดนัย", "Natdanai"},
        {"รัฐพล", "Ratthaphon"}, {"ศิวกร", "Siwakon"}, {"ชยพล", "Chayaphon"}, {"วชิรวิทย์", "Wachirawit"},
        {"ปวริศ", "Pawarit"}, {"ภูริ", "Phuri"}, {"คณิน", "Khanin"}, {"ธราเทพ", "Tharathep"},
        {"พิชิตชัย", "Phichitchai"}, {"เจษฎา", "Chetsada"}, {"อิทธิพล", "Itthiphon"}, {"ทวีศักดิ์", "Thawisak"},
        {"สิทธิชัย", "Sitthichai"}, {"มานพ", "Manop"}, {"ยุทธนา", "Yutthana"}, {"วสันต์", "Wasan"},
    };

    private static final String[][] FEMALE = {
        {"สมหญิง", "Somying"}, {"สุภาพร", "Suphaphon"}, {"วิภาวรรณ", "Wiphawan"}, {"ศิริพร", "Siriphon"},
        {"กาญจนา", "Kanchana"}, {"นภัสสร", "Naphatson"}, {"พิมพ์ชนก", "Phimchanok"}, {"ณัฐธิดา", "Natthida"},
        {"ปิยะนุช", "Piyanut"}, {"อรอุมา", "On-uma"}, {"จิราพร", "Chiraphon"}, {"ชนิดา", "Chanida"},
        {"ธิดารัตน์", "Thidarat"}, {"พรทิพย์", "Phonthip"}, {"รัตนา", "Rattana"}, {"วรรณา", "Wanna"},
        {"สุนิสา", "Sunisa"}, {"อัญชลี", "Anchali"}, {"กนกวรรณ", "Kanokwan"}, {"ขวัญใจ", "Khwanchai"},
        {"จันทร์เพ็ญ", "Chanphen"}, {"ดวงใจ", "Duangchai"}, {"ทิพวรรณ", "Thipphawan"}, {"นงลักษณ์", "Nongluk"},
        {"บุษบา", "Butsaba"}, {"ปรียา", "Priya"}, {"พัชรินทร์", "Phatcharin"}, {"มาลัย", "Malai"},
        {"ลัดดา", "Ladda"}, {"ศศิธร", "Sasithon"}, {"สุดารัตน์", "Sudarat"}, {"อรทัย", "Orathai"},
        {"เบญจวรรณ", "Benchawan"}, {"ปวีณา", "Pawina"}, {"ณัฐนิชา", "Natnicha"}, {"ชุติมา", "Chutima"},
        {"ธนพร", "Thanaphon"}, {"พิชญา", "Phitchaya"}, {"กมลชนก", "Kamonchanok"}, {"ภัทรา", "Phatthra"},
        {"ศุภิสรา", "Suphitsara"}, {"อริสา", "Arisa"}, {"ปุณยวีร์", "Punyawi"}, {"ณิชา", "Nicha"},
        {"ชญานิษฐ์", "Chayanit"}, {"พิมพ์ลดา", "Phimlada"}, {"วรัญญา", "Waranya"}, {"เกวลิน", "Kewalin"},
        {"ธัญญารัตน์", "Thanyarat"}, {"นันทิชา", "Nanthicha"}, {"อาภัสรา", "Aphatsara"}, {"กัญญาณัฐ", "Kanyanat"},
        {"ปาริชาติ", "Parichat"}, {"สิริกานดา", "Sirikanda"}, {"จิดาภา", "Chidapha"}, {"ภาวิณี", "Phawini"},
        {"มณีรัตน์", "Manirat"}, {"ชลธิชา", "Chonthicha"}, {"อุษา", "Usa"}, {"ดารุณี", "Daruni"},
    };

    private static final String[][] SURNAME_HEAD = {
        {"ศรี", "Si"}, {"สุข", "Suk"}, {"แก้ว", "Kaeo"}, {"ทอง", "Thong"}, {"บุญ", "Bun"}, {"วงศ์", "Wong"},
        {"ชัย", "Chai"}, {"จันทร์", "Chan"}, {"เพชร", "Phet"}, {"รัตน", "Rattana"}, {"ศักดิ์", "Sak"},
        {"พงษ์", "Phong"}, {"สมบูรณ์", "Sombun"}, {"มั่น", "Man"}, {"เจริญ", "Charoen"}, {"ประเสริฐ", "Prasoet"},
        {"อินทร์", "In"}, {"สุวรรณ", "Suwan"}, {"พร", "Phon"}, {"ทรัพย์", "Sap"}, {"นาค", "Nak"}, {"มณี", "Mani"},
        {"กิจ", "Kit"}, {"ธรรม", "Tham"}, {"ปัญญา", "Panya"}, {"วิเศษ", "Wiset"}, {"สิงห์", "Sing"},
        {"ศิริ", "Siri"}, {"เงิน", "Ngoen"}, {"คำ", "Kham"}, {"ดวง", "Duang"}, {"เรือง", "Rueang"},
        {"พิทักษ์", "Phithak"}, {"นิล", "Nin"}, {"ทิพย์", "Thip"}, {"ขาว", "Khao"}, {"มงคล", "Mongkhon"},
        {"วัฒน", "Watthana"}, {"อุดม", "Udom"}, {"รุ่ง", "Rung"},
    };

    private static final String[][] SURNAME_TAIL = {
        {"สวัสดิ์", "sawat"}, {"ดี", "di"}, {"ใจ", "chai"}, {"สุข", "suk"}, {"วงศ์", "wong"}, {"ศรี", "si"},
        {"ทอง", "thong"}, {"พันธ์", "phan"}, {"ชัย", "chai"}, {"เจริญ", "charoen"}, {"รักษ์", "rak"},
        {"กุล", "kun"}, {"ประเสริฐ", "prasoet"}, {"สมบูรณ์", "sombun"}, {"มณี", "mani"}, {"รัตน์", "rat"},
        {"พงษ์", "phong"}, {"ศักดิ์", "sak"}, {"วิเศษ", "wiset"}, {"บุญ", "bun"}, {"ไพศาล", "phaisan"},
        {"อนันต์", "anan"}, {"นิมิต", "nimit"}, {"ถาวร", "thawon"}, {"สกุล", "sakun"}, {"ธนา", "thana"},
        {"วัฒนา", "watthana"}, {"เกษม", "kasem"}, {"ปัญญา", "panya"}, {"อุดม", "udom"}, {"ทรัพย์", "sap"},
        {"สิทธิ์", "sit"}, {"ภักดี", "phakdi"}, {"ศิลป์", "sin"}, {"พิทักษ์", "phithak"}, {"มั่นคง", "mankhong"},
        {"รุ่งเรือง", "rungrueang"}, {"เลิศ", "loet"}, {"โชติ", "chot"}, {"แสง", "saeng"},
    };

    private NameBank() {
    }

    static Name firstName(SplittableRandom random, boolean female) {
        String[] pick = (female ? FEMALE : MALE)[random.nextInt(female ? FEMALE.length : MALE.length)];
        return new Name(pick[0], pick[1]);
    }

    static Name surname(SplittableRandom random) {
        String[] head = SURNAME_HEAD[random.nextInt(SURNAME_HEAD.length)];
        String[] tail = SURNAME_TAIL[random.nextInt(SURNAME_TAIL.length)];
        return new Name(head[0] + tail[0], head[1] + tail[1]);
    }

    static String phone(SplittableRandom random) {
        int prefix = new int[] {6, 8, 9}[random.nextInt(3)];
        return String.format("0%d%d-%03d-%04d", prefix, random.nextInt(10), random.nextInt(1000),
                random.nextInt(10_000));
    }
}
