"""Effective social work with labour migrants and their families: Uzbek (Latin) text.

Oʻ and gʻ are written with U+02BB, the tutuq belgisi (as in taʼlim) with U+02BC."""

from .body import case_study, heading, reflection, text, tip, warning

COURSE = {
    "title": "Mehnat migrantlari va ularning oilalari bilan samarali ijtimoiy ish",
    "summary": (
        "Mehnat migrantlarini, uyda qolgan oilalarni va vatanga qaytganlarni "
        "qoʻllab-quvvatlovchi ijtimoiy xodimlar, mahalliy hokimiyat va nodavlat tashkilotlar "
        "xodimlari uchun amaliy kurs. Migratsiya Markaziy Osiyodagi oilalarni qanday "
        "oʻzgartirishini, oilaning kuchli tomonlariga tayanib ishlashni, maxfiylikni saqlash "
        "va «zarar yetkazma» tamoyiliga amal qilishni hamda maktablar, sogʻliqni saqlash "
        "xizmatlari va jamoat yetakchilari bilan birgalikda yordam tashkil etishni oʻrganasiz."
    ),
    "outcomes": [
        "Mehnat migratsiyasi jamoangizdagi migrantlarning oʻziga, ularning turmush "
        "oʻrtoqlari, farzandlari va keksa qarindoshlariga qanday taʼsir qilishini tushuntirish.",
        "Migrant oilalari duch keladigan asosiy xavflarni va oilaga yordam kerakligini "
        "koʻrsatuvchi belgilarni aniqlash.",
        "Oila bilan aloqa oʻrnatish va birgalikda maqsadlarni kelishib olish uchun kuchli "
        "tomonlarga asoslangan yondashuvdan foydalanish.",
        "Kundalik ishda xabardor qilingan rozilik olish, maxfiylikni saqlash va «zarar "
        "yetkazma» tamoyiliga amal qilish.",
        "Maktablar, sogʻliqni saqlash xizmatlari, mahalliy hokimiyat, nodavlat tashkilotlar "
        "va jamoat yetakchilari bilan hamkorlik qilish hamda oilalarni yordamga haqiqatan "
        "yetib boradigan tarzda yoʻnaltirish.",
    ],
    "modules": [
        {
            "title": "Mehnat migratsiyasi va u oʻzgartiradigan oilalar",
            "intro": "Kim va nima uchun ishlashga ketadi, uyda qolganlar uchun nimalar oʻzgaradi.",
            "lessons": [
                {
                    "title": "Odamlar nima uchun ketadi va uyda kim qoladi",
                    "body": [
                        heading("Migratsiya — oila strategiyasi"),
                        text(
                            """
                            Markaziy Osiyoda mehnat migratsiyasi kamdan-kam hollarda bir
                            kishining qarori boʻladi. Odatda bu butun oilaning strategiyasidir:
                            oilaning bir yoki bir necha aʼzosi — koʻpincha yosh va oʻrta yoshdagi
                            erkaklar, lekin tobora koʻproq ayollar ham — Rossiya, Qozogʻiston,
                            Turkiya, Janubiy Koreya yoki boshqa mamlakatlarga ishlashga ketadi,
                            uyga yuborilgan pul esa oziq-ovqat, oʻqish, davolanish, uy, toʻy yoki
                            qarzni uzishga sarflanadi. Qirgʻiziston va Tojikistonda migrantlarning
                            pul oʻtkazmalari butun milliy iqtisodiyotning katta qismiga teng.

                            Migratsiya koʻpincha haqiqiy foyda keltiradi: daromad, yangi
                            koʻnikmalar, yaxshiroq uy, bolalar uchun taʼlim. Ammo uning kamroq
                            koʻzga tashlanadigan bahosi ham bor va ijtimoiy xodimlar bunga har
                            kuni duch keladi.
                            """
                        ),
                        heading("Uyda kim qoladi"),
                        text(
                            """
                            - <b>Bolalar</b>: ularni oylar yoki yillar davomida ota-onadan biri,
                            buvi va bobolari yoki boshqa qarindoshlar tarbiyalaydi. Baʼzilari ota
                            yoki onasini juda sogʻinadi, kattalarning vazifalarini oʻz zimmasiga
                            oladi yoki maktabda orqada qoladi; boshqa koʻplari esa yaxshi
                            moslashadi.
                            - <b>Migrantlarning rafiqalari</b>: ular koʻpincha qaynota-qaynonasi
                            bilan yashaydi. Uy-roʻzgʻor va dala ishlari ularning zimmasida
                            boʻlishi mumkin, ammo pul masalasida ularning soʻzi kam oʻtadi va
                            ular ogohlantirishsiz toʻxtab qolishi mumkin boʻlgan pul
                            oʻtkazmalariga qaram boʻladi.
                            - <b>Keksa ota-onalar</b>: oʻz sogʻligʻi yomonlashib borayotgan
                            boʻlsa-da, nevaralariga qaraydi.
                            - <b>Migrantlarning oʻzlari</b>: ular qishda, jarohat olgandan keyin,
                            mamlakatga kirish taqiqlangandan soʻng yoki butunlay uyga qaytadi.
                            """
                        ),
                        case_study(
                            "Toktogulovlar oilasi, Oʻsh viloyati",
                            """
                            Azamat, 38 yosh, olti yildan beri Moskvadagi qurilishlarda ishlaydi va
                            har qishda bir oyga uyga keladi. Uning rafiqasi Nurgul
                            qaynota-qaynonasi va uch farzandi bilan Oʻsh yaqinidagi qishloqda
                            yashaydi. Pul tartibsiz keladi. 13 yoshli katta oʻgʻil bozorda ishlash
                            uchun darslarni qoldira boshlagan va oʻqituvchi ayil okmotu ijtimoiy
                            xodimidan oilaga borib kelishni soʻragan. Nurgul oilada hammasi
                            joyida ekanini aytadi: «Erim qoʻlidan kelganicha yuboryapti».
                            """,
                        ),
                        text(
                            """
                            Bu vaziyat ortida ehtiyojlari turlicha boʻlgan bir necha kishi turibdi:
                            otasining rolini oʻz zimmasiga olayotgan bola; masʼuliyati katta,
                            lekin soʻzi kam oʻtadigan ona; charchagan boʻlishi mumkin boʻlgan buvi
                            va bobo; uzoqda boʻlib, nima boʻlayotganini bilmasligi mumkin boʻlgan
                            ota. Yaxshi amaliyot butun oilani, shu jumladan chet eldagi aʼzosini
                            ham koʻrishdan boshlanadi.
                            """
                        ),
                        heading("Migratsiyaning oʻzi muammo emas"),
                        text(
                            """
                            Migrant oilalarini «buzilgan», ularning farzandlarini esa «tashlab
                            ketilgan» deb atamang. Bunday yorliqlar odamlarni kamsitadi va
                            koʻpincha notoʻgʻri boʻladi. Koʻp oilalar har kungi videoqoʻngʻiroqlar
                            orqali bir-biriga yaqin boʻlib qoladi va qarorlarni birgalikda qabul
                            qiladi. Sizning vazifangiz — aynan shu oila qanday uddalayotganini,
                            nimalar yaxshi ketayotganini va qayerda yordam foydali boʻlishini
                            aniqlash.
                            """
                        ),
                        reflection(
                            "Ishingiz orqali tanish boʻlgan migrant oilasini eslang. Chet "
                            "eldagilarni ham qoʻshganda, bu oilaning aʼzolari kimlar va ularning "
                            "har biri qanday yukni koʻtarib yuribdi?",
                            "Oddiy oila xaritasini chizing: kim qayerda yashashini, kim kimga "
                            "qarashini va pul masalalarini kim hal qilishini belgilang.",
                        ),
                    ],
                },
                {
                    "title": "Xavflar, zaifliklar va oilaga yordam kerakligi belgilari",
                    "body": [
                        heading("Migrant uchun xavflar"),
                        text(
                            """
                            - <b>Tartibga solinmagan maqom</b>: ishlash uchun ruxsatnoma yoki
                            roʻyxatdan oʻtish yoʻq, hujjatlar muddati oʻtgan yoki ishga qaytishga
                            toʻsqinlik qiladigan kirish taqiqi bor. Qoidalar migrant kelgan
                            mamlakatga qarab farq qiladi va tez-tez oʻzgaradi, shuning uchun
                            kimgadir maslahat berishdan oldin rasmiy manbalardagi dolzarb
                            maʼlumotni tekshiring.
                            - <b>Ekspluatatsiya</b>: ish haqi toʻlanmasligi, ish beruvchi ushlab
                            qolgan pasportlar, xavfli ish, eng ogʻir hollarda esa majburiy mehnat
                            va odam savdosi.
                            - <b>Qarzlar</b>: yoʻl, uy yoki toʻy uchun olingan qarzlar, baʼzan
                            tahdid qiladigan norasmiy qarz beruvchilardan.
                            - <b>Sogʻliq</b>: ishda olingan jarohatlar, tiqilinch sharoitda
                            yashash bilan bogʻliq sil va boshqa yuqumli kasalliklar, stress,
                            depressiya va spirtli ichimliklar isteʼmoli.
                            - <b>Kamsitish</b>, hujjat tekshiruvlari va ushlab turishlar — koʻp
                            migrantlar ularni chuqur tahqir sifatida boshdan kechiradi.
                            """
                        ),
                        heading("Uydagi oila uchun xavflar"),
                        text(
                            """
                            - Pul oʻtkazmalari kamayadi yoki toʻxtaydi, oila qarzga botadi yoki
                            och qoladi.
                            - Bolalar nazoratsiz qoladi, maktabni tashlaydi, erta ishlay
                            boshlaydi yoki zoʻravonlikka duch keladi.
                            - Ayol erining koʻmagidan ham, qaynota-qaynonasi xonadonida soʻz
                            huquqidan ham mahrum boʻladi. Baʼzilari zoʻravonlikka uchraydi;
                            baʼzilarini erlari chet elda yangi oila qurib tashlab ketadi va ular
                            boshpanasiz qoladi.
                            - Migrant bilan aloqa uziladi, mish-mishlar va shubhalar koʻpayadi.
                            """
                        ),
                        heading("Oilaga yordam kerakligi belgilari"),
                        text(
                            """
                            - Bolaning davomati, baholari yoki xulqi birdan oʻzgaradi.
                            - Oila haftalab migrantdan xabar olmaydi.
                            - Qoʻshnilar baqir-chaqir, jarohatlar yoki uydan chiqmay qolgan ayol
                            haqida gapiradi.
                            - Kimdir umidsizlik yoki yashashni istamasligi haqida gapiradi.
                            - Oila oziq-ovqat, isitish yoki dori-darmon uchun pul topa olmaydi.
                            """
                        ),
                        warning(
                            "Avvalo xavfsizlik",
                            """
                            Agar bola yoki kattaga bevosita xavf tahdid solayotganini bilsangiz —
                            zoʻravonlik, oʻz joniga qasd qilish xavfi, odamning bedarak yoʻqolishi,
                            odam savdosiga shubha — shu kuniyoq harakat qiling. Tashkilotingiz
                            tartibiga amal qiling, rahbaringizga xabar bering va mamlakatingiz
                            qoidalariga muvofiq politsiya, sogʻliqni saqlash yoki bolalarni
                            himoya qilish xizmatlariga murojaat qiling. Keyingi rejalashtirilgan
                            tashrifni kutmang.
                            """,
                        ),
                        text(
                            """
                            Bu xavflarning koʻpi yashirin qoladi, chunki odamlar uyat, gʻiybat yoki
                            hokimiyatdan qoʻrqadi. Oilalar zoʻravonlik, qarzlar yoki erining
                            maqomi tartibga solinmagani haqida birinchi uchrashuvdayoq kamdan-kam
                            gapiradi. Ular sizga ishonganda va siz xotirjam, xoli joyda va
                            hukm qilmasdan soʻraganingizda aytib beradi.
                            """
                        ),
                        reflection(
                            "Bu xavflardan qaysilari sizning tumaningizda eng koʻp uchraydi? "
                            "Qaysilarini faqat soʻraganingizdagina payqagan boʻlardingiz?",
                            "Pul, zoʻravonlik yoki hujjatlar haqida qayerda, qanday va kimning "
                            "ishtirokida soʻrashingiz haqida oʻylab koʻring.",
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Yaxshi amaliyot tamoyillari",
            "intro": "Yordamni xavfsiz va samarali qiladigan munosabat va axloqiy qoidalar.",
            "lessons": [
                {
                    "title": "Kuchli tomonlarga tayanish",
                    "body": [
                        heading("Kuchli tomonlarga asoslangan yondashuv nima"),
                        text(
                            """
                            Kuchli tomonlarga asoslangan yondashuv faqat muammolardan emas, balki
                            inson yoki oila nimani uddalay olishi, nimaga egaligi va nimani
                            xohlashidan kelib chiqadi. U xavflarni eʼtiborsiz qoldirmaydi. U
                            odamlar oʻz hayotining ekspertlari ekanini va oʻzgarishlar ularning
                            oʻz resurslariga tayanganda barqaror boʻlishini tan oladi.

                            Migrant oilalarining resurslari koʻpincha kam emas: hammani
                            birlashtirib turgan buvi; otasi bilan telefon orqali aloqani saqlab
                            turgan oʻsmir; hosil yigʻishga yordam beradigan qarindoshlar; yordamga
                            tayyor mahalla fuqarolar yigʻini yoki qishloq kengashi.
                            """
                        ),
                        heading("Amalda"),
                        text(
                            """
                            1. Oilaning oʻz nuqtai nazaridan boshlang: «Hozir sizni eng koʻp nima
                            tashvishlantiryapti? Nimani oʻzgartirishni xohlardingiz?»
                            2. Qanday uddalayotganini soʻrang: «Shu paytgacha qanday uddaladingiz?
                            Sizga kim yordam beradi?» Bunday savollar hurmatni bildiradi va
                            resurslarni topishga yordam beradi.
                            3. Istisnolarni qidiring: muammo kichikroq boʻlgan paytlarni va
                            oʻshanda nima boshqacha boʻlganini.
                            4. Oilaning oʻzi tanlagan kichik va aniq maqsadlar hamda har bir
                            kishining birinchi qadami haqida kelishib oling.
                            5. Yutuqlarni, hatto eng kichiklarini ham payqang va ularni ovoz
                            chiqarib ayting.
                            """
                        ),
                        tip(
                            "Ishonch uygʻotadigan soʻzlar",
                            """
                            «Tashlab ketilgan bolalar» yoki «muammoli oila» kabi iboralardan
                            saqlaning. «Ota-onasi chet elda ishlayotgan bolalar» va «qiyin davrni
                            boshdan kechirayotgan oila» deng. Oilaning tilida gapiring, odamlarning
                            tepasida turmasdan, ular bilan yonma-yon oʻtiring va choy taklif
                            qilishsa, rad etmang: Markaziy Osiyoda mehmondoʻstlik munosabat
                            oʻrnatishning bir qismidir.
                            """,
                        ),
                        case_study(
                            "Toktogulovlar oilasi: ikkinchi tashrif",
                            """
                            Ijtimoiy xodim Nurguldan unga eng koʻp nima yordam berayotganini
                            soʻraydi. U yaqin atrofda yashaydigan erining opasini va bir marta
                            bolalarga qoʻshimcha toʻlovlarsiz oʻqishga ruxsat bergan maktab
                            direktorini tilga oladi. Oʻgʻli bozorda ishlayotganini, chunki onasida
                            singillariga oyoq kiyim olish uchun pul boʻlishini xohlashini aytadi.
                            Ijtimoiy xodim uning oilaga boʻlgan gʻamxoʻrligini eʼtirof etadi. Ular
                            birgalikda reja tuzadi: u faqat yakshanba kunlari ishlaydi, ammasi
                            haftada ikki marta tushdan keyin kenja bolaga qaraydi, Nurgul esa
                            videoqoʻngʻiroqda Azamatdan har oy belgilangan miqdorda pul yuborib
                            turishni soʻraydi.
                            """,
                        ),
                        reflection(
                            "Ishlash qiyin boʻlgan oilani eslang. Bu oilaning uchta kuchli "
                            "tomonini ayting. Keyingi tashrifingizda ulardan birini qanday "
                            "ishlatishingiz mumkin?"
                        ),
                    ],
                },
                {
                    "title": "Rozilik, maxfiylik va «zarar yetkazma» tamoyili",
                    "body": [
                        heading("Xabardor qilingan rozilik"),
                        text(
                            """
                            Odamlar yordamni qabul qilish yoki qilmaslikni va ular haqidagi
                            qanday maʼlumot boshqalarga berilishini oʻzlari hal qilish huquqiga
                            ega. Inson siz kim ekaningizni, nima uchun kelganingizni, aytganlari
                            bilan nima boʻlishini, qanday imkoniyatlari borligini va boshqa
                            xizmatlardan mahrum boʻlmasdan rad etishi yoki fikridan qaytishi
                            mumkinligini tushunsa, rozilik xabardor qilingan hisoblanadi.

                            Baholashdan oldin, maʼlumotni boshqa xizmatga berishdan oldin va
                            suratga olishdan oldin rozilik soʻrang. Bolalarga ularning yoshiga
                            mos soʻzlar bilan tushuntiring va faqat ularga qarayotgan kattaning
                            emas, bolaning oʻzining ham roziligini soʻrang.
                            """
                        ),
                        heading("Maxfiylik va uning chegaralari"),
                        text(
                            """
                            Oila aytgan gaplar maxfiy qoladi. Ular inson roziligisiz qoʻshnilar,
                            ishga aloqasi boʻlmagan hamkasblar yoki qarindoshlar bilan muhokama
                            qilinmaydi. Ish hujjatlari qulflangan joyda yoki parol bilan
                            himoyalangan holda saqlanadi.

                            Maxfiylikning chegaralari bor va ular haqida birinchi uchrashuvdayoq
                            aytiladi: agar bola yoki kattaga jiddiy zarar yetish xavfi boʻlsa,
                            siz boshqalarni jalb qilishga majbur boʻlasiz. Buni boshidanoq ochiq
                            aytish keyinchalik ishonchni saqlaydi.
                            """
                        ),
                        warning(
                            "Kichik jamoa — katta xavf",
                            """
                            Qishloq yoki mahallada hamma bir-birini taniydi va ijtimoiy xodimning
                            tashrifi mish-mishlarga sabab boʻlishi mumkin. Ayolning zoʻravonlik
                            haqidagi hikoyasi notoʻgʻri odamga yetib borsa, u yanada katta xavf
                            ostida qolishi mumkin. Xoli joyda uchrashing, holatlarni hech qachon
                            yoʻlakda yoki messenjer guruhlarida muhokama qilmang va inson
                            roziligisiz qarindoshlar yoki oqsoqollarni jalb qilishdan oldin
                            yaxshilab oʻylab koʻring.
                            """,
                        ),
                        heading("Zarar yetkazma"),
                        text(
                            """
                            Har qanday aralashuv hech kim koʻzlamagan oqibatlarga olib kelishi
                            mumkin. Harakat qilishdan oldin oʻzingizdan soʻrang: bu insonni
                            zoʻravonlik, sharmandalik, daromaddan ayrilish yoki hokimiyat bilan
                            muammolarga duchor qilmaydimi? Qaramlik yoki qoʻshnilar orasida hasad
                            paydo qilmaydimi?

                            Masalan, yordam oladigan oilalarning ochiq roʻyxati ularni kamsitishi
                            mumkin; chet eldagi migrantga oiladagi nizo haqida ehtiyotsizlik bilan
                            aytish uning pul yuborishni toʻxtatishiga yoki gʻazab bilan uyga
                            qaytishiga olib kelishi mumkin. Eng koʻp foyda va eng kam xavf
                            keltiradigan yoʻlni tanlang va bu tanlovni inson bilan birgalikda
                            qiling.
                            """
                        ),
                        reflection(
                            "Birinchi uchrashuvda maxfiylik va uning chegaralarini qanday "
                            "tushuntirasiz? Ishlatadigan soʻzlaringizni yozib qoʻying.",
                            "Masalan: «Menga aytganlaringiz oramizda va rahbarim bilan qoladi. "
                            "Yagona istisno — agar kimgadir xavf tahdid solayotganini bilsam: "
                            "unda men uni himoya qilish uchun harakat qilishim shart va xavfsiz "
                            "boʻlsa, nima qilayotganimni sizga aytaman».",
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Oilalar va jamoalarni qoʻllab-quvvatlash",
            "intro": (
                "Bolalar, ularga qarayotgan kattalar va qaytgan migrantlar bilan, shuningdek "
                "ularning atrofidagi hamkorlar bilan amaliy ish."
            ),
            "lessons": [
                {
                    "title": "Bolalar va ularga qarayotganlarni qoʻllab-quvvatlash",
                    "body": [
                        heading("Bolalar ota yoki onasining yoʻqligini qanday boshdan kechiradi"),
                        text(
                            """
                            Bolalar ota yoki onasining ketishiga turlicha munosabat bildiradi —
                            bu ularning yoshiga, ketish ularga qanday tushuntirilganiga va ular
                            koʻrayotgan gʻamxoʻrlikka bogʻliq. Kichik bolalar kattalardan
                            ajralmay qolishi, yomon uxlashi yoki oʻrgangan koʻnikmalarini
                            yoʻqotishi mumkin. Maktab yoshidagi bolalar qaygʻu, gʻazab yoki
                            aybdorlik hissini tuyishi, baholari oʻzgarishi mumkin. Oʻsmirlar
                            kattalar vazifasini oʻz zimmasiga olishi, oʻzlari ham ishlashga
                            ketishga bosimni his qilishi yoki xavfli davralardan oʻziga joy
                            izlashi mumkin. Eng kuchli himoya — bolaga gʻamxoʻrlik qiladigan
                            bitta barqaror va mehribon katta inson.
                            """
                        ),
                        heading("Nima yordam beradi"),
                        text(
                            """
                            - Bolaning yoshiga mos, halol tushuntirishlar: ota yoki ona qayerda,
                            nima uchun ketgan va qachon qaytishi mumkin. Bajarib boʻlmaydigan
                            vaʼdalar bermang.
                            - Chet eldagi ota-ona bilan muntazam va oldindan maʼlum aloqa:
                            qoʻngʻiroqlar uchun belgilangan kun va vaqt, ovozli xabarlar,
                            bolaning rasmlari, maktabdagi yutuqlari suratlari.
                            - Uzoqdagi ota yoki onani bolaning maktabi va sogʻligʻi haqidagi
                            qarorlarga jalb qilish.
                            - Bolaga qarayotgan kattani qoʻllab-quvvatlash: buvilar va onalarga
                            dam olish, maʼlumot va baʼzan moddiy yordam kerak.
                            - Maktab bilan yaqin hamkorlik: vaziyatni biladigan oʻqituvchi
                            oʻzgarishlarni erta payqaydi va jazo bilan emas, tushunish bilan
                            javob beradi.
                            """
                        ),
                        case_study(
                            "Jasur, 10 yosh, Qashqadaryo viloyati",
                            """
                            Ota-onasi Qozogʻistonda ishlayotgan paytda Jasur buvisi bilan
                            yashaydi. Oʻqituvchisi uning uy vazifalarini bajarmay qoʻyganini va
                            tanaffuslarda mushtlashayotganini payqadi. Maktab psixologi va
                            mahalladagi ijtimoiy xodim charchagan va qandli diabet bilan ogʻrigan
                            buvisi bilan uchrashdi. Ota-onaning roziligi bilan ular har shanba
                            kuni videoqoʻngʻiroq, uzaytirilgan kun guruhidan joy va buvisi uchun
                            oilaviy shifokor tashrifini tashkil qildi. Ikki oydan keyin oʻqituvchi
                            bola tinchlanganini va baholari yaxshilanayotganini aytmoqda.
                            """,
                        ),
                        tip(
                            "Gʻamxoʻrlik qilayotganlarga gʻamxoʻrlik bolalarni himoya qiladi",
                            """
                            Holdan toygan buvi bolaga kerakli eʼtiborni bera olmaydi. Bolaga
                            qarayotgan kattalardan faqat bolalarning emas, oʻzlarining ahvolini
                            ham soʻrang va ularning ehtiyojlarini rejaga kiriting.
                            """,
                        ),
                        reflection(
                            "Tumaningizdagi qaysi xizmatlar ota-onasining ikkalasi ham chet "
                            "elda ishlayotgan bolani qoʻllab-quvvatlashi mumkin? Birinchi "
                            "navbatda kimga va qanday murojaat qilgan boʻlardingiz?"
                        ),
                    ],
                },
                {
                    "title": "Jamoa va yoʻnaltirish boʻyicha hamkorlar bilan ishlash",
                    "body": [
                        heading("Hech bir xizmat yolgʻiz uddalay olmaydi"),
                        text(
                            """
                            Migrant oilalarining ehtiyojlari koʻp sohalarni qamrab oladi:
                            daromad, hujjatlar, sogʻliq, taʼlim, huquqiy masalalar, xavfsizlik.
                            Samarali ijtimoiy ish kim nimada yordam bera olishini bilish va
                            inqiroz boshlanishidan oldin ishchi munosabatlarni oʻrnatishni
                            anglatadi. Asosiy hamkorlar: mahalliy oʻzini oʻzi boshqarish
                            organlari (ayil okmotu, mahalla fuqarolar yigʻini, jamoat), maktablar
                            va bogʻchalar, birlamchi tibbiy yordam, bandlik va migratsiya
                            xizmatlari, yuridik yordam, migrantlar va zoʻravonlikdan
                            jabrlanganlar bilan ishlaydigan nodavlat tashkilotlar, shuningdek
                            diniy va jamoat yetakchilari.
                            """
                        ),
                        heading("Xizmatlar xaritasini tuzing"),
                        text(
                            """
                            Tumaningizdagi xizmatlarning oddiy xaritasini tuzing: har bir xizmat
                            uchun — nimani taklif qiladi, undan kim foydalana oladi, masʼul
                            shaxs, ish vaqti, narxi va qaysi tillarda ishlaydi. Xaritani har bir
                            necha oyda yangilab turing va hamkasblaringiz bilan boʻlishing.
                            Oʻzingiz tekshirgan xarita har qanday maʼlumotnomadan ishonchliroq.
                            """
                        ),
                        heading("Natija beradigan yoʻnaltirish"),
                        text(
                            """
                            1. Inson bilan unga qanday yordam kerakligini kelishib oling va
                            maʼlumot berishga rozilik oling.
                            2. Boshqa xizmatga faqat u bilishi zarur boʻlgan maʼlumotni bering.
                            3. Iloji boʻlsa, «iliq» yoʻnaltirish qiling: xizmatga inson bilan
                            birga qoʻngʻiroq qiling yoki u bilan birga boring.
                            4. Amaliy tafsilotlarni tushuntiring: manzil, qanday hujjatlarni olish
                            kerak, narxi, qanday borish mumkin.
                            5. Natijani tekshiring: insondan ham, xizmatdan ham uchrashuv boʻlib
                            oʻtganini va foyda berganini soʻrang.
                            """
                        ),
                        case_study(
                            "Bakit, 45 yosh, Botken viloyati",
                            """
                            Bakit Yekaterinburgdagi qurilishda belini shikastlab, uyga qaytdi. U
                            ogʻir ish qila olmaydi, oilaning esa uzilishi kerak boʻlgan krediti
                            bor. Uning roziligi bilan ijtimoiy xodim tekshiruvni kelishish uchun
                            oilaviy tibbiyot markaziga qoʻngʻiroq qildi, qayta oʻqitish haqida
                            bilish uchun u bilan birga bandlik xizmatiga bordi va ish beruvchi
                            toʻlamagan tovon puli masalasida uni nodavlat tashkilot yuristi bilan
                            bogʻladi. Ikki haftadan soʻng u nima qilinganini bilish uchun Bakitga
                            va har bir xizmatga qoʻngʻiroq qildi.
                            """,
                        ),
                        tip(
                            "Diniy va jamoat yetakchilari",
                            """
                            Imomlar, oqsoqollar va hurmatli ayollar jamiyatdagi qoralashni
                            kamaytirishi, oilalarni yordam soʻrashga undashi va qaytganlarni
                            jamoaga qayta qabul qilishga yordam berishi mumkin. Ularni oila
                            boʻlishishga rozi boʻlgan masalalargagina jalb qiling, ularning rolini
                            hurmat qiling va shaxsiy maʼlumotlarni hech qachon roziliksiz
                            bermang.
                            """,
                        ),
                        reflection(
                            "Oilalarni eng koʻp yoʻnaltiradigan uchta xizmatni sanab bering. "
                            "Ularning har birida masʼul shaxsni ismi bilan bilasizmi? U yerga "
                            "yoʻnaltirishlaringizni nima yanada muvaffaqiyatli qilgan boʻlardi?"
                        ),
                    ],
                },
            ],
        },
    ],
}
