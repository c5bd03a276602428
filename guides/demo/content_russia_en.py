"""Guides for Russia: English text. It fixes the slugs, topics and review dates, and the order of
the guides and of their blocks; every translation follows it block by block."""

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
IOM = source("International Organization for Migration (IOM)", "https://www.iom.int")
ILO = source("International Labour Organization (ILO)", "https://www.ilo.org")
MVD = source(
    "Ministry of Internal Affairs of the Russian Federation: Main Directorate for Migration"
)

DESTINATION = {
    "slug": "russia",
    "title": "Russia",
    "intro": (
        "Millions of people from Central Asia work in Russia. These guides explain the "
        "documents you need to stay and work legally, your rights at work, how to recognise "
        "recruitment fraud and how to send money home safely. Rules change often: check with "
        "the migration office or your consulate before you act."
    ),
    "guides": [
        {
            "slug": "documents-and-legal-stay",
            "topic": "documents",
            "last_reviewed": datetime.date(2026, 10, 12),
            "reviewed_by": REVIEWED_BY,
            "title": "Documents and legal stay in Russia",
            "summary": (
                "Migration card, registration, patent, medical examination and fingerprints: "
                "what to do in your first weeks in Russia, and why fake documents put you at "
                "risk."
            ),
            "body": [
                heading("Your first days"),
                text(
                    """
                    At the border you receive a migration card. Write “work” as the purpose of
                    your visit: with another purpose you cannot get a work patent. Keep the card
                    with your passport until you leave Russia.

                    You must be registered at the address where you live within a few working
                    days of arrival. The deadline depends on your citizenship; for many people
                    it is seven working days. Usually the owner of the flat or your employer
                    registers you. Ask for the tear-off part of the form with the stamp and keep
                    it: it proves that you are registered.
                    """
                ),
                heading("Permission to work"),
                text(
                    """
                    Citizens of Kyrgyzstan and Kazakhstan, members of the Eurasian Economic
                    Union, do not need a patent: they work with an employment contract. Citizens
                    of Uzbekistan and Tajikistan need a patent. Apply for it at a migration
                    office of the Ministry of Internal Affairs within 30 days of arrival. You
                    will usually need:

                    - your passport and migration card;
                    - proof of registration;
                    - a medical examination, fingerprints and a photo;
                    - a certificate that you passed the exam in Russian language, history and
                    law;
                    - a medical insurance policy.

                    Everyone who comes to work, including citizens of the Eurasian Economic
                    Union, must have the medical examination and fingerprints done. The patent
                    is paid every month in advance. If a payment is late, even by one day, the
                    patent stops being valid.
                    """
                ),
                warning(
                    "Never buy documents",
                    """
                    People sell registrations, patents, exam certificates and medical
                    certificates “without queues”. They are fake, or the registration is at an
                    address where you do not live. The police check documents in their
                    databases. Using a fake document is a crime: you can be expelled from Russia
                    and banned from entering for years. Get every document yourself, at the
                    official office.
                    """,
                ),
                checklist(
                    "Keep with you, and as photos on your phone",
                    [
                        "Passport, valid for your whole stay",
                        "Migration card with the purpose “work”",
                        "Tear-off part of the registration form",
                        "Patent and every monthly payment receipt",
                        "Employment contract",
                        "Medical insurance policy",
                    ],
                ),
                tip(
                    "Check for an entry ban before you travel",
                    """
                    If you had problems in Russia before, ask your consulate or your country's
                    migration agency to check whether you are banned from entering. With a ban
                    you are sent back at the border.
                    """,
                ),
                heading("Embassies in Moscow"),
                address(
                    "Embassy of the Republic of Uzbekistan",
                    ["Pogorelsky pereulok 12 (Погорельский переулок, 12)", "Moscow"],
                    hours="Check opening hours and appointments before you go.",
                ),
                address(
                    "Embassy of the Kyrgyz Republic",
                    ["Bolshaya Ordynka ulitsa 64 (улица Большая Ордынка, 64)", "Moscow"],
                    hours="Check opening hours and appointments before you go.",
                ),
            ],
            "sources": [MVD, IOM],
        },
        {
            "slug": "work-contracts-and-rights",
            "topic": "work_rights",
            "last_reviewed": datetime.date(2026, 10, 12),
            "reviewed_by": REVIEWED_BY,
            "title": "Work contracts and your rights in Russia",
            "summary": (
                "A written contract protects your pay, your hours and your health. What it "
                "must say, what an employer may not do, and where to complain."
            ),
            "body": [
                heading("Always get a written contract"),
                text(
                    """
                    Work only with a written employment contract, signed by you and the
                    employer, with one copy for you. Read it before you sign, or ask someone you
                    trust to read it with you. It should state:

                    - the name and address of the employer;
                    - your job and your place of work;
                    - your pay and the days it is paid;
                    - your working hours and days off.

                    A promise by word of mouth is hard to prove. A contract for one task (a
                    civil-law contract) usually gives fewer rights, for example no paid leave.
                    Your employer must tell the migration authorities that it has hired you.
                    """
                ),
                heading("Your rights"),
                text(
                    """
                    A foreign worker who works legally has the same rights at work as a Russian
                    citizen:

                    - pay of at least the legal minimum wage for full-time work, at least twice
                    a month;
                    - a normal working week of 40 hours, and extra pay for overtime;
                    - paid annual leave;
                    - safe work, with protective clothing and equipment;
                    - medical help and compensation after an accident at work.
                    """
                ),
                warning(
                    "Your passport belongs to you",
                    """
                    An employer may not keep your passport, not even “for safety” or “for the
                    registration”. Show it, let them copy it, and take it back the same day.
                    """,
                ),
                tip(
                    "Keep your own records",
                    """
                    Write down the hours you work every day. Keep photos of the workplace, the
                    names and phone numbers of your managers, and your pay slips. Ask for your
                    pay to be paid to a bank card: it leaves a record. These records help you
                    if you are not paid.
                    """,
                ),
                heading("If you are not paid or are treated badly"),
                text(
                    """
                    First talk to the employer calmly, with a witness. If that does not help,
                    complain to the State Labour Inspectorate, which you can also do online, or
                    go to court: a worker pays no court fee in a dispute about work. Your
                    consulate, trade unions and migrant organisations give advice for free.
                    """
                ),
                phones(
                    "Where to get advice",
                    [
                        phone(
                            "Support line for migrant workers",
                            numbers.MIGRANT_LINE_RU,
                            hours="Monday to Friday, 9:00–18:00",
                            languages="Russian, Uzbek, Kyrgyz, Tajik",
                        ),
                        phone(
                            "Embassy of Uzbekistan, hotline",
                            numbers.EMBASSY_UZ_RU,
                            languages="Uzbek, Russian",
                        ),
                        phone(
                            "Embassy of Kyrgyzstan, hotline",
                            numbers.EMBASSY_KG_RU,
                            languages="Kyrgyz, Russian",
                        ),
                    ],
                ),
            ],
            "sources": [
                ILO,
                source("Federal Service for Labour and Employment (Rostrud)"),
            ],
        },
        {
            "slug": "recruitment-fraud-and-trafficking",
            "topic": "fraud_trafficking",
            "last_reviewed": datetime.date(2026, 10, 12),
            "reviewed_by": REVIEWED_BY,
            "title": "Recruitment fraud and trafficking: how to protect yourself",
            "summary": (
                "Most job offers are honest, but some are traps. Learn the warning signs, "
                "check the recruiter, and know what to do if you or someone you know is in "
                "danger."
            ),
            "body": [
                heading("Warning signs"),
                text(
                    """
                    Be careful if a recruiter or an employer:

                    - asks you to pay a large fee for the job or the journey, or offers a loan
                    to pay it;
                    - promises very high pay for easy work, without a written contract;
                    - tells you to enter Russia as a tourist or a student and work “without
                    papers”;
                    - wants to keep your passport;
                    - changes the job, the pay or the city after you arrive;
                    - tells you not to talk to your family or to other workers.
                    """
                ),
                heading("Check before you go"),
                text(
                    """
                    Ask the agency for its licence and check it with your country's migration
                    agency or labour ministry. Find the employer's name and address, and ask
                    people who have worked there. Ask for the contract before you leave home, in
                    a language you understand.
                    """
                ),
                checklist(
                    "Leave with your family",
                    [
                        "A copy of your passport and your contract",
                        "The name, address and phone number of the employer and the recruiter",
                        "The address where you will live",
                        "A day and time when you will call every week",
                        "A code word that means “I am in danger”",
                    ],
                ),
                warning(
                    "Never hand over your passport",
                    """
                    Nobody, not an employer, a recruiter, a landlord or a “helper”, may keep your
                    passport. If someone takes your documents, does not let you leave, or says
                    you must work off a debt, this is a crime: it may be forced labour or
                    trafficking in people.
                    """,
                ),
                heading("If you are in danger"),
                text(
                    """
                    Call 112 when you can: the call is free and works from any mobile phone,
                    even without money on it. Contact your embassy and tell your family. People
                    who were trafficked are victims, not criminals: help from embassies, the IOM
                    and other organisations is free and confidential, even if your documents are
                    not in order.
                    """
                ),
                phones(
                    "Help lines",
                    [
                        phone(
                            "Emergency: police, ambulance, fire",
                            numbers.EMERGENCY_RU,
                            hours="24 hours",
                            languages="Russian",
                        ),
                        phone(
                            "Anti-trafficking hotline",
                            numbers.ANTI_TRAFFICKING_RU,
                            hours="24 hours",
                            languages="Russian, Uzbek, Kyrgyz, Tajik",
                        ),
                        phone(
                            "Agency for External Labour Migration of Uzbekistan",
                            numbers.AGENCY_UZ,
                            languages="Uzbek, Russian",
                        ),
                        phone(
                            "Ministry of Labour, Social Security and Migration of Kyrgyzstan",
                            numbers.MINISTRY_KG,
                            languages="Kyrgyz, Russian",
                        ),
                    ],
                ),
            ],
            "sources": [IOM, ILO],
        },
        {
            "slug": "money-and-remittances",
            "topic": "money",
            "last_reviewed": datetime.date(2026, 10, 12),
            "reviewed_by": REVIEWED_BY,
            "title": "Money: sending it home safely",
            "summary": (
                "How to send money home without losing it, how to protect yourself from "
                "scams, and how to plan with your family what the money is for."
            ),
            "body": [
                heading("Send money the safe way"),
                text(
                    """
                    Send money through a bank or a licensed money transfer service, not through
                    people who carry cash or “transfer” it privately. Before you send, compare
                    the fee and the exchange rate of two or three services: both decide how much
                    your family receives. One larger transfer a month often costs less than many
                    small ones.
                    """
                ),
                tip(
                    "Keep every receipt",
                    """
                    Keep the receipt or a screenshot of every transfer, with its control number,
                    until your family has the money. Give the control number only to the person
                    who collects the money. Keep your patent payment receipts too: you may be
                    asked for them.
                    """,
                ),
                warning(
                    "Scams",
                    """
                    Nobody from a bank will ask you for a code from a text message, your PIN or
                    the three digits on the back of your card. If someone calls “from the bank”
                    or “from the police” and asks for them, hang up and call the number on the
                    back of your card. Never lend your card or your account to anyone: criminals
                    use other people's accounts to move stolen money, and the owner of the
                    account can be prosecuted.
                    """,
                ),
                heading("Cash"),
                text(
                    """
                    Do not keep much cash at home or at work, and do not carry it on the journey
                    home: migrants are often robbed on pay day and on the way to the airport.
                    Large amounts of cash must be declared at the border. Keep your savings in a
                    bank account or send them home.
                    """
                ),
                heading("Plan with your family"),
                text(
                    """
                    Agree together what the money is for: daily needs, school, health, debts and
                    savings. Try to save a part every month, for emergencies and for the time
                    when you come home. Be careful with loans: borrow only from banks and
                    licensed lenders, read the conditions first, and never take a loan in your
                    name for someone else.
                    """
                ),
                checklist(
                    "Before you send money",
                    [
                        "Compare the fee and the exchange rate",
                        "Check the name of the person who will receive it",
                        "Keep the receipt and the control number",
                        "Tell the receiver the control number, and nobody else",
                    ],
                ),
            ],
            "sources": [
                source(
                    "World Bank: Remittance Prices Worldwide",
                    "https://remittanceprices.worldbank.org",
                ),
                source("Central Bank of the Russian Federation"),
                IOM,
            ],
        },
    ],
}
