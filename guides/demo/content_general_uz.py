"""Guides for everyone, under the hub itself: Uzbek (Latin) text.

Oʻ and gʻ are written with U+02BB, the tutuq belgisi (as in maʼlumot) with U+02BC."""

from .body import checklist, heading, source, text, tip, warning

GENERAL = {
    "guides": [
        {
            "reviewed_by": "Dasturning profilaktika boʻyicha maslahatchisi (demo)",
            "title": "Ekstremistik guruhlarga yollash: xavf belgilari va qayerga murojaat qilish",
            "summary": (
                "Zoʻravon guruhlarning yollovchilari yolgʻiz, qarzga botgan yoki "
                "adolatsizlikka uchragan odamlarni qidiradi. Ular qanday ishlaydi, ularni "
                "qanday tanib olish va xavotir olayotgan odamingizga qoʻrquv va uyatsiz "
                "qanday yordam berish mumkin."
            ),
            "body": [
                heading("Bu qoʻllanma nima uchun"),
                text(
                    """
                    Deyarli barcha migrantlar tinch yashaydi va ishlaydi. Ammo uydan uzoqda,
                    oʻzini yolgʻiz, charchagan his qiladigan, qarzga botgan yoki
                    adolatsizlikka uchragan odamlar zoʻravon guruhlar yollovchilarining
                    nishoniga aylanishi mumkin — koʻpincha internetda. Yollovchilar qanday
                    ishlashini bilish sizni, doʻstlaringizni va oilangizni himoya qiladi.
                    """
                ),
                heading("Yollovchilar qanday ishlaydi"),
                text(
                    """
                    Yollovchilar kamdan-kam hollarda zoʻravonlikdan boshlaydi. Ular:

                    - doʻstlik, eʼtibor, pul yoki ish va hujjatlar bilan yordam taklif qiladi;
                    - suhbatni yopiq chatlarga olib oʻtadi va uni sir saqlashni soʻraydi;
                    - diningiz, xalqingiz yoki shaxsan sizga hujum qilinayotganini va javob
                    faqat ularda ekanini aytadi;
                    - sizni oilangiz, diniy rahbarlar va jamoangizga qarshi qoʻyadi, ularni
                    zaif yoki notoʻgʻri deb ataydi;
                    - tez harakat qilishga undaydi: pul yuborish, biror joyga borish yoki
                    oʻzingizni «isbotlash».
                    """
                ),
                warning(
                    "Xavf haqiqiy",
                    """
                    Zoʻravon guruhga qoʻshilish, uni moliyalashtirish yoki unga yordam berish
                    Markaziy Osiyoda, Rossiyada, Koreyada va boshqa har qanday mamlakatda
                    ogʻir jinoyat hisoblanadi. Uning videolari yoki matnlarini internetda
                    tarqatish ham jinoiy ishga olib kelishi mumkin. Yollovchilar odamlardan
                    foydalanadi va ularni qamoq bilan, oilalarini esa oqibatlar bilan yolgʻiz
                    qoldiradi.
                    """,
                ),
                heading("Agar kimdir uchun xavotir olsangiz"),
                text(
                    """
                    Belgilar qatoriga qarashlar va doʻstlarning keskin oʻzgarishi, telefon
                    borasida sirlilik, oiladan uzilish yoki yangi doʻstlar bilan urush
                    hududiga borish haqidagi gaplar kirishi mumkin. Odamni uyaltirmang va unga
                    tahdid qilmang: bu uni yollovchilarga yanada yaqinlashtiradi. Aloqada
                    boʻling, tinglang va savollar bering. U hurmat qiladigan odamlarni jalb
                    qiling: oilasini, u ishonadigan diniy olimni, jamoa yetakchisini.
                    """
                ),
                checklist(
                    "Internetda oʻzingizni himoya qiling",
                    [
                        "Notanish odamlar bilan yopiq chatlarga qoʻshilmang",
                        "Internetdagi «doʻstlar»ga pul yoki hujjatlaringiz nusxasini yubormang",
                        "Din masalalarini oʻzingiz taniydigan va ishonadigan olimdan soʻrang",
                        "Zoʻravonlikka chaqiradigan akkauntlarni bloklang va ular ustidan "
                        "shikoyat qiling",
                        "Kimdir sizga bosim oʻtkazsa, oilangizga ayting",
                    ],
                ),
                tip(
                    "Qayerga murojaat qilish mumkin",
                    """
                    Oilangiz, ishonchli diniy rahbar yoki migrantlarni qoʻllab-quvvatlovchi
                    tashkilot bilan gaplashing. Agar kimgadir bevosita xavf tahdid solayotgan
                    boʻlsa, politsiyaga qoʻngʻiroq qiling: Rossiya, Qozogʻiston va Koreyada 112.
                    Elchixonangiz ham maslahat berishi mumkin. Ortga qaytish hech qachon kech
                    emas: Markaziy Osiyo mamlakatlarida bunday guruhlarni tark etgan odamlarga
                    va ularning oilalariga hayotini qaytadan tiklashga yordam beradigan
                    dasturlar bor.
                    """,
                ),
            ],
            "sources": [
                source("BMTning Giyohvand moddalar va jinoyatchilik boshqarmasi (UNODC)"),
                source(
                    "Yevropada xavfsizlik va hamkorlik tashkiloti (YXHT): zoʻravon "
                    "ekstremizmning oldini olish"
                ),
                source("Xalqaro migratsiya tashkiloti (IOM)", "https://www.iom.int"),
            ],
        },
    ],
}
