"""Quizzes of "Effective social work with labour migrants and their families": Uzbek (Latin)
text.

Oʻ and gʻ are written with U+02BB, the tutuq belgisi (as in taʼlim) with U+02BC."""

from .quiz import correct, multiple, single, true_false

# Not "Toʻgʻri": that is how the result page marks the right choice.
TRUE, FALSE = "Rost", "Yolgʻon"

# Asked twice, in the pre-test and in the post-test: the difference of the scores is the gain.
PRE_POST_QUESTIONS = [
    single(
        "Markaziy Osiyoda mehnat migratsiyasi odatda nima hisoblanadi?",
        [
            "Bir kishining ketish haqidagi oʻz qarori",
            correct(
                "Oila strategiyasi: oilaning baʼzi aʼzolari chet elda ishlaydi va ular yuborgan "
                "pul oilaning ehtiyojlariga sarflanadi"
            ),
            "Oila buzilayotganining belgisi",
            "Asosan yosh ayollar qiladigan tanlov",
        ],
        "Migratsiya kamdan-kam hollarda bir kishining qarori boʻladi. Odatda oilaning bir yoki "
        "bir necha aʼzosi chet elda ishlaydi, pul oʻtkazmalari esa oziq-ovqat, oʻqish, "
        "davolanish, uy, toʻy yoki qarzni uzishga sarflanadi.",
    ),
    multiple(
        "Quyidagilarning qaysilari migrant oilasiga yordam kerak boʻlishi mumkinligini "
        "koʻrsatadi? Mos keladiganlarning hammasini tanlang.",
        [
            correct("Bolaning davomati, baholari yoki xulqi birdan oʻzgardi."),
            correct("Oila haftalab migrantdan xabar olmayapti."),
            "Bolalar chet eldagi otasi bilan har kuni videoqoʻngʻiroq orqali gaplashadi.",
            correct("Oila oziq-ovqat, isitish yoki dori-darmon uchun pul topa olmayapti."),
            "Ona ishlayotganda bolalarga buvisi qaraydi.",
        ],
        "Boladagi keskin oʻzgarishlar, migrantdan haftalab xabar yoʻqligi va oziq-ovqat, "
        "isitish yoki dori-darmonga pul yetmasligi — xavotirli belgilar. Har kungi "
        "qoʻngʻiroqlar va buvining yordami odatda muammo emas, balki resursdir.",
        partial_credit=True,
    ),
    true_false(
        "Ota-onasi chet elda ishlayotgan bolalarni «tashlab ketilgan» deb atash xizmatlarning "
        "ularning ahvoliga jiddiyroq qarashiga yordam beradi.",
        [TRUE, correct(FALSE)],
        "«Tashlab ketilgan bolalar» yoki «buzilgan oila» kabi yorliqlar odamlarni kamsitadi va "
        "koʻpincha notoʻgʻri boʻladi: koʻp oilalar bir-biriga yaqin boʻlib qoladi va yaxshi "
        "uddalaydi. «Ota-onasi chet elda ishlayotgan bolalar» deb ayting.",
    ),
    single(
        "Kuchli tomonlarga asoslangan yondashuv nimani anglatadi?",
        [
            "Faqat yaxshi ketayotgan narsalar haqida gapirish va oilaning muammolarini chetda "
            "qoldirish",
            correct(
                "Xavflarni eʼtiborsiz qoldirmasdan, oila nimani uddalay olishi, nimaga egaligi "
                "va nimani xohlashidan kelib chiqish"
            ),
            "Oilaga nima kerakligini uning oʻrniga hal qilish, chunki ekspert — ijtimoiy xodim",
            "Faqat jiddiy muammolari boʻlmagan oilalar bilan ishlash",
        ],
        "Kuchli tomonlarga asoslangan yondashuv oilaning imkoniyatlari, resurslari va "
        "istaklaridan kelib chiqadi. U xavflarni eʼtiborsiz qoldirmaydi va odamlarni oʻz "
        "hayotining ekspertlari deb tan oladi.",
    ),
    multiple(
        "Insondan qachon rozilik soʻrash kerak? Mos keladiganlarning hammasini tanlang.",
        [
            correct("Baholashdan oldin"),
            correct("U haqidagi maʼlumotni boshqa xizmatga berishdan oldin"),
            correct("Suratga olishdan oldin"),
            "Faqat inson bola boʻlsa",
        ],
        "Rozilik baholashdan, maʼlumot berishdan va suratga olishdan oldin soʻraladi. "
        "Bolalardan ham ularning yoshiga mos soʻzlar bilan, ularga qarayotgan kattaning "
        "roziligi bilan birga rozilik soʻraladi.",
    ),
    true_false(
        "Birinchi uchrashuvda maxfiylikning chegaralari borligini tushuntirasiz: agar bola yoki "
        "kattaga jiddiy zarar yetish xavfi boʻlsa, boshqalarni jalb qilishga majbur boʻlasiz.",
        [correct(TRUE), FALSE],
        "Buni boshidanoq ochiq aytish keyinchalik, kimnidir himoya qilish uchun harakat "
        "qilishingizga toʻgʻri kelganda, ishonchni saqlaydi.",
    ),
    single(
        "«Iliq» yoʻnaltirish nima?",
        [
            "Oilaga tumandagi xizmatlarning bosma roʻyxatini berish",
            correct("Xizmatga inson bilan birga qoʻngʻiroq qilish yoki u bilan birga borish"),
            "Oilani tanishlari ishlaydigan xizmatga yoʻnaltirish",
            "Boshqa xizmat hammasini bilishi uchun unga butun ish hujjatlarini berish",
        ],
        "«Iliq» yoʻnaltirishda siz xizmatga inson bilan birga qoʻngʻiroq qilasiz yoki u bilan "
        "birga borasiz. Boshqa xizmatga faqat u bilishi zarur boʻlgan maʼlumotni bering va "
        "keyin natijani tekshiring.",
    ),
]

