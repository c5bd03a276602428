"""Titles and introductions of the home page and the course catalogue in every language."""

HOME = {
    "en": {
        "title": "Learning for work with migrants and their families",
        "intro": (
            "<p>Online courses for social workers, psychologists, local government and NGO "
            "staff and community leaders in Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan "
            "who support labour migrants, their families and people returning home. Study at "
            "your own pace, in your own language, and receive a certificate when you complete "
            "a course.</p>"
        ),
    },
    "ru": {
        "title": "Обучение для работы с мигрантами и их семьями",
        "intro": (
            "<p>Онлайн-курсы для социальных работников, психологов, сотрудников органов "
            "местного самоуправления и НКО, общественных и религиозных лидеров Казахстана, "
            "Кыргызстана, Таджикистана и Узбекистана, которые поддерживают трудовых мигрантов, "
            "их семьи и тех, кто возвращается домой. Учитесь в своём темпе, на своём языке, "
            "и получите сертификат, когда завершите курс.</p>"
        ),
    },
    "uz": {
        "title": "Migrantlar va ularning oilalari bilan ishlash uchun taʼlim",
        "intro": (
            "<p>Qozogʻiston, Qirgʻiziston, Tojikiston va Oʻzbekistonda mehnat migrantlari, "
            "ularning oilalari va vatanga qaytganlarni qoʻllab-quvvatlovchi ijtimoiy xodimlar, "
            "psixologlar, mahalliy hokimiyat va nodavlat tashkilotlar xodimlari hamda jamoat "
            "yetakchilari uchun onlayn kurslar. Oʻzingizga qulay surʼatda, oʻz tilingizda "
            "oʻqing va kursni tugatganingizda sertifikat oling.</p>"
        ),
    },
    "ky": {
        "title": "Мигранттар жана алардын үй-бүлөлөрү менен иштөө үчүн окутуу",
        "intro": (
            "<p>Казакстан, Кыргызстан, Тажикстан жана Өзбекстанда эмгек мигранттарын, "
            "алардын үй-бүлөлөрүн жана мекенине кайтып келгендерди колдогон социалдык "
            "кызматкерлер, психологдор, жергиликтүү өз алдынча башкаруу органдарынын жана "
            "өкмөттүк эмес уюмдардын кызматкерлери, ошондой эле коомчулуктун лидерлери үчүн "
            "онлайн курстар. Өзүңүзгө ыңгайлуу темпте, өз тилиңизде окуп, курсту аяктаганда "
            "сертификат алыңыз.</p>"
        ),
    },
    "kk": {
        "title": "Мигранттармен және олардың отбасыларымен жұмыс істеуге арналған оқыту",
        "intro": (
            "<p>Қазақстан, Қырғызстан, Тәжікстан және Өзбекстанда еңбек мигранттарына, "
            "олардың отбасыларына және елге оралғандарға қолдау көрсететін әлеуметтік "
            "қызметкерлерге, психологтарға, жергілікті өзін-өзі басқару органдары мен "
            "үкіметтік емес ұйымдардың қызметкерлеріне, сондай-ақ қауымдастық "
            "көшбасшыларына арналған онлайн курстар. Өзіңізге ыңғайлы қарқынмен, өз "
            "тіліңізде оқып, курсты аяқтаған соң сертификат алыңыз.</p>"
        ),
    },
    "tg": {
        "title": "Омӯзиш барои кор бо муҳоҷирон ва оилаҳои онҳо",
        "intro": (
            "<p>Курсҳои онлайн барои кормандони иҷтимоӣ, равоншиносон, кормандони мақомоти "
            "худидоракунии маҳаллӣ ва ташкилотҳои ғайридавлатӣ, инчунин пешвоёни ҷамоатҳо дар "
            "Қазоқистон, Қирғизистон, Тоҷикистон ва Ӯзбекистон, ки ба муҳоҷирони меҳнатӣ, "
            "оилаҳои онҳо ва ба ватан баргаштагон дастгирӣ мерасонанд. Бо суръати ба худ "
            "қулай, бо забони худ омӯзед ва пас аз анҷоми курс сертификат гиред.</p>"
        ),
    },
}

CATALOGUE = {
    "en": {
        "title": "Courses",
        "intro": (
            "<p>Choose a course. Public courses can be read without an account; for the "
            "others, create an account and enrol. Some courses need an enrolment key, which "
            "your trainer gives you.</p>"
        ),
    },
    "ru": {
        "title": "Курсы",
        "intro": (
            "<p>Выберите курс. Открытые курсы можно читать без учётной записи; для остальных "
            "зарегистрируйтесь и запишитесь на курс. Для некоторых курсов нужен ключ записи — "
            "его даёт ваш тренер.</p>"
        ),
    },
    "uz": {
        "title": "Kurslar",
        "intro": (
            "<p>Kursni tanlang. Ochiq kurslarni roʻyxatdan oʻtmasdan oʻqish mumkin; qolganlari "
            "uchun hisob yarating va kursga yoziling. Baʼzi kurslarga yozilish uchun kalit "
            "kerak, uni treneringiz beradi. Boshqa kurslar rus va ingliz tillarida "
            "mavjud.</p>"
        ),
    },
    "ky": {
        "title": "Курстар",
        "intro": (
            "<p>Курсту тандаңыз. Ачык курстарды каттоосуз эле окууга болот; калгандары үчүн "
            "каттоо эсебин түзүп, курска жазылыңыз. Айрым курстарга жазылуу үчүн ачкыч керек, "
            "аны тренериңиз берет. Башка курстар орус жана англис тилдеринде бар.</p>"
        ),
    },
    "kk": {
        "title": "Курстар",
        "intro": (
            "<p>Бұл тілдегі курстар әзірленуде. Қазір курстар орыс және ағылшын тілдерінде "
            "қолжетімді.</p>"
        ),
    },
    "tg": {
        "title": "Курсҳо",
        "intro": (
            "<p>Курсҳо бо ин забон омода мешаванд. Ҳоло курсҳо бо забонҳои русӣ ва англисӣ "
            "дастрасанд.</p>"
        ),
    },
}
