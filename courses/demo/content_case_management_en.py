"""Case management for returning migrants: English text."""

from .body import case_study, heading, reflection, text, tip, warning

COURSE = {
    "title": "Case management for returning migrants",
    "summary": (
        "A step-by-step course for social workers, local government and NGO staff who support "
        "migrants coming home to Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan. It follows "
        "the case management cycle — intake, assessment, planning, referral, follow-up and "
        "closure — and applies it to the main challenges of reintegration: documents, debt, "
        "employment, health, children's schooling and stigma."
    ),
    "outcomes": [
        "Explain the stages of the case management cycle and the purpose of each.",
        "Conduct an intake and a strengths-based assessment with a returning migrant and "
        "their family, with informed consent.",
        "Develop a realistic reintegration plan with SMART goals together with the returnee.",
        "Refer returnees to services and coordinate with partners so that referrals lead to "
        "real help.",
        "Address common reintegration needs: documents, debt, employment, health, children's "
        "schooling and stigma.",
        "Follow up, review progress and close a case responsibly.",
    ],
    "modules": [
        {
            "slug": "case-management-cycle",
            "title": "The case management cycle",
            "intro": "What case management is, and how to open a case well.",
            "lessons": [
                {
                    "slug": "what-case-management-is",
                    "title": "What case management is",
                    "minutes": 30,
                    "body": [
                        text(
                            """
                            Case management is a structured, collaborative way of helping a
                            person or a family with several needs at once. One worker — the case
                            manager — works with the person to assess needs, plan, connect them
                            with services and follow progress, so that help is coordinated
                            rather than scattered. Returning migrants rarely have a single need:
                            a man deported with an entry ban may have debts, no job and health
                            problems, and a child who needs documents to enrol at school.
                            """
                        ),
                        heading("The cycle"),
                        text(
                            """
                            1. <b>Intake</b>: first contact, explaining the service, checking
                            urgent needs, asking for consent.
                            2. <b>Assessment</b>: understanding the situation, needs, strengths
                            and risks together with the person.
                            3. <b>Planning</b>: agreeing goals, actions, who does what, and by
                            when.
                            4. <b>Implementation and referral</b>: carrying out the plan and
                            linking the person with services.
                            5. <b>Follow-up and monitoring</b>: checking progress and adjusting
                            the plan.
                            6. <b>Closure</b>: ending the case when goals are reached, when the
                            person asks, or when they move away — with a plan for the future.
                            """
                        ),
                        text(
                            """
                            The cycle is not always a straight line. New information can take
                            you back to assessment, and a crisis can demand action before any
                            plan exists.
                            """
                        ),
                        heading("Principles"),
                        text(
                            """
                            - The person is a partner, not an object of help, and takes part
                            voluntarily.
                            - Information is confidential and shared only with consent, within
                            the limits explained at the start.
                            - Work builds on strengths, not only on problems.
                            - There is one plan, coordinated among all the services involved.
                            - What was agreed is written down, so that everyone is accountable.
                            """
                        ),
                        case_study(
                            "Meet Rustam, Khatlon region",
                            """
                            Rustam, 36, comes home to his village after seven years in Russia,
                            with an entry ban. He has a wife and three children, a loan taken to
                            build a house, back pain, and no job. His youngest daughter was born
                            in Russia, and the family does not know how to get her documents in
                            Tajikistan. We will follow Rustam's case through this course.
                            """,
                        ),
                        tip(
                            "Who is the client?",
                            """
                            Decide with the person whether the case concerns them alone or the
                            whole household. A wife or a parent may have needs different from
                            the returnee's, and sometimes interests that conflict with them. Be
                            clear whose consent you have.
                            """,
                        ),
                        reflection(
                            "Think of a returnee you supported. Which stages of the cycle did "
                            "you go through, and which were skipped or rushed?"
                        ),
                    ],
                },
                {
                    "slug": "intake-and-consent",
                    "title": "Intake and informed consent",
                    "minutes": 30,
                    "body": [
                        heading("The first meeting sets the tone"),
                        text(
                            """
                            Returnees often come with mixed feelings: relief at being home,
                            shame at coming back "without success", anger at an employer, fear
                            of creditors. Some were deported and had to leave everything
                            behind. At intake your aims are to build trust, to find out about
                            urgent needs, and to give the person enough information to decide
                            whether they want case management.
                            """
                        ),
                        heading("What happens at intake"),
                        text(
                            """
                            1. Introduce yourself and your service: what you can and cannot
                            offer.
                            2. Check urgent needs and safety: shelter, food, medical care, risk
                            of violence or suicide. Deal with these first.
                            3. Collect basic information: household members, contact details,
                            how and when the person returned. Collect only what you need.
                            4. Explain confidentiality and its limits, how information is stored
                            and with whom it may be shared.
                            5. Ask for consent, in writing where possible, and explain that it
                            can be withdrawn at any time.
                            6. Agree the next step and the date of the assessment meeting.
                            """
                        ),
                        warning(
                            "Fear of the authorities and of creditors",
                            """
                            Some returnees fear that what they tell a social worker will reach
                            the police or their creditors. Be honest about what the law obliges
                            you to report and what you will never share without consent. Never
                            promise more confidentiality than you can keep.
                            """,
                        ),
                        case_study(
                            "Rustam's intake",
                            """
                            The jamoat social worker visits Rustam at home at a time when his
                            wife can be present, as he asked. Rustam is polite but tense. She
                            explains that the service is voluntary and free, what she can help
                            with, and that she will not share anything with his creditors.
                            Rustam's most urgent concern is his back: the pain keeps him awake.
                            They agree that she will help him get an appointment at the district
                            health centre this week and come back in five days for a full
                            assessment. Rustam signs the consent form after she has read it
                            aloud with him.
                            """,
                        ),
                        tip(
                            "Read the consent form together",
                            """
                            Not everyone reads easily, and few people read official forms
                            closely. Reading the form aloud together, in the person's language,
                            and checking what they understood makes consent real rather than a
                            formality.
                            """,
                        ),
                        reflection(
                            "What is the first thing you say when you meet a returnee? How do "
                            "you explain what your service can and cannot do?"
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "assessment-and-planning",
            "title": "Assessment and planning",
            "intro": "Understanding the whole situation, and agreeing a plan the returnee owns.",
            "lessons": [
                {
                    "slug": "holistic-assessment",
                    "title": "A holistic assessment",
                    "minutes": 35,
                    "body": [
                        text(
                            """
                            An assessment is a conversation, not an interrogation. Its aim is a
                            shared picture of the person's situation: what they need, what they
                            have, what worries them and what they want. Spread it over two
                            meetings rather than one long, tiring session, and use your
                            organisation's form as a guide rather than a questionnaire to read
                            out.
                            """
                        ),
                        heading("What to cover"),
                        text(
                            """
                            - <b>Documents and legal status</b>: passport and national ID,
                            children's birth certificates, any entry ban, unpaid wages or open
                            cases abroad.
                            - <b>Money</b>: income, debts and to whom, land, livestock and other
                            assets.
                            - <b>Health</b>: injuries, chronic illness, tuberculosis screening,
                            mental health, alcohol use.
                            - <b>Family and housing</b>: who lives in the household,
                            relationships, conflict or violence.
                            - <b>Children</b>: school, documents, health, how they experience
                            the return.
                            - <b>Social connections</b>: support from relatives and neighbours,
                            and how the community sees the return.
                            - <b>Strengths and hopes</b>: skills, experience, motivation, plans.
                            """
                        ),
                        heading("Strengths are part of the assessment"),
                        text(
                            """
                            Migrants often return with valuable skills — building trades,
                            driving, cooking, sewing, languages, experience of managing money
                            far from home. Ask about them explicitly. They are the raw material
                            of the plan, and talking about them restores a dignity that
                            deportation or failure may have damaged.
                            """
                        ),
                        case_study(
                            "Rustam's assessment",
                            """
                            Over two visits, the social worker and Rustam build the picture.
                            Rustam worked as a tiler and is proud of his work; he speaks good
                            Russian. He owes money to a cousin and to a microfinance
                            organisation. The doctor has diagnosed a back condition that needs
                            physiotherapy, not surgery. His wife Malika embroiders cushions and
                            sells a few at the bazaar. Their son, 13, talks about leaving school
                            to work in Russia "like his father". The youngest, 4, has only a
                            Russian birth certificate.
                            """,
                        ),
                        tip(
                            "Use a simple tool",
                            """
                            An ecomap — the household in the centre, with lines to relatives,
                            school, clinic, mosque, employer and lenders — shows at a glance
                            where support and strain come from. Draw it with the family; people
                            often see their situation more clearly on paper.
                            """,
                        ),
                        reflection(
                            "Which areas of a returnee's life do you usually ask about, and "
                            "which do you tend to leave out? Why?"
                        ),
                    ],
                },
                {
                    "slug": "planning-with-the-returnee",
                    "title": "Planning with the returnee",
                    "minutes": 30,
                    "body": [
                        text(
                            """
                            A reintegration plan turns the assessment into action. It belongs
                            to the returnee: goals stated in their own words, actions they agree
                            with, and a pace they can keep. The case manager's role is to help
                            prioritise, to make goals concrete, and to bring in the right
                            services.
                            """
                        ),
                        heading("SMART goals"),
                        text(
                            """
                            Goals should be <b>specific, measurable, achievable, relevant and
                            time-bound</b>. "Find work" is a wish. "Register with the district
                            employment service and apply for two tiling jobs within three weeks"
                            is a goal: everyone knows what to do and when it is done.
                            """
                        ),
                        heading("What a plan contains"),
                        text(
                            """
                            - Each goal, and the actions that lead to it.
                            - Who does what: the returnee, family members, the case manager,
                            other services.
                            - Deadlines and the date of the next review.
                            - The resources needed, and where they will come from.
                            """
                        ),
                        heading("Set priorities"),
                        text(
                            """
                            Deal first with safety and urgent health needs; then documents,
                            which often unlock everything else; then income and debt; then
                            longer-term goals. Three or four goals at a time are enough. A plan
                            with ten goals overwhelms everyone and is rarely carried out.
                            """
                        ),
                        case_study(
                            "Rustam's plan",
                            """
                            Rustam and the social worker agree four goals for the next two
                            months. First, attend physiotherapy twice a week at the district
                            hospital. Second, get Tajik documents for his youngest daughter,
                            with help from an NGO lawyer. Third, register with the employment
                            service and ask about certification of his tiling skills. Fourth,
                            with his wife, list all debts and meet the cousin and the
                            microfinance organisation to agree a repayment schedule. Rustam also
                            agrees to talk with his son about finishing school; the social
                            worker will link the family with the school's counsellor.
                            """,
                        ),
                        warning(
                            "Do not plan for the person",
                            """
                            A plan written by the worker and signed by the returnee is rarely
                            carried out. If the person does not agree with a goal, it is not
                            their goal yet. Go back to what matters to them.
                            """,
                        ),
                        reflection(
                            "Rewrite a goal from one of your current cases as a SMART goal. "
                            "Who will do what, and how will you both know it is done?"
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "referral-reintegration-closure",
            "title": "Referral, reintegration and closure",
            "intro": "Linking returnees with services, following up, and ending a case well.",
            "lessons": [
                {
                    "slug": "referral-and-reintegration",
                    "title": "Referral and practical reintegration",
                    "minutes": 35,
                    "body": [
                        heading("Documents first"),
                        text(
                            """
                            Without documents, almost nothing else works: no job, no benefits,
                            sometimes no school place for a child. Help returnees to restore
                            passports and national ID, to register children born abroad, and to
                            keep every contract, payslip and medical certificate from their
                            years abroad, which may matter later, for example for a pension.
                            Procedures differ between countries and change, so check them with
                            the civil registry, the migration service or a legal aid
                            organisation each time.
                            """
                        ),
                        heading("Debt"),
                        text(
                            """
                            Make a list of every debt: to whom, how much, on what terms. Never
                            suggest a new loan to pay off an old one without a careful look at
                            the budget. Refer the family for financial counselling or legal
                            aid, and take threats from informal lenders seriously: they are a
                            safety issue.
                            """
                        ),
                        heading("Work and income"),
                        text(
                            """
                            Link returnees with the employment service, vocational training and
                            skills certification, and with any grant or small business
                            programmes they may be eligible for. Skills gained abroad are an
                            asset, but employers at home may want proof of them.
                            """
                        ),
                        heading("Children's schooling"),
                        text(
                            """
                            Children who come back may have studied in Russian, may have missed
                            school, or may struggle to fit in. Work with the school on
                            enrolment, catch-up support and a welcoming class teacher.
                            """
                        ),
                        case_study(
                            "Rustam's referrals",
                            """
                            The social worker calls the employment service before Rustam's
                            visit and goes with him the first time. She passes the daughter's
                            papers, with consent, to the NGO lawyer and tells Rustam what
                            documents to bring. She meets the school counsellor, who starts
                            weekly talks with Rustam's son. She keeps a simple referral log:
                            date, service, contact person, what was agreed, and the result.
                            """,
                        ),
                        tip(
                            "Close the loop",
                            """
                            A referral is complete only when you know whether the person
                            received help. Ask both the returnee and the service, and record
                            the answer.
                            """,
                        ),
                        reflection(
                            "Which reintegration need — documents, debt, work or schooling — is "
                            "hardest to meet in your district? Which partner could help you "
                            "meet it better?"
                        ),
                    ],
                },
                {
                    "slug": "stigma-follow-up-closure",
                    "title": "Stigma, follow-up and closing a case",
                    "minutes": 30,
                    "body": [
                        heading("Facing stigma"),
                        text(
                            """
                            Returnees may be seen as failures who "came back with nothing",
                            deportees as criminals, women who worked abroad as morally suspect,
                            and people with HIV or tuberculosis as a danger. Stigma isolates
                            people and pushes them towards depression, alcohol or another risky
                            migration. Talk with the returnee about how they want to explain
                            their return. Involve respected community and religious leaders, with
                            consent, to speak about what migrants contribute. Groups where
                            returnees meet and support each other help many people feel less
                            alone.
                            """
                        ),
                        heading("Follow-up and monitoring"),
                        text(
                            """
                            Keep in regular contact as agreed — for example every two weeks at
                            first, then monthly. At each review, go through the plan together:
                            what has been done, what has changed, what got in the way. Ask the
                            services involved for their view, record progress, and adjust the
                            plan. Celebrate steps forward; they keep people going.
                            """
                        ),
                        heading("Closing a case"),
                        text(
                            """
                            Close a case when the goals are reached, when the person asks, when
                            they move away, or when there has been no contact for an agreed
                            period despite repeated attempts. Closure is planned, not sudden:
                            review what has been achieved, discuss how the person will handle
                            future difficulties and where to turn, ask for their feedback, and
                            write a closing summary. Never close a case in the middle of a
                            crisis. If the person moves, transfer the case, with consent, to a
                            colleague in their new place.
                            """
                        ),
                        case_study(
                            "Six months later",
                            """
                            Rustam's back is better after physiotherapy, and he works as a tiler
                            with a building team in the district centre. His daughter has her
                            documents and goes to kindergarten. The debt to his cousin is being
                            repaid in agreed instalments, and the microfinance loan has been
                            restructured. His son is still at school. At the closing meeting,
                            Rustam says the most important thing was "not being treated like a
                            failure". The social worker leaves her contact details in case of
                            future need.
                            """,
                        ),
                        reflection(
                            "How do you decide that a case is ready to close? What do you do to "
                            "make sure the person knows where to turn afterwards?"
                        ),
                    ],
                },
            ],
        },
    ],
}
