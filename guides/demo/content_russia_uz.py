"""Guides for Russia: Uzbek (Latin) text.

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
IOM = source("Xalqaro migratsiya tashkiloti (IOM)", "https://www.iom.int")
ILO = source("Xalqaro mehnat tashkiloti (ILO)", "https://www.ilo.org")
MVD = source("Rossiya Federatsiyasi Ichki ishlar vazirligi: Migratsiya masalalari bosh boshqarmasi")

DESTINATION = {
    "title": "Rossiya",
    "intro": (
        "Rossiyada Markaziy Osiyodan kelgan millionlab odamlar ishlaydi. Bu qoʻllanmalar "
        "qonuniy yashash va ishlash uchun qanday hujjatlar kerakligini, ishdagi "
        "huquqlaringizni, ishga yollashdagi firibgarlikni qanday tanib olishni va uyga pulni "
        "qanday xavfsiz yuborishni tushuntiradi. Qoidalar tez-tez oʻzgaradi: biror ish "
        "qilishdan oldin migratsiya idorasi yoki konsullikdan aniqlab oling."
    ),
    "guides": [
        {
            "reviewed_by": REVIEWED_BY,
            "title": "Rossiyada hujjatlar va qonuniy yashash",
            "summary": (
                "Migratsiya kartasi, roʻyxatga olish, patent, tibbiy koʻrik va barmoq izlari: "
                "Rossiyadagi dastlabki haftalarda nima qilish kerak va soxta hujjatlar nega "
                "xavfli."
            ),
            "body": [
                heading("Dastlabki kunlar"),
                text(
                    """
                    Chegarada sizga migratsiya kartasi beriladi. Unda safar maqsadini «ish» deb
                    yozing: boshqa maqsad bilan patent ololmaysiz. Kartani Rossiyadan
                    ketguningizcha pasportingiz bilan birga saqlang.

                    Kelganingizdan keyin bir necha ish kuni ichida yashash manzilingiz boʻyicha
                    roʻyxatga (migratsiya hisobiga) olinishingiz kerak. Muddat fuqaroligingizga
                    bogʻliq; koʻpchilik uchun bu yetti ish kuni. Odatda kvartira egasi yoki ish
                    beruvchingiz roʻyxatga qoʻyadi. Xabarnomaning muhr bosilgan yirtib olinadigan
                    qismini soʻrab oling va saqlang: u roʻyxatda turganingizni tasdiqlaydi.
                    """
                ),
                heading("Ishlashga ruxsat"),
                text(
                    """
                    Yevroosiyo iqtisodiy ittifoqi aʼzolari boʻlgan Qirgʻiziston va Qozogʻiston
                    fuqarolariga patent kerak emas: ular mehnat shartnomasi bilan ishlaydi.
                    Oʻzbekiston va Tojikiston fuqarolariga patent kerak. Uni kelganingizdan
                    keyin 30 kun ichida Ichki ishlar vazirligining migratsiya boʻlimiga
                    topshiring. Odatda quyidagilar kerak boʻladi:

                    - pasport va migratsiya kartasi;
                    - roʻyxatga olinganlik tasdigʻi;
                    - tibbiy koʻrik, barmoq izlari va surat;
                    - rus tili, tarix va qonunchilik asoslari boʻyicha imtihondan oʻtganlik
                    sertifikati;
                    - tibbiy sugʻurta polisi.

                    Ishlash uchun kelgan har bir kishi, jumladan Yevroosiyo iqtisodiy ittifoqi
                    fuqarolari ham, tibbiy koʻrikdan oʻtishi va barmoq izlarini topshirishi
                    shart. Patent uchun har oy oldindan toʻlanadi. Agar toʻlov hatto bir kunga
                    kechiksa, patent oʻz kuchini yoʻqotadi.
                    """
                ),
                warning(
                    "Hech qachon hujjat sotib olmang",
                    """
                    Roʻyxatga olish, patent, imtihon sertifikati va tibbiy maʼlumotnomalarni
                    «navbatsiz» sotishadi. Ular soxta yoki roʻyxatga olish siz yashamaydigan
                    manzilda rasmiylashtirilgan boʻladi. Politsiya hujjatlarni oʻz bazalarida
                    tekshiradi. Soxta hujjatdan foydalanish jinoyat: sizni Rossiyadan chiqarib
                    yuborishlari va yillar davomida kirishni taqiqlashlari mumkin. Barcha
                    hujjatlarni oʻzingiz, rasmiy idorada rasmiylashtiring.
                    """,
                ),
                checklist(
                    "Oʻzingiz bilan va telefoningizda surat holida saqlang",
                    [
                        "Butun yashash muddatiga amal qiladigan pasport",
                        "Safar maqsadi «ish» deb yozilgan migratsiya kartasi",
                        "Roʻyxatga olish xabarnomasining yirtib olinadigan qismi",
                        "Patent va har oylik toʻlovning barcha cheklari",
                        "Mehnat shartnomasi",
                        "Tibbiy sugʻurta polisi",
                    ],
                ),
                tip(
                    "Safardan oldin kirish taqiqi yoʻqligini tekshiring",
                    """
                    Agar ilgari Rossiyada muammolaringiz boʻlgan boʻlsa, konsullik yoki
                    mamlakatingiz migratsiya agentligidan kirish taqiqi bor-yoʻqligini
                    tekshirib berishni soʻrang. Taqiq boʻlsa, sizni chegaradan qaytarishadi.
                    """,
                ),
                heading("Moskvadagi elchixonalar"),
                address(
                    "Oʻzbekiston Respublikasi elchixonasi",
                    ["Pogorelskiy pereulok, 12 (Погорельский переулок, 12)", "Moskva"],
                    hours="Borishdan oldin ish vaqti va qabulga yozilish tartibini aniqlang.",
                ),
                address(
                    "Qirgʻiz Respublikasi elchixonasi",
                    ["Bolshaya Ordinka koʻchasi, 64 (улица Большая Ордынка, 64)", "Moskva"],
                    hours="Borishdan oldin ish vaqti va qabulga yozilish tartibini aniqlang.",
                ),
            ],
            "sources": [MVD, IOM],
        },
        {
            "reviewed_by": REVIEWED_BY,
            "title": "Rossiyada mehnat shartnomasi va huquqlaringiz",
            "summary": (
                "Yozma shartnoma ish haqingizni, ish vaqtingizni va sogʻligʻingizni himoya "
                "qiladi. Unda nimalar boʻlishi kerak, ish beruvchi nima qilishga haqli emas "
                "va qayerga shikoyat qilish mumkin."
            ),
            "body": [
                heading("Har doim yozma shartnoma tuzing"),
                text(
                    """
                    Faqat siz va ish beruvchi imzolagan yozma mehnat shartnomasi bilan ishlang;
                    bir nusxasi sizda qolsin. Imzolashdan oldin uni oʻqing yoki ishonchli
                    odamdan birga oʻqishni soʻrang. Shartnomada quyidagilar boʻlishi kerak:

                    - ish beruvchining nomi va manzili;
                    - lavozimingiz va ish joyingiz;
                    - ish haqi miqdori va u toʻlanadigan kunlar;
                    - ish vaqti va dam olish kunlari.

                    Ogʻzaki vaʼdani isbotlash qiyin. Bitta ish uchun tuzilgan shartnoma
                    (fuqarolik-huquqiy shartnoma) odatda kamroq huquq beradi, masalan, haq
                    toʻlanadigan taʼtil boʻlmaydi. Ish beruvchi sizni ishga olganini migratsiya
                    organlariga xabar qilishi shart.
                    """
                ),
                heading("Huquqlaringiz"),
                text(
                    """
                    Qonuniy ishlayotgan chet ellik xodim ishda Rossiya fuqarosi bilan bir xil
                    huquqlarga ega:

                    - toʻliq ish kuni uchun belgilangan eng kam ish haqidan kam boʻlmagan maosh,
                    oyiga kamida ikki marta;
                    - oddiy ish haftasi 40 soat, ortiqcha ish vaqti qoʻshimcha haq bilan
                    toʻlanadi;
                    - har yillik haq toʻlanadigan taʼtil;
                    - xavfsiz ish, maxsus kiyim va himoya vositalari;
                    - ishda baxtsiz hodisa yuz berganda tibbiy yordam va tovon.
                    """
                ),
                warning(
                    "Pasportingiz sizniki",
                    """
                    Ish beruvchi pasportingizni «saqlash uchun» ham, «roʻyxatga olish uchun» ham
                    olib qolishga haqli emas. Uni koʻrsating, nusxa olishlariga ruxsat bering va
                    oʻsha kuniyoq qaytarib oling.
                    """,
                ),
                tip(
                    "Oʻzingiz yozib boring",
                    """
                    Har kuni necha soat ishlaganingizni yozib boring. Ish joyining suratlarini,
                    rahbarlaringizning ismlari va telefon raqamlarini hamda hisob varaqalarini
                    saqlang. Ish haqini bank kartasiga oʻtkazishlarini soʻrang: shunda tasdiq
                    qoladi. Agar sizga pul toʻlanmasa, bu yozuvlar yordam beradi.
                    """,
                ),
                heading("Agar sizga pul toʻlanmasa yoki yomon munosabatda boʻlishsa"),
                text(
                    """
                    Avval ish beruvchi bilan guvoh ishtirokida xotirjam gaplashing. Bu yordam
                    bermasa, Davlat mehnat inspeksiyasiga shikoyat qiling — buni onlayn ham
                    qilish mumkin — yoki sudga murojaat qiling: mehnat nizolarida xodim davlat
                    boji toʻlamaydi. Konsullik, kasaba uyushmalari va migrantlar tashkilotlari
                    bepul maslahat beradi.
                    """
                ),
                phones(
                    "Qayerdan maslahat olish mumkin",
                    [
                        phone(
                            "Mehnat migrantlarini qoʻllab-quvvatlash liniyasi",
                            numbers.MIGRANT_LINE_RU,
                            hours="Dushanbadan jumagacha, 9:00–18:00",
                            languages="rus, oʻzbek, qirgʻiz, tojik tillari",
                        ),
                        phone(
                            "Oʻzbekiston elchixonasi, ishonch telefoni",
                            numbers.EMBASSY_UZ_RU,
                            languages="oʻzbek, rus tillari",
                        ),
                        phone(
                            "Qirgʻiziston elchixonasi, ishonch telefoni",
                            numbers.EMBASSY_KG_RU,
                            languages="qirgʻiz, rus tillari",
                        ),
                    ],
                ),
            ],
            "sources": [
                ILO,
                source("Mehnat va bandlik boʻyicha federal xizmat (Rostrud)"),
            ],
        },
        {
            "reviewed_by": REVIEWED_BY,
            "title": (
                "Ishga yollashdagi firibgarlik va odam savdosi: oʻzingizni qanday himoya qilasiz"
            ),
            "summary": (
                "Ish takliflarining aksariyati halol, lekin baʼzilari tuzoq. Xavf belgilarini "
                "bilib oling, yollovchini tekshiring va siz yoki tanishingiz xavf ostida "
                "qolsa, nima qilishni biling."
            ),
            "body": [
                heading("Xavf belgilari"),
                text(
                    """
                    Agar yollovchi yoki ish beruvchi quyidagilarni qilsa, ehtiyot boʻling:

                    - ish yoki yoʻl uchun katta pul toʻlashni soʻrasa yoki buning uchun qarz
                    taklif qilsa;
                    - yozma shartnomasiz, yengil ish uchun juda katta maosh vaʼda qilsa;
                    - Rossiyaga turist yoki talaba sifatida kirib, «hujjatsiz» ishlashni
                    maslahat bersa;
                    - pasportingizni oʻzida olib qolmoqchi boʻlsa;
                    - kelganingizdan keyin ishni, maoshni yoki shaharni oʻzgartirsa;
                    - oilangiz yoki boshqa ishchilarga hech narsa aytmaslikni tayinlasa.
                    """
                ),
                heading("Ketishdan oldin tekshiring"),
                text(
                    """
                    Agentlikdan litsenziyasini soʻrang va uni mamlakatingiz migratsiya
                    agentligi yoki mehnat vazirligida tekshiring. Ish beruvchining nomi va
                    manzilini bilib oling va u yerda ishlagan odamlardan soʻrang. Shartnomani
                    uydan chiqishdan oldin, oʻzingiz tushunadigan tilda soʻrab oling.
                    """
                ),
                checklist(
                    "Oilangizga qoldiring",
                    [
                        "Pasportingiz va shartnomangiz nusxasi",
                        "Ish beruvchi va yollovchining nomi, manzili va telefon raqami",
                        "Siz yashaydigan manzil",
                        "Har hafta qoʻngʻiroq qiladigan kuningiz va soatingiz",
                        "«Men xavf ostidaman» degan maʼnoni bildiruvchi maxfiy soʻz",
                    ],
                ),
                warning(
                    "Hech qachon pasportingizni bermang",
                    """
                    Hech kim — ish beruvchi ham, yollovchi ham, uy egasi ham, «yordamchi» ham —
                    pasportingizni olib qolishga haqli emas. Agar hujjatlaringizni olib
                    qoʻyishsa, ketishingizga yoʻl qoʻyishmasa yoki qarzni ishlab berishingiz
                    kerak deyishsa, bu jinoyat: bu majburiy mehnat yoki odam savdosi boʻlishi
                    mumkin.
                    """,
                ),
                heading("Agar xavf ostida boʻlsangiz"),
                text(
                    """
                    Imkon boʻlishi bilan 112 raqamiga qoʻngʻiroq qiling: qoʻngʻiroq bepul va har
                    qanday mobil telefondan, hatto hisobda pul boʻlmasa ham ishlaydi.
                    Elchixona bilan bogʻlaning va oilangizga xabar bering. Odam savdosi
                    qurboni boʻlganlar jinoyatchi emas, jabrlanuvchidir: elchixonalar, Xalqaro
                    migratsiya tashkiloti va boshqa tashkilotlar hujjatlaringiz tartibda
                    boʻlmasa ham bepul va maxfiy yordam beradi.
                    """
                ),
                phones(
                    "Yordam telefonlari",
                    [
                        phone(
                            "Favqulodda xizmatlar: politsiya, tez yordam, oʻt oʻchiruvchilar",
                            numbers.EMERGENCY_RU,
                            hours="kecha-kunduz",
                            languages="rus tili",
                        ),
                        phone(
                            "Odam savdosiga qarshi ishonch telefoni",
                            numbers.ANTI_TRAFFICKING_RU,
                            hours="kecha-kunduz",
                            languages="rus, oʻzbek, qirgʻiz, tojik tillari",
                        ),
                        phone(
                            "Oʻzbekiston Tashqi mehnat migratsiyasi agentligi",
                            numbers.AGENCY_UZ,
                            languages="oʻzbek, rus tillari",
                        ),
                        phone(
                            "Qirgʻiziston Mehnat, ijtimoiy taʼminot va migratsiya vazirligi",
                            numbers.MINISTRY_KG,
                            languages="qirgʻiz, rus tillari",
                        ),
                    ],
                ),
            ],
            "sources": [IOM, ILO],
        },
        {
            "reviewed_by": REVIEWED_BY,
            "title": "Pul: uni uyga qanday xavfsiz yuborish mumkin",
            "summary": (
                "Pulni yoʻqotmasdan uyga qanday yuborish, firibgarlardan qanday himoyalanish "
                "va pul nimaga sarflanishini oilangiz bilan qanday rejalashtirish."
            ),
            "body": [
                heading("Pulni xavfsiz yoʻl bilan yuboring"),
                text(
                    """
                    Pulni naqd pul olib yuradigan yoki uni norasmiy «oʻtkazadigan» odamlar
                    orqali emas, bank yoki litsenziyaga ega pul oʻtkazmalari tizimi orqali
                    yuboring. Yuborishdan oldin ikki-uchta tizimning komissiyasi va valyuta
                    kursini solishtiring: oilangiz qancha pul olishi ana shularga bogʻliq. Oyiga
                    bitta kattaroq oʻtkazma koʻpincha koʻp mayda oʻtkazmalardan arzonroq tushadi.
                    """
                ),
                tip(
                    "Har bir chekni saqlang",
                    """
                    Har bir oʻtkazmaning chekini yoki ekran suratini nazorat raqami bilan
                    oilangiz pulni olguncha saqlang. Nazorat raqamini faqat pulni oladigan
                    odamga ayting. Patent toʻlovi cheklarini ham saqlang: ularni soʻrashlari
                    mumkin.
                    """,
                ),
                warning(
                    "Firibgarlar",
                    """
                    Bank xodimi hech qachon SMSdagi kodni, PIN-kodni yoki karta orqasidagi uchta
                    raqamni soʻramaydi. Agar sizga «bankdan» yoki «politsiyadan» qoʻngʻiroq qilib,
                    ularni soʻrashsa, goʻshakni qoʻying va karta orqasidagi raqamga qoʻngʻiroq
                    qiling. Hech qachon kartangiz yoki hisobingizni hech kimga bermang:
                    jinoyatchilar oʻgʻirlangan pulni begona hisoblar orqali oʻtkazadi va hisob
                    egasi javobgarlikka tortilishi mumkin.
                    """,
                ),
                heading("Naqd pul"),
                text(
                    """
                    Uyda yoki ishda koʻp naqd pul saqlamang va uni uyga qaytishda oʻzingiz bilan
                    olib yurmang: migrantlarni koʻpincha maosh kuni va aeroportga ketayotganda
                    talashadi. Katta miqdordagi naqd pul chegarada deklaratsiya qilinishi kerak.
                    Jamgʻarmangizni bank hisobida saqlang yoki uyga yuboring.
                    """
                ),
                heading("Oilangiz bilan birga rejalashtiring"),
                text(
                    """
                    Pul nimaga sarflanishini birga kelishib oling: kundalik ehtiyojlar, oʻqish,
                    sogʻliq, qarzlar va jamgʻarma. Har oy bir qismini kutilmagan holatlar uchun
                    va uyga qaytadigan vaqtingiz uchun chetga qoʻyishga harakat qiling. Qarz
                    olishda ehtiyot boʻling: faqat banklardan va litsenziyaga ega kreditorlardan
                    oling, avval shartlarini oʻqing va hech qachon boshqa odam uchun oʻz nomingizga
                    qarz rasmiylashtirmang.
                    """
                ),
                checklist(
                    "Pul yuborishdan oldin",
                    [
                        "Komissiya va valyuta kursini solishtiring",
                        "Oluvchining ismini tekshiring",
                        "Chek va nazorat raqamini saqlang",
                        "Nazorat raqamini faqat oluvchiga ayting, boshqa hech kimga emas",
                    ],
                ),
            ],
            "sources": [
                source(
                    "Jahon banki: Remittance Prices Worldwide (pul oʻtkazmalari narxlari)",
                    "https://remittanceprices.worldbank.org",
                ),
                source("Rossiya Federatsiyasi Markaziy banki"),
                IOM,
            ],
        },
    ],
}