FINAL_QUESTIONS = [
    single(
        "Ota yoki onasi chet elda ishlayotgan bolani eng kuchli nima himoya qiladi?",
        [
            "Uyda va maktabda qatʼiy qoidalar",
            correct("Unga gʻamxoʻrlik qiladigan bitta barqaror va mehribon katta inson"),
            "Ota yoki onadan muntazam pul oʻtkazmalari",
            "Ota yoki ona tez orada qaytishi haqidagi vaʼda",
        ],
        "Bolalar ota yoki onasining yoʻqligini turlicha boshdan kechiradi; ularni eng kuchli "
        "himoya qiladigan narsa — bitta barqaror va mehribon katta inson.",
    ),
    multiple(
        "Bolaga ota yoki onasining yoʻqligini yengishga nima yordam beradi? Mos keladiganlarning "
        "hammasini tanlang.",
        [
            correct(
                "Ota yoki ona qayerda va nima uchun ketganini bolaning yoshiga mos, halol "
                "tushuntirish"
            ),
            correct("Chet eldagi ota yoki onaga belgilangan kun va soatda qoʻngʻiroqlar"),
            "Hech kim qachonligini bilmasa ham, ota yoki ona tez orada qaytadi deb vaʼda berish",
            correct(
                "Uzoqdagi ota yoki onani bolaning maktabi va sogʻligʻi haqidagi qarorlarga jalb "
                "qilish"
            ),
            "Koʻproq harakat qilishi uchun bolani yomon baholar uchun jazolash",
        ],
        "Halol tushuntirishlar, oldindan maʼlum aloqa va uzoqdagi ota yoki onaning ishtiroki "
        "yordam beradi. Bajarilmasligi mumkin boʻlgan vaʼdalar va jazo yordam bermaydi: "
        "vaziyatni biladigan oʻqituvchi tushunish bilan javob beradi.",
        partial_credit=True,
    ),
    true_false(
        "Agar bolaga bevosita xavf tahdid solayotganini bilsangiz, keyingi rejalashtirilgan "
        "tashrifni kutmasdan, shu kuniyoq harakat qilasiz.",
        [correct(TRUE), FALSE],
        "Zoʻravonlik, oʻz joniga qasd qilish xavfi, odamning bedarak yoʻqolishi yoki odam "
        "savdosiga shubha shu kuniyoq harakat qilishni talab qiladi: tashkilotingiz tartibiga "
        "amal qiling, rahbaringizga xabar bering va mamlakatingiz qoidalariga muvofiq "
        "politsiya, sogʻliqni saqlash yoki bolalarni himoya qilish xizmatlariga murojaat "
        "qiling.",
    ),
    single(
        "Nurgul oilada hammasi joyida deydi, ammo uning 13 yoshli oʻgʻli bozorda ishlash uchun "
        "darslarni qoldiryapti. Nimadan boshlagan maʼqul?",
        [
            "Nurgulga oʻgʻliga qaramayotganini va uni ishlashdan toʻxtatishi kerakligini aytish",
            correct(
                "Chet eldagi otani ham qoʻshib, butun oilani koʻrish va ular qanday "
                "uddalayotgani hamda ularga kim yordam berishini soʻrash"
            ),
            "Darhol Moskvadagi otaga qoʻngʻiroq qilib, oʻgʻli maktabni tashlaganini aytish",
            "Bolalar mehnatidan foydalangani uchun oila haqida politsiyaga xabar berish",
        ],
        "Yaxshi amaliyot butun oilani va uning resurslarini koʻrishdan boshlanadi. Chet eldagi "
        "migrantga oiladagi muammo haqida ehtiyotsizlik bilan aytish zarar yetkazishi mumkin, "
        "bolaga esa bevosita xavf yoʻq.",
    ),
    multiple(
        "Qishloq yoki mahallada maxfiylikni qanday saqlaysiz? Mos keladiganlarning hammasini "
        "tanlang.",
        [
            correct("Inson bilan xoli joyda uchrashaman."),
            "Hamma yordam berishi uchun holatni mahalliy mansabdorlarning messenjer guruhida "
            "muhokama qilaman.",
            correct(
                "Ish hujjatlarini qulflangan joyda yoki parol bilan himoyalangan holda saqlayman."
            ),
            "Ayol aytgan zoʻravonlik haqida uni himoya qilishlari uchun qarindoshlariga aytaman.",
        ],
        "Bu yerda hamma bir-birini taniydi va zoʻravonlik haqidagi hikoya notoʻgʻri odamga "
        "yetib borsa, ayol yanada katta xavf ostida qolishi mumkin. Holatlarni yoʻlakda yoki "
        "messenjer guruhlarida muhokama qilmang va inson roziligisiz qarindoshlar yoki "
        "oqsoqollarni jalb qilmang.",
    ),
    single(
        "Quyidagilardan qaysi biri yordam niyatida qilinsa ham zarar yetkazishi mumkin?",
        [
            correct("Yordam oladigan oilalarning ochiq roʻyxatini osib qoʻyish"),
            "Oiladan shu paytgacha nima yordam berganini soʻrash",
            "Oilaning oʻzi tanlagan maqsadlarni kelishib olish",
            "Birinchi uchrashuvda maxfiylik chegaralarini tushuntirish",
        ],
        "Yordam oluvchilarning ochiq roʻyxati ularni kamsitishi mumkin. Harakat qilishdan oldin "
        "oʻzingizdan soʻrang: bu insonni sharmandalik, zoʻravonlik, daromaddan ayrilish yoki "
        "qoʻshnilar hasadiga duchor qilmaydimi?",
    ),
    true_false(
        "Odatda oilalar ijtimoiy xodimga zoʻravonlik, qarzlar yoki erining maqomi tartibga "
        "solinmagani haqida birinchi uchrashuvdayoq aytib beradi.",
        [TRUE, correct(FALSE)],
        "Odamlar uyat, gʻiybat va hokimiyatdan qoʻrqadi. Ular sizga ishonganda va siz xotirjam, "
        "xoli joyda va hukm qilmasdan soʻraganingizda aytib beradi.",
    ),
    multiple(
        "Xizmatlar xaritangiz har bir xizmat haqida nimalarni koʻrsatishi kerak? Mos "
        "keladiganlarning hammasini tanlang.",
        [
            correct("Nimani taklif qilishi va undan kim foydalana olishi"),
            correct("Masʼul shaxs va ish vaqti"),
            correct("Narxi va qaysi tillarda ishlashi"),
            "Siz u yerga yoʻnaltirgan oilalarning ismlari",
        ],
        "Foydali xaritada har bir xizmat nimani taklif qilishi, undan kim foydalana olishi, "
        "masʼul shaxs, ish vaqti, narxi va tillari koʻrsatiladi. Oilalarning ismlariga unda "
        "oʻrin yoʻq.",
        partial_credit=True,
    ),
    single(
        "Bakitni uchta xizmatga yoʻnaltirganidan ikki hafta oʻtib, ijtimoiy xodim Bakitga va "
        "har bir xizmatga qoʻngʻiroq qildi. Nima uchun?",
        [
            correct("Uchrashuv boʻlib oʻtgani va foyda berganini bilish uchun"),
            "Yoʻnaltirishlar qilingani uchun ishni yopish maqsadida",
            "Har bir xizmatga Bakitning butun ish hujjatlarini berish uchun",
            "Chunki xizmatlar ijtimoiy xodim qoʻngʻiroq qilmasa ish boshlay olmaydi",
        ],
        "Natijani tekshirish — natija beradigan yoʻnaltirishning oxirgi qadami: insondan ham, "
        "xizmatdan ham uchrashuv boʻlib oʻtgani va foyda berganini soʻrang.",
    ),
    single(
        "Imomlar, oqsoqollar va hurmatli ayollarni qanday jalb qilish kerak?",
        [
            "Ulardan siz ishlayotgan har bir oilaga borib kelishni soʻrash",
            correct(
                "Oila boʻlishishga rozi boʻlgan masalalargagina, shaxsiy maʼlumotlarni hech "
                "qachon roziliksiz bermasdan"
            ),
            "Umuman jalb qilmaslik: din va ijtimoiy ishni bir-biridan ajratish kerak",
            "Oila nomidan gapirishlari uchun ularga ish hujjatlarini berish",
        ],
        "Diniy va jamoat yetakchilari jamiyatdagi qoralashni kamaytirishi, oilalarni yordam "
        "soʻrashga undashi va qaytganlarni jamoaga qayta qabul qilishga yordam berishi mumkin — "
        "ularning roli va oilaning roziligi hurmat qilingan holda.",
    ),
]

QUESTIONS = {
    "pre_test": PRE_POST_QUESTIONS,
    "post_test": PRE_POST_QUESTIONS,
    "final": FINAL_QUESTIONS,
}
