"""Guides for South Korea: English text. It fixes the slugs, topics and review dates, and the
order of the guides and of their blocks; every translation follows it block by block."""

import datetime

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

REVIEWED_BY = "Programme legal adviser (demo)"
EPS = source(
    "Employment Permit System (EPS), Human Resources Development Service of Korea",
    "https://www.eps.go.kr",
)
MOEL = source("Ministry of Employment and Labor of the Republic of Korea")
HIKOREA = source("Hi Korea: Korea Immigration Service", "https://www.hikorea.go.kr")
CHECK_HOURS = "Check opening hours and appointments before you go."

DESTINATION = {
    "slug": "south-korea",
    "title": "South Korea",
    "intro": (
        "Most workers from Uzbekistan and Kyrgyzstan go to South Korea through the Employment "
        "Permit System (EPS), a programme run by the governments of both countries. These "
        "guides explain how to go the legal way, your rights at work, how to look after your "
        "health, and whom to call in an emergency."
    ),
    "guides": [
        {
            "slug": "before-you-leave",
            "topic": "before_you_leave",
            "last_reviewed": datetime.date(2026, 9, 28),
            "reviewed_by": REVIEWED_BY,
            "title": "Before you leave: going to Korea the legal way",
            "summary": (
                "The Employment Permit System is the official way to the E-9 work visa. How "
                "it works, how to prepare, and how to avoid brokers who sell false promises."
            ),
            "body": [
                heading("How the Employment Permit System works"),
                text(
                    """
                    The Employment Permit System (EPS) is run by the government of Korea
                    together with the government of your country. Uzbekistan and Kyrgyzstan
                    take part. The steps are:

                    1. Register with your country's state agency for the EPS-TOPIK Korean
                    language test and pass it. Some rounds also include a skills test.
                    2. Your name goes on a list of job seekers. Korean employers choose workers
                    from this list.
                    3. If an employer chooses you, you sign a standard employment contract and
                    receive the E-9 work visa.
                    4. You take a training course before you leave, and an employment training
                    course and a health check after you arrive in Korea.

                    Only the state agency registers people for the EPS. No private agent can put
                    you on the list, move you up it or get you a job without the test.
                    """
                ),
                warning(
                    "Brokers and tourist visas",
                    """
                    Some brokers take money for a “guaranteed” job in Korea, or tell you to come
                    as a tourist and find work there. Working without a work visa is illegal in
                    Korea: you can be arrested, deported and banned from coming back, and it is
                    much harder to get help if you are cheated.
                    """,
                ),
                checklist(
                    "Before you leave",
                    [
                        "Passport, valid for your whole contract",
                        "Signed standard employment contract: read it and keep a copy",
                        "Name, address and phone number of your employer",
                        "Training course before departure completed",
                        "Money for the first month, until your first pay",
                        "Copies of your documents left with your family",
                        "Address and phone number of your embassy in Seoul",
                    ],
                ),
                heading("Read your contract"),
                text(
                    """
                    Check the type of work, the place, the monthly pay, the working hours and
                    the days off. Check also whether housing and meals are provided, and what
                    they cost. Ask the agency about anything you do not understand before you
                    sign: after you arrive it is much harder to change.
                    """
                ),
                tip(
                    "Learn more Korean",
                    """
                    The Korean of the test is only the beginning. Every extra word helps you
                    understand safety instructions, talk with your employer and ask for help.
                    """,
                ),
            ],
            "sources": [
                EPS,
                source("Agency for External Labour Migration of the Republic of Uzbekistan"),
                source("Ministry of Labour, Social Security and Migration of the Kyrgyz Republic"),
            ],
        },
        {
            "slug": "rights-at-work",
            "topic": "work_rights",
            "last_reviewed": datetime.date(2026, 9, 28),
            "reviewed_by": REVIEWED_BY,
            "title": "Your rights at work in Korea",
            "summary": (
                "Korea's labour laws protect foreign workers too: minimum wage, paid "
                "overtime, safe work and severance pay. The special insurances of EPS workers, "
                "and what to do if you want to change your job."
            ),
            "body": [
                heading("The same labour laws as for Korean workers"),
                text(
                    """
                    Foreign workers are protected by Korea's labour laws. Your employer must:

                    - pay at least the legal minimum wage, every month, on a fixed day;
                    - pay extra for overtime, night and holiday work, at workplaces with five or
                    more workers;
                    - give you a pay slip that shows how your pay was calculated;
                    - provide safe work, safety training and protective equipment;
                    - pay you severance pay if you have worked for one year or more.

                    Farms and fishing have different rules on working hours: read your contract
                    carefully. If the employer takes money from your pay for housing or meals,
                    ask for the agreement in writing.
                    """
                ),
                heading("Insurances for EPS workers"),
                text(
                    """
                    E-9 workers have four special insurances. Your employer pays for the
                    departure guarantee insurance, which pays your severance money, and for the
                    wage guarantee insurance, in case wages are not paid. You pay for the return
                    cost insurance, which covers your ticket home, and for the casualty
                    insurance, for illness or injury outside work. Claim your money from the
                    departure guarantee and return cost insurances when you leave Korea.
                    """
                ),
                heading("Changing your job"),
                text(
                    """
                    An E-9 worker may change workplace only for certain reasons, for example
                    when wages are not paid, the employer breaks the contract or the business
                    closes, and only a limited number of times. Go to the Employment Center
                    first. If you simply leave your job, the employer reports it and you can
                    lose your legal stay.
                    """
                ),
                warning(
                    "Your passport and residence card are yours",
                    """
                    Your employer may not keep your passport or your residence card. You must
                    apply for the residence card within 90 days of arrival; usually this is done
                    in your first weeks.
                    """,
                ),
                tip(
                    "Keep records",
                    """
                    Write down your working hours every day, and keep your pay slips and bank
                    statements. If you are not paid, complain to the regional labour office of
                    the Ministry of Employment and Labor. Support centres for foreign workers
                    help for free, in several languages.
                    """,
                ),
                phones(
                    "Where to ask",
                    [
                        phone(
                            "Immigration Contact Center",
                            numbers.IMMIGRATION_KR,
                            languages="Korean, English and other languages",
                        ),
                        phone(
                            "Support centre for foreign workers",
                            numbers.SUPPORT_CENTRE_KR,
                            hours="Monday to Friday, 9:00–18:00",
                            languages="Korean, Russian, Uzbek, Kyrgyz",
                        ),
                    ],
                ),
            ],
            "sources": [
                MOEL,
                EPS,
                source("International Labour Organization (ILO)", "https://www.ilo.org"),
            ],
        },
        {
            "slug": "health-and-wellbeing",
            "topic": "health",
            "last_reviewed": datetime.date(2026, 9, 28),
            "reviewed_by": REVIEWED_BY,
            "title": "Health and wellbeing in Korea",
            "summary": (
                "How health insurance works for EPS workers, what to do after an accident at "
                "work, and how to look after your mind when you are far from home."
            ),
            "body": [
                heading("Health insurance"),
                text(
                    """
                    E-9 workers are covered by the National Health Insurance through their
                    employer; your part is taken from your pay. With it you pay only part of the
                    cost at clinics, hospitals and pharmacies. Take your residence card or
                    passport when you see a doctor.
                    """
                ),
                heading("Accidents at work"),
                text(
                    """
                    If you are hurt at work, get treatment first and tell your employer.
                    Industrial accident insurance pays for treatment and part of the wages you
                    lose, even if your employer did not register you and even if your visa has
                    expired. You can apply to the Korea Workers' Compensation and Welfare
                    Service yourself: you do not need your employer's permission.
                    """
                ),
                warning(
                    "Heat, cold and chemicals",
                    """
                    In summer, drink water often and rest in the shade: in greenhouses and on
                    building sites heat can kill. In winter, never heat a closed room with a gas
                    or charcoal stove: the fumes are poisonous. Wear gloves and a mask when you
                    work with pesticides or chemicals, and ask for them if they are not given.
                    """,
                ),
                heading("Your mind matters too"),
                text(
                    """
                    Loneliness, long hours, debts and worry about your family are hard. Stress
                    can show as poor sleep, headaches, anger or drinking more. It helps to:

                    - keep regular times for sleep and meals;
                    - call home, and also make friends here: at work, in community groups, at
                    your place of worship;
                    - talk about how you feel with someone you trust;
                    - ask a support centre for foreign workers about free counselling in your
                    language.
                    """
                ),
                tip(
                    "In a crisis",
                    """
                    If you or someone else is thinking about suicide or is in danger, call 119
                    at once, and stay with the person until help comes.
                    """,
                ),
                phones(
                    "Health numbers",
                    [
                        phone(
                            "Ambulance and fire",
                            numbers.FIRE_AMBULANCE_KR,
                            hours="24 hours",
                            languages="Korean; interpreters for some languages",
                        ),
                        phone(
                            "Counselling for foreign workers",
                            numbers.SUPPORT_CENTRE_KR,
                            hours="Monday to Friday, 9:00–18:00",
                            languages="Russian, Uzbek, Kyrgyz",
                        ),
                    ],
                ),
            ],
            "sources": [
                source("National Health Insurance Service of Korea"),
                source("Korea Workers' Compensation and Welfare Service"),
                source("World Health Organization (WHO): health of refugees and migrants"),
            ],
        },
        {
            "slug": "emergency-contacts",
            "topic": "emergency",
            "last_reviewed": datetime.date(2026, 9, 28),
            "reviewed_by": REVIEWED_BY,
            "title": "Emergency contacts in Korea",
            "summary": (
                "The numbers to call in an emergency, how to say where you are, and how to "
                "reach your embassy if you lose your passport or are arrested."
            ),
            "body": [
                heading("In an emergency"),
                text(
                    """
                    Call 112 for the police and 119 for an ambulance or the fire service. The
                    calls are free. Speak slowly: say what happened, where you are and your
                    phone number. If you do not speak Korean, say the name of your language
                    clearly and ask for an interpreter.
                    """
                ),
                tip(
                    "Know where you are",
                    """
                    Save the addresses of your workplace and your home in Korean on your phone,
                    and learn to share your location from a map app. A photo of a nearby street
                    sign or building number also helps.
                    """,
                ),
                phones(
                    "Emergency numbers",
                    [
                        phone("Police", numbers.POLICE_KR, hours="24 hours"),
                        phone("Ambulance and fire", numbers.FIRE_AMBULANCE_KR, hours="24 hours"),
                        phone(
                            "Immigration Contact Center",
                            numbers.IMMIGRATION_KR,
                            languages="Korean, English and other languages",
                        ),
                        phone(
                            "Embassy of Uzbekistan, consular hotline",
                            numbers.EMBASSY_UZ_KR,
                            languages="Uzbek, Russian",
                        ),
                        phone(
                            "Embassy of Kyrgyzstan, consular hotline",
                            numbers.EMBASSY_KG_KR,
                            languages="Kyrgyz, Russian",
                        ),
                    ],
                ),
                heading("If you lose your passport"),
                text(
                    """
                    Report the loss to the police and ask for a written report. Then go to your
                    embassy with the report, a copy of your passport if you have one, and
                    photos. The embassy can give you a new passport or a document to travel
                    home. Tell the immigration office your new passport number.
                    """
                ),
                heading("If you are arrested"),
                text(
                    """
                    Stay calm and do not resist. You have the right to an interpreter and to
                    have your embassy told. Do not sign anything you do not understand.
                    """
                ),
                address(
                    "Embassy of the Republic of Uzbekistan",
                    [
                        "Seoul",
                        "Check the exact address on the website of the Ministry of Foreign "
                        "Affairs of Uzbekistan.",
                    ],
                    hours=CHECK_HOURS,
                ),
                address(
                    "Embassy of the Kyrgyz Republic",
                    [
                        "Seoul",
                        "Check the exact address on the website of the Ministry of Foreign "
                        "Affairs of Kyrgyzstan.",
                    ],
                    hours=CHECK_HOURS,
                ),
            ],
            "sources": [
                HIKOREA,
                source("Korean National Police Agency"),
                source("National Fire Agency of Korea"),
            ],
        },
    ],
}
