"""Effective social work with labour migrants and their families: English text."""

from .body import case_study, heading, reflection, text, tip, warning

COURSE = {
    "title": "Effective social work with labour migrants and their families",
    "summary": (
        "A practical introduction for social workers, local government and NGO staff who "
        "support labour migrants, the families who stay at home and people who return. Learn "
        "how migration changes families in Central Asia, how to work from a family's "
        "strengths, how to protect confidentiality and do no harm, and how to organise "
        "support together with schools, health services and community leaders."
    ),
    "outcomes": [
        "Describe how labour migration affects migrants, their spouses, children and older "
        "relatives in your community.",
        "Recognise the main risks migrant families face and the signs that a family needs help.",
        "Use a strengths-based approach to engage a family and agree goals with them.",
        "Obtain informed consent, protect confidentiality and apply the do-no-harm principle "
        "in everyday casework.",
        "Work with schools, health services, local authorities, NGOs and community leaders, "
        "and make referrals that families actually reach.",
    ],
    "modules": [
        {
            "slug": "migration-and-families",
            "title": "Labour migration and the families it shapes",
            "intro": "Who migrates and why, and what changes for the people who stay behind.",
            "lessons": [
                {
                    "slug": "why-people-migrate",
                    "title": "Why people migrate and who stays behind",
                    "minutes": 30,
                    "body": [
                        heading("Migration as a family strategy"),
                        text(
                            """
                            In Central Asia, labour migration is rarely one person's decision.
                            It is usually a family strategy: one or more members, most often
                            young and middle-aged men but more and more women too, go to work
                            in Russia, Kazakhstan, Türkiye, South Korea or elsewhere, and the
                            money they send home pays for food, schooling, medical care, a
                            house, a wedding or a debt. In Kyrgyzstan and Tajikistan,
                            remittances are equal to a large share of the whole national
                            economy.

                            Migration often brings real benefits: income, new skills, a better
                            home, education for the children. It also has costs that are less
                            visible, and social workers meet them every day.
                            """
                        ),
                        heading("Who stays behind"),
                        text(
                            """
                            - <b>Children</b>, often raised by one parent, by grandparents or
                            by other relatives for months or years. Some miss a parent deeply,
                            take on adult responsibilities or fall behind at school; many others
                            cope well.
                            - <b>Wives of migrants</b>, who often live with their husband's
                            parents. They may carry the household and farm work, have little
                            say over money, and depend on remittances that can stop without
                            warning.
                            - <b>Older parents</b>, who look after grandchildren while their
                            own health declines.
                            - <b>Migrants themselves</b>, who come home for the winter, after an
                            injury, after an entry ban, or for good.
                            """
                        ),
                        case_study(
                            "The Toktogulov family, Osh region",
                            """
                            Azamat, 38, has worked on building sites in Moscow for six years and
                            comes home for a month each winter. His wife Nurgul lives with his
                            parents and their three children in a village near Osh. Money
                            arrives irregularly. The eldest son, 13, has started missing school
                            to work at the bazaar, and his teacher has asked the social worker
                            of the ayil okmotu to visit. Nurgul says the family is fine: "My
                            husband sends what he can."
                            """,
                        ),
                        text(
                            """
                            Behind this situation are several people with different needs: a
                            boy taking on his father's role, a mother with responsibility but
                            little say, grandparents who may be tired, and a father far away who
                            may not know what is happening. Good practice starts by seeing the
                            whole family, including the member who is abroad.
                            """
                        ),
                        heading("Migration is not a problem in itself"),
                        text(
                            """
                            Avoid treating migrant families as "broken" or children of migrants
                            as "abandoned". Such labels stigmatise, and they are often wrong.
                            Many families stay close through daily video calls and take
                            decisions together. Your task is to find out how this particular
                            family is managing, what is working, and where support would help.
                            """
                        ),
                        reflection(
                            "Think of a migrant family you know through your work. Who are all "
                            "its members, including those abroad, and what does each of them "
                            "carry?",
                            "Draw a simple family map: mark who lives where, who looks after "
                            "whom and who decides about money.",
                        ),
                    ],
                },
                {
                    "slug": "risks-and-warning-signs",
                    "title": "Risks, vulnerabilities and signs that a family needs help",
                    "minutes": 30,
                    "body": [
                        heading("Risks for the migrant"),
                        text(
                            """
                            - <b>Irregular status</b>: no work permit or registration, expired
                            documents, or an entry ban that prevents a return to work. Rules
                            differ by country of origin and change often, so check current
                            information from official sources before advising anyone.
                            - <b>Exploitation</b>: unpaid wages, passports held by the employer,
                            dangerous work, and in the worst cases forced labour and
                            trafficking.
                            - <b>Debt</b>: loans for the journey, a house or a celebration,
                            sometimes from informal lenders who use threats.
                            - <b>Health</b>: injuries at work, tuberculosis and other infections
                            linked to crowded housing, stress, depression and alcohol use.
                            - <b>Discrimination</b>, document checks and detention, which many
                            migrants experience as deeply humiliating.
                            """
                        ),
                        heading("Risks for the family at home"),
                        text(
                            """
                            - Remittances shrink or stop, and the family falls into debt or goes
                            hungry.
                            - Children lack supervision, leave school, start work early or are
                            exposed to violence.
                            - A wife has neither her husband's support nor a voice in her
                            in-laws' household. Some experience violence; some are left when the
                            husband starts a new family abroad, and lose their home.
                            - Contact with the migrant breaks down, and rumours and suspicion
                            grow.
                            """
                        ),
                        heading("Signs that a family needs help"),
                        text(
                            """
                            - A child's attendance, marks or behaviour change suddenly.
                            - The family has had no news from the migrant for weeks.
                            - Neighbours mention shouting, injuries, or a woman who no longer
                            leaves the house.
                            - Someone speaks of hopelessness, or of not wanting to live.
                            - The family cannot pay for food, heating or medicines.
                            """
                        ),
                        warning(
                            "Safety comes first",
                            """
                            If you learn that a child or an adult is in immediate danger —
                            violence, a risk of suicide, a missing person, suspected
                            trafficking — act the same day. Follow your organisation's
                            procedure, tell your supervisor, and contact the police, health or
                            child protection services as the rules of your country require. Do
                            not wait for the next planned visit.
                            """,
                        ),
                        text(
                            """
                            Many of these risks stay hidden because people fear shame, gossip or
                            the authorities. Families rarely mention violence, debt or a
                            husband's irregular status at a first meeting. They tell you when
                            they trust you and when you ask calmly, in private, and without
                            judgement.
                            """
                        ),
                        reflection(
                            "Which of these risks are most common in your district? Which of "
                            "them would you notice only if you asked?",
                            "Think about where, how and in whose presence you ask about money, "
                            "violence or documents.",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "principles-of-good-practice",
            "title": "Principles of good practice",
            "intro": "The attitudes and ethical rules that make help safe and effective.",
            "lessons": [
                {
                    "slug": "working-from-strengths",
                    "title": "Working from strengths",
                    "minutes": 30,
                    "body": [
                        heading("What a strengths-based approach means"),
                        text(
                            """
                            A strengths-based approach starts from what a person or a family
                            can do, has and wants, not only from their problems. It does not
                            ignore risks. It recognises that people are the experts on their own
                            lives, and that change lasts when it builds on their own resources.

                            Migrant families often have many resources: a grandmother who holds
                            everyone together, a teenager who keeps in touch with his father by
                            phone, relatives who help with the harvest, a mahalla committee or
                            a village council ready to assist.
                            """
                        ),
                        heading("In practice"),
                        text(
                            """
                            1. Start with the family's own view: "What worries you most at the
                            moment? What would you like to be different?"
                            2. Ask how they cope: "How have you managed so far? Who helps you?"
                            These questions show respect and reveal resources.
                            3. Look for exceptions: times when the problem was smaller, and what
                            was different then.
                            4. Agree small, concrete goals that the family chooses, and the
                            first step each person will take.
                            5. Notice progress and name it aloud, however small.
                            """
                        ),
                        tip(
                            "Words that build trust",
                            """
                            Avoid words such as "abandoned children" or "problem family". Say
                            "children whose parents work abroad" and "a family going through a
                            difficult time". Speak the family's language, sit with them rather
                            than standing over them, and accept tea if it is offered:
                            hospitality is part of building a relationship in Central Asia.
                            """,
                        ),
                        case_study(
                            "The Toktogulov family: the second visit",
                            """
                            The social worker asks Nurgul what has helped her most. She names
                            her husband's sister, who lives nearby, and the school director, who
                            once let the children attend without paying for extras. Her son
                            says he works at the bazaar because he wants his mother to have
                            money for his sisters' shoes. The social worker recognises his care
                            for the family. Together they agree a plan: he will work only on
                            Sundays, his aunt will look after the youngest child two afternoons
                            a week, and Nurgul will ask Azamat in a video call to send a fixed
                            amount each month.
                            """,
                        ),
                        reflection(
                            "Think of a family you find difficult to work with. Name three "
                            "strengths of that family. How could you use one of them at your "
                            "next visit?"
                        ),
                    ],
                },
                {
                    "slug": "consent-confidentiality-do-no-harm",
                    "title": "Consent, confidentiality and do no harm",
                    "minutes": 30,
                    "body": [
                        heading("Informed consent"),
                        text(
                            """
                            People have the right to decide whether to accept help and what
                            information about them is shared. Consent is informed when the
                            person understands who you are, why you are there, what will happen
                            to what they tell you, what their options are, and that they can
                            say no or change their mind without losing other services.

                            Ask for consent before an assessment, before you share information
                            with another service and before you take photographs. Explain
                            things to children in words that suit their age, and ask for their
                            agreement as well as their caregiver's.
                            """
                        ),
                        heading("Confidentiality and its limits"),
                        text(
                            """
                            What a family tells you stays confidential. It is not discussed with
                            neighbours, with colleagues who are not involved, or with relatives,
                            unless the person agrees. Case files are kept locked or protected by
                            a password.

                            Confidentiality has limits, and you explain them at the first
                            meeting: when a child or an adult is at serious risk of harm, you
                            will have to involve others. Saying this honestly at the start
                            protects trust later.
                            """
                        ),
                        warning(
                            "Small communities, big risks",
                            """
                            In a village or a mahalla everyone knows everyone, and a visit from
                            a social worker can start rumours. A woman's account of violence,
                            told to the wrong person, can put her in greater danger. Meet in
                            private, never discuss cases in the corridor or in messenger groups,
                            and think twice before involving relatives or elders without the
                            person's agreement.
                            """,
                        ),
                        heading("Do no harm"),
                        text(
                            """
                            Any intervention can have effects nobody intended. Before you act,
                            ask: could this expose the person to violence, shame, loss of income
                            or trouble with the authorities? Could it create dependency, or
                            jealousy among neighbours?

                            For example, a public list of families who receive aid can
                            stigmatise them; telling a migrant abroad about a family conflict
                            without care can lead him to stop sending money or to come home in
                            anger. Choose the option with the most benefit and the least risk,
                            and make that choice together with the person.
                            """
                        ),
                        reflection(
                            "How do you explain confidentiality and its limits at a first "
                            "meeting? Write down the words you would use.",
                            'For example: "What you tell me stays between us and my '
                            "supervisor. The only exception is if I learn that someone is in "
                            "danger: then I must act to protect them, and I will tell you what "
                            'I am doing whenever it is safe."',
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "families-and-communities",
            "title": "Supporting families and communities",
            "intro": (
                "Practical work with children, caregivers and returnees, and with the partners "
                "around them."
            ),
            "lessons": [
                {
                    "slug": "supporting-children-and-caregivers",
                    "title": "Supporting children and caregivers",
                    "minutes": 30,
                    "body": [
                        heading("How children experience a parent's absence"),
                        text(
                            """
                            Children react to a parent's migration in different ways, depending
                            on their age, on how the departure was explained and on the care
                            they receive. Young children may become clingy, sleep badly or lose
                            skills they had learned. Children at school may feel sadness, anger
                            or guilt, and their marks may change. Adolescents may take on adult
                            roles, feel pressure to migrate themselves, or look for belonging in
                            risky company. The strongest protection is one stable, warm
                            caregiver.
                            """
                        ),
                        heading("What helps"),
                        text(
                            """
                            - Honest explanations, suited to the child's age, of where the
                            parent is, why, and when they may come back. No promises that cannot
                            be kept.
                            - Regular, predictable contact with the parent abroad: a fixed day
                            and time for calls, voice messages, drawings, photos of school
                            results.
                            - Involving the absent parent in decisions about the child's school
                            and health.
                            - Support for the caregiver: grandparents and mothers need rest,
                            information and sometimes material help.
                            - Close work with the school: a teacher who knows the situation
                            notices changes early and responds with understanding rather than
                            punishment.
                            """
                        ),
                        case_study(
                            "Jasur, 10, Kashkadarya region",
                            """
                            Jasur lives with his grandmother while both his parents work in
                            Kazakhstan. His teacher noticed that he had stopped doing his
                            homework and was fighting at break time. The school psychologist
                            and the mahalla social worker met the grandmother, who is tired and
                            has diabetes. With the parents' agreement they arranged a video call
                            every Saturday, a place in the after-school group and a visit from
                            the family doctor for the grandmother. Two months later his teacher
                            says he is calmer and his marks are improving.
                            """,
                        ),
                        tip(
                            "Caring for carers protects children",
                            """
                            An exhausted grandmother cannot give a child the attention he needs.
                            Ask caregivers how they are, not only how the children are, and
                            include their needs in the plan.
                            """,
                        ),
                        reflection(
                            "Which services in your area could support a child whose parents "
                            "both work abroad? Whom would you contact first, and how?"
                        ),
                    ],
                },
                {
                    "slug": "community-and-referral-partners",
                    "title": "Working with the community and referral partners",
                    "minutes": 30,
                    "body": [
                        heading("No service can do it alone"),
                        text(
                            """
                            The needs of migrant families cross many sectors: income, documents,
                            health, schooling, legal questions, safety. Effective social work
                            means knowing who can help with what, and building working
                            relationships before a crisis. Key partners include local
                            self-government (ayil okmotu, mahalla committee, jamoat), schools
                            and kindergartens, primary health care, employment and migration
                            services, legal aid, NGOs working with migrants and survivors of
                            violence, and religious and community leaders.
                            """
                        ),
                        heading("Map your services"),
                        text(
                            """
                            Make a simple map of the services in your district: for each one,
                            what it offers, who can use it, the contact person, opening hours,
                            cost and languages. Update it every few months and share it with
                            colleagues. A map you have checked yourself is more reliable than
                            any directory.
                            """
                        ),
                        heading("Referrals that work"),
                        text(
                            """
                            1. Agree with the person what help they want, and ask for consent to
                            share information.
                            2. Share only what the other service needs to know.
                            3. Where you can, make a "warm" referral: call the service together
                            with the person, or go with them.
                            4. Explain the practical details: address, documents to bring, cost,
                            how to get there.
                            5. Follow up: ask both the person and the service whether they met
                            and whether it helped.
                            """
                        ),
                        case_study(
                            "Bakyt, 45, Batken region",
                            """
                            Bakyt came home after injuring his back on a building site in
                            Yekaterinburg. He cannot do heavy work, and the family has a loan to
                            repay. With his consent, the social worker called the family
                            medicine centre to arrange an examination, went with him to the
                            employment service to ask about retraining, and put him in touch
                            with an NGO lawyer about the compensation his employer never paid.
                            Two weeks later she called Bakyt and each service to check what had
                            happened.
                            """,
                        ),
                        tip(
                            "Religious and community leaders",
                            """
                            Imams, elders and respected women can reduce stigma, encourage
                            families to seek help and welcome returnees back. Involve them in
                            the matters a family agrees to share, with respect for their role,
                            and never pass on personal details without consent.
                            """,
                        ),
                        reflection(
                            "List the three services you refer families to most often. Do you "
                            "know a contact person in each by name? What would make your "
                            "referrals to them more successful?"
                        ),
                    ],
                },
            ],
        },
    ],
}
