"""Guides for South Korea: Uzbek (Latin) text.

Oʻ and gʻ are written with U+02BB, the tutuq belgisi (as in maʼlumot) with U+02BC."""

from . import numbers
from .body import (
    address,
    checklist,
    heading,
    phone,
    phones,
    source,
    text,
    tip,
    warning,
)

REVIEWED_BY = "Dastur yuristi (demo)"
EPS = source(
    "Ishga ruxsat berish tizimi (EPS), Koreya inson resurslarini rivojlantirish xizmati",
    "https://www.eps.go.kr",
)
MOEL = source("Koreya Respublikasi Bandlik va mehnat vazirligi")
HIKOREA = source("Hi Korea: Koreya immigratsiya xizmati", "https://www.hikorea.go.kr")
CHECK_HOURS = "Borishdan oldin ish vaqti va qabulga yozilish tartibini aniqlang."

DESTINATION = {
    "title": "Janubiy Koreya",
    "intro": (
        "Oʻzbekiston va Qirgʻizistondan boradigan ishchilarning aksariyati Janubiy Koreyaga "
        "ikki davlat hukumatlari olib boradigan dastur — Ishga ruxsat berish tizimi (EPS) "
        "orqali boradi. Bu qoʻllanmalar qonuniy yoʻl bilan qanday borishni, ishdagi "
        "huquqlaringizni, sogʻligʻingizni qanday asrashni va favqulodda holatda qayerga "
        "qoʻngʻiroq qilishni tushuntiradi."
    ),
    "guides": [
        {
            "reviewed_by": REVIEWED_BY,
            "title": "Ketishdan oldin: Koreyaga qonuniy yoʻl bilan borish",
            "summary": (
                "Ishga ruxsat berish tizimi — E-9 ish vizasiga olib boradigan rasmiy yoʻl. U "
                "qanday ishlaydi, qanday tayyorlanish kerak va yolgʻon vaʼdalar sotadigan "
                "vositachilardan qanday saqlanish mumkin."
            ),
            "body": [
                heading("Ishga ruxsat berish tizimi qanday ishlaydi"),
                text(
                    """
                    Ishga ruxsat berish tizimini (EPS) Koreya hukumati mamlakatingiz hukumati
                    bilan birgalikda olib boradi. Oʻzbekiston va Qirgʻiziston unda ishtirok
                    etadi. Bosqichlar quyidagicha:

                    1. Mamlakatingizning davlat agentligida EPS-TOPIK koreys tili imtihoniga
                    roʻyxatdan oʻting va uni topshiring. Baʼzi tanlovlarda koʻnikmalar sinovi
                    ham boʻladi.
                    2. Ismingiz ish izlovchilar roʻyxatiga kiritiladi. Koreyalik ish
                    beruvchilar ishchilarni shu roʻyxatdan tanlaydi.
                    3. Agar ish beruvchi sizni tanlasa, siz standart mehnat shartnomasini
                    imzolaysiz va E-9 ish vizasini olasiz.
                    4. Ketishdan oldin oʻquv kursidan, Koreyaga kelganingizdan keyin esa
                    ishga joylashish boʻyicha oʻquv kursidan va tibbiy koʻrikdan oʻtasiz.

                    EPSga faqat davlat agentligi roʻyxatga oladi. Hech bir xususiy vositachi
                    sizni roʻyxatga kirita olmaydi, roʻyxatda yuqoriga koʻtara olmaydi yoki
                    imtihonsiz ishga joylay olmaydi.
                    """
                ),
                warning(
                    "Vositachilar va turistik vizalar",
                    """
                    Baʼzi vositachilar Koreyada «kafolatlangan» ish uchun pul oladi yoki turist
                    sifatida borib, ishni oʻsha yerda topishni maslahat beradi. Koreyada ish
                    vizasisiz ishlash noqonuniy: sizni hibsga olishlari, mamlakatdan chiqarib
                    yuborishlari va qaytib kirishni taqiqlashlari mumkin, aldansangiz esa
                    yordam olish ancha qiyin boʻladi.
                    """,
                ),
                checklist(
                    "Ketishdan oldin",
                    [
                        "Shartnomaning butun muddatiga amal qiladigan pasport",
                        "Imzolangan standart mehnat shartnomasi: uni oʻqing va nusxasini saqlang",
                        "Ish beruvchining nomi, manzili va telefon raqami",
                        "Ketishdan oldingi oʻquv kursi tugatilgan",
                        "Birinchi oy uchun, birinchi maoshgacha yetadigan pul",
                        "Oilangizga qoldirilgan hujjatlar nusxalari",
                        "Elchixonangizning Seuldagi manzili va telefon raqami",
                    ],
                ),
                heading("Shartnomangizni oʻqing"),
                text(
                    """
                    Ish turini, joyini, oylik maoshni, ish vaqti va dam olish kunlarini
                    tekshiring. Turar joy va ovqat berilishi va ular qancha turishini ham
                    tekshiring. Tushunmagan narsangiz haqida imzolashdan oldin agentlikdan
                    soʻrang: kelganingizdan keyin biror narsani oʻzgartirish ancha qiyin.
                    """
                ),
                tip(
                    "Koreys tilini oʻrganishda davom eting",
                    """
                    Imtihon uchun oʻrganilgan koreys tili — faqat boshlanishi. Har bir yangi
                    soʻz xavfsizlik qoidalarini tushunishga, ish beruvchi bilan gaplashishga va
                    yordam soʻrashga yordam beradi.
                    """,
                ),
            ],
            "sources": [
                EPS,
                source("Oʻzbekiston Respublikasi Tashqi mehnat migratsiyasi agentligi"),
                source("Qirgʻiz Respublikasi Mehnat, ijtimoiy taʼminot va migratsiya vazirligi"),
            ],
        },
        {
            "reviewed_by": REVIEWED_BY,
            "title": "Koreyada ishdagi huquqlaringiz",
            "summary": (
                "Koreya mehnat qonunlari chet ellik ishchilarni ham himoya qiladi: eng kam "
                "ish haqi, ortiqcha ish uchun haq, xavfsiz mehnat va ishdan boʻshash nafaqasi. "
                "EPS ishchilarining maxsus sugʻurtalari va ishni almashtirmoqchi boʻlsangiz "
                "nima qilish kerak."
            ),
            "body": [
                heading("Koreyalik ishchilar bilan bir xil mehnat qonunlari"),
                text(
                    """
                    Chet ellik ishchilarni Koreya mehnat qonunlari himoya qiladi. Ish beruvchi
                    quyidagilarga majbur:

                    - har oy, belgilangan kunda, belgilangan eng kam ish haqidan kam
                    boʻlmagan maosh toʻlash;
                    - besh va undan ortiq xodim ishlaydigan korxonalarda ortiqcha ish, tungi
                    ish va bayram kunlaridagi ish uchun qoʻshimcha haq toʻlash;
                    - maosh qanday hisoblanganini koʻrsatadigan hisob varaqasini berish;
                    - xavfsiz ish, xavfsizlik boʻyicha oʻqitish va himoya vositalarini
                    taʼminlash;
                    - bir yil yoki undan koʻp ishlagan boʻlsangiz, ishdan boʻshash nafaqasini
                    toʻlash.

                    Qishloq xoʻjaligi va baliqchilikda ish vaqti boʻyicha boshqa qoidalar amal
                    qiladi: shartnomangizni diqqat bilan oʻqing. Agar ish beruvchi maoshingizdan
                    turar joy yoki ovqat uchun pul ushlab qolsa, bu haqda yozma kelishuv
                    soʻrang.
                    """
                ),
                heading("EPS ishchilari uchun sugʻurtalar"),
                text(
                    """
                    E-9 vizasidagi ishchilarning toʻrtta maxsus sugʻurtasi bor. Ish beruvchi
                    ishdan boʻshash nafaqangiz toʻlanadigan ketish kafolati sugʻurtasi va maosh
                    toʻlanmay qolgan holat uchun ish haqi kafolati sugʻurtasi uchun toʻlaydi. Siz
                    uyga chiptangizni qoplaydigan qaytish xarajatlari sugʻurtasi va ishdan
                    tashqaridagi kasallik yoki jarohat uchun baxtsiz hodisalar sugʻurtasi uchun
                    toʻlaysiz. Koreyadan ketayotganingizda ketish kafolati va qaytish
                    xarajatlari sugʻurtalaridan pulingizni oling.
                    """
                ),
                heading("Ishni almashtirish"),
                text(
                    """
                    E-9 vizasidagi ishchi ish joyini faqat muayyan sabablarga koʻra, masalan,
                    maosh toʻlanmasa, ish beruvchi shartnomani buzsa yoki korxona yopilsa, va
                    faqat cheklangan marta almashtirishi mumkin. Avval Bandlik markaziga
                    murojaat qiling. Agar shunchaki ishni tashlab ketsangiz, ish beruvchi bu
                    haqda xabar beradi va siz qonuniy maqomingizni yoʻqotishingiz mumkin.
                    """
                ),
                warning(
                    "Pasport va rezident kartasi sizniki",
                    """
                    Ish beruvchi pasportingizni yoki rezident kartangizni olib qolishga haqli
                    emas. Rezident kartasi uchun kelganingizdan keyin 90 kun ichida ariza
                    berishingiz kerak; odatda bu dastlabki haftalarda qilinadi.
                    """,
                ),
                tip(
                    "Yozib boring",
                    """
                    Har kuni ish soatlaringizni yozib boring, hisob varaqalari va bank
                    koʻchirmalarini saqlang. Agar sizga maosh toʻlanmasa, Bandlik va mehnat
                    vazirligining hududiy boshqarmasiga shikoyat qiling. Chet ellik ishchilarni
                    qoʻllab-quvvatlash markazlari bir necha tilda bepul yordam beradi.
                    """,
                ),
                phones(
                    "Qayerga murojaat qilish mumkin",
                    [
                        phone(
                            "Immigratsiya aloqa markazi",
                            numbers.IMMIGRATION_KR,
                            languages="koreys, ingliz va boshqa tillar",
                        ),
                        phone(
                            "Chet ellik ishchilarni qoʻllab-quvvatlash markazi",
                            numbers.SUPPORT_CENTRE_KR,
                            hours="Dushanbadan jumagacha, 9:00–18:00",
                            languages="koreys, rus, oʻzbek, qirgʻiz tillari",
                        ),
                    ],
                ),
            ],
            "sources": [
                MOEL,
                EPS,
                source("Xalqaro mehnat tashkiloti (ILO)", "https://www.ilo.org"),
            ],
        },
        {
            "reviewed_by": REVIEWED_BY,
            "title": "Koreyada sogʻliq va ruhiy farovonlik",
            "summary": (
                "EPS ishchilari uchun tibbiy sugʻurta qanday ishlaydi, ishda baxtsiz hodisa "
                "yuz bersa nima qilish kerak va uydan uzoqda ruhiy salomatlikni qanday asrash "
                "mumkin."
            ),
            "body": [
                heading("Tibbiy sugʻurta"),
                text(
                    """
                    E-9 vizasidagi ishchilar ish beruvchi orqali Milliy tibbiy sugʻurtaga
                    ega; sizning ulushingiz maoshingizdan ushlab qolinadi. Sugʻurta bilan
                    poliklinika, kasalxona va dorixonalarda xarajatning faqat bir qismini
                    toʻlaysiz. Shifokorga borganda rezident kartangiz yoki pasportingizni olib
                    boring.
                    """
                ),
                heading("Ishdagi baxtsiz hodisa"),
                text(
                    """
                    Agar ishda jarohat olsangiz, avval davolaning va ish beruvchiga xabar
                    bering. Ishlab chiqarishdagi baxtsiz hodisalar sugʻurtasi davolanishni va
                    yoʻqotilgan maoshning bir qismini toʻlaydi, hatto ish beruvchi sizni
                    rasmiylashtirmagan boʻlsa va vizangiz muddati tugagan boʻlsa ham. Koreya
                    ishchilarga tovon va ijtimoiy taʼminot xizmatiga oʻzingiz murojaat
                    qilishingiz mumkin: ish beruvchining ruxsati kerak emas.
                    """
                ),
                warning(
                    "Issiq, sovuq va kimyoviy moddalar",
                    """
                    Yozda tez-tez suv iching va soyada dam oling: issiqxonalarda va qurilishda
                    issiq odamni oʻldirishi mumkin. Qishda yopiq xonani hech qachon gaz yoki
                    koʻmir pechkasi bilan isitmang: is gazidan zaharlanish mumkin. Pestitsid va
                    kimyoviy moddalar bilan ishlaganda qoʻlqop va niqob taqing, agar berilmasa —
                    soʻrang.
                    """,
                ),
                heading("Ruhiy salomatlik ham muhim"),
                text(
                    """
                    Yolgʻizlik, uzoq ish kuni, qarzlar va oila haqidagi tashvish ogʻir. Stress
                    yomon uyqu, bosh ogʻrigʻi, jahl yoki koʻproq ichish bilan namoyon boʻlishi
                    mumkin. Quyidagilar yordam beradi:

                    - bir xil vaqtda uxlash va ovqatlanish;
                    - uyga qoʻngʻiroq qilish va bu yerda ham doʻstlar orttirish: ishda, jamoa
                    guruhlarida, ibodat joyingizda;
                    - his-tuygʻularingiz haqida ishonchli odam bilan gaplashish;
                    - chet ellik ishchilarni qoʻllab-quvvatlash markazidan oʻz tilingizda bepul
                    psixologik yordam haqida soʻrash.
                    """
                ),
                tip(
                    "Inqirozli vaziyatda",
                    """
                    Agar kimdir — oʻzingiz yoki boshqa odam — oʻz joniga qasd qilishni
                    oʻylayotgan yoki xavf ostida boʻlsa, darhol 119 raqamiga qoʻngʻiroq qiling
                    va yordam kelguncha u bilan birga boʻling.
                    """,
                ),
                phones(
                    "Sogʻliq uchun telefonlar",
                    [
                        phone(
                            "Tez yordam va oʻt oʻchiruvchilar",
                            numbers.FIRE_AMBULANCE_KR,
                            hours="kecha-kunduz",
                            languages="koreys tili; baʼzi tillar uchun tarjimonlar bor",
                        ),
                        phone(
                            "Chet ellik ishchilarga psixologik yordam",
                            numbers.SUPPORT_CENTRE_KR,
                            hours="Dushanbadan jumagacha, 9:00–18:00",
                            languages="rus, oʻzbek, qirgʻiz tillari",
                        ),
                    ],
                ),
            ],
            "sources": [
                source("Koreya Milliy tibbiy sugʻurta xizmati"),
                source("Koreya ishchilarga tovon va ijtimoiy taʼminot xizmati"),
                source(
                    "Jahon sogʻliqni saqlash tashkiloti (JSST): qochqinlar va migrantlar "
                    "salomatligi"
                ),
            ],
        },
        {
            "reviewed_by": REVIEWED_BY,
            "title": "Koreyada favqulodda aloqa raqamlari",
            "summary": (
                "Favqulodda holatda qayerga qoʻngʻiroq qilish, qayerda ekaningizni qanday "
                "tushuntirish va pasportni yoʻqotsangiz yoki sizni ushlashsa, elchixona bilan "
                "qanday bogʻlanish."
            ),
            "body": [
                heading("Favqulodda holatda"),
                text(
                    """
                    Politsiyani chaqirish uchun 112 ga, tez yordam yoki oʻt oʻchiruvchilarni
                    chaqirish uchun 119 ga qoʻngʻiroq qiling. Qoʻngʻiroqlar bepul. Sekin
                    gapiring: nima boʻlganini, qayerdaligingizni va telefon raqamingizni ayting.
                    Koreys tilida gapirmasangiz, tilingiz nomini aniq ayting va tarjimon
                    soʻrang.
                    """
                ),
                tip(
                    "Qayerda ekaningizni biling",
                    """
                    Ish joyingiz va uyingiz manzilini koreys tilida telefoningizga saqlang va
                    xarita ilovasidan joylashuvingizni yuborishni oʻrganing. Yaqin atrofdagi
                    koʻcha nomi yoki uy raqami yozilgan lavhaning surati ham yordam beradi.
                    """,
                ),
                phones(
                    "Favqulodda raqamlar",
                    [
                        phone("Politsiya", numbers.POLICE_KR, hours="kecha-kunduz"),
                        phone(
                            "Tez yordam va oʻt oʻchiruvchilar",
                            numbers.FIRE_AMBULANCE_KR,
                            hours="kecha-kunduz",
                        ),
                        phone(
                            "Immigratsiya aloqa markazi",
                            numbers.IMMIGRATION_KR,
                            languages="koreys, ingliz va boshqa tillar",
                        ),
                        phone(
                            "Oʻzbekiston elchixonasi, konsullik ishonch telefoni",
                            numbers.EMBASSY_UZ_KR,
                            languages="oʻzbek, rus tillari",
                        ),
                        phone(
                            "Qirgʻiziston elchixonasi, konsullik ishonch telefoni",
                            numbers.EMBASSY_KG_KR,
                            languages="qirgʻiz, rus tillari",
                        ),
                    ],
                ),
                heading("Agar pasportingizni yoʻqotsangiz"),
                text(
                    """
                    Yoʻqotish haqida politsiyaga xabar bering va yozma maʼlumotnoma soʻrang.
                    Keyin maʼlumotnoma, agar boʻlsa pasportingiz nusxasi va suratlar bilan
                    elchixonaga boring. Elchixona yangi pasport yoki uyga qaytish uchun hujjat
                    berishi mumkin. Yangi pasportingiz raqamini immigratsiya idorasiga xabar
                    qiling.
                    """
                ),
                heading("Agar sizni ushlashsa"),
                text(
                    """
                    Xotirjam boʻling va qarshilik koʻrsatmang. Sizda tarjimon olish va
                    elchixonangizga xabar berilishi huquqi bor. Tushunmagan hech narsangizga
                    imzo chekmang.
                    """
                ),
                address(
                    "Oʻzbekiston Respublikasi elchixonasi",
                    [
                        "Seul",
                        "Aniq manzilni Oʻzbekiston Tashqi ishlar vazirligi saytida tekshiring.",
                    ],
                    hours=CHECK_HOURS,
                ),
                address(
                    "Qirgʻiz Respublikasi elchixonasi",
                    [
                        "Seul",
                        "Aniq manzilni Qirgʻiziston Tashqi ishlar vazirligi saytida tekshiring.",
                    ],
                    hours=CHECK_HOURS,
                ),
            ],
            "sources": [
                HIKOREA,
                source("Koreya Milliy politsiya agentligi"),
                source("Koreya Milliy yongʻinga qarshi kurash agentligi"),
            ],
        },
    ],
}
