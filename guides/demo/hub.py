"""Titles and introductions of the guide hub in every language.

The guides are written in English, Russian, Uzbek and Kyrgyz. The Kazakh and Tajik hubs exist
so that the language switcher works; their introductions send readers to the Russian guides
({russian_hub} becomes the opening tag of a link to the Russian hub when it is built)."""

HUB = {
    "en": {
        "title": "Guides for migrants and families",
        "intro": (
            "<p>Clear, checked information for people who go abroad to work and for their "
            "families: documents, rights at work, safety, money, health and emergency "
            "numbers. Choose a destination or search the guides. You can save them on your "
            "phone and read them without a connection.</p>"
        ),
    },
    "ru": {
        "title": "Путеводители для мигрантов и их семей",
        "intro": (
            "<p>Понятная и проверенная информация для тех, кто едет работать за границу, и "
            "для их семей: документы, права на работе, безопасность, деньги, здоровье и "
            "экстренные номера. Выберите страну или найдите нужный путеводитель через поиск. "
            "Путеводители можно сохранить в телефоне и читать без интернета.</p>"
        ),
    },
    "uz": {
        "title": "Migrantlar va ularning oilalari uchun qoʻllanmalar",
        "intro": (
            "<p>Chet elga ishlashga ketayotganlar va ularning oilalari uchun tushunarli va "
            "tekshirilgan maʼlumot: hujjatlar, ishdagi huquqlar, xavfsizlik, pul, sogʻliq va "
            "favqulodda telefon raqamlari. Mamlakatni tanlang yoki qidiruvdan foydalaning. "
            "Qoʻllanmalarni telefoningizga saqlab, internetsiz oʻqishingiz mumkin.</p>"
        ),
    },
    "ky": {
        "title": "Мигранттар жана алардын үй-бүлөлөрү үчүн колдонмолор",
        "intro": (
            "<p>Чет өлкөгө иштегени бараткандар жана алардын үй-бүлөлөрү үчүн түшүнүктүү жана "
            "текшерилген маалымат: документтер, жумуштагы укуктар, коопсуздук, акча, ден "
            "соолук жана шашылыш телефон номерлери. Өлкөнү тандаңыз же издөөнү колдонуңуз. "
            "Колдонмолорду телефонуңузга сактап, интернетсиз окуй аласыз.</p>"
        ),
    },
    "kk": {
        "title": "Мигранттар мен олардың отбасыларына арналған нұсқаулықтар",
        "intro": (
            "<p>Қазақ тіліндегі нұсқаулықтар әзірленуде. Әзірге оларды "
            "{russian_hub}орыс тілінде</a> оқи аласыз.</p>"
        ),
    },
    "tg": {
        "title": "Дастурҳо барои муҳоҷирон ва оилаҳои онҳо",
        "intro": (
            "<p>Дастурҳо бо забони тоҷикӣ омода шуда истодаанд. То он вақт онҳоро "
            "{russian_hub}бо забони русӣ</a> хонда метавонед.</p>"
        ),
    },
}
