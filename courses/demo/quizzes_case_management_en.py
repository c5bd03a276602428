"""Quizzes of "Case management for returning migrants": English text."""

from .quiz import correct, multiple, single, true_false

TRUE, FALSE = "True", "False"

# Asked twice, in the pre-test and in the post-test: the difference of the scores is the gain.
PRE_POST_QUESTIONS = [
    single(
        "What is case management?",
        [
            correct(
                "A structured, collaborative way of helping a person or a family with several "
                "needs at once, coordinated by one worker"
            ),
            "Sending each of a person's needs to a different service, which then works alone",
            "Keeping a file on a returnee for the authorities",
            "A single consultation that ends once advice has been given",
        ],
        "One case manager works with the person to assess needs, plan, connect them with "
        "services and follow progress, so that help is coordinated rather than scattered.",
    ),
    single(
        "In which order do the stages of the case management cycle come?",
        [
            "Assessment, intake, referral, planning, closure, follow-up",
            correct(
                "Intake, assessment, planning, implementation and referral, follow-up, closure"
            ),
            "Planning, intake, assessment, closure, referral, follow-up",
            "Intake, referral, closure, assessment, planning, follow-up",
        ],
        "The cycle runs from intake to closure, although new information can take you back to "
        "assessment and a crisis can demand action before any plan exists.",
    ),
    true_false(
        "At intake, urgent needs such as shelter, medical care or a risk of violence or "
        "suicide are dealt with first.",
        [correct(TRUE), FALSE],
        "Checking urgent needs and safety is the second step of intake, right after "
        "introducing yourself and your service, and they are dealt with before anything else.",
    ),
    multiple(
        "Which of these does a holistic assessment cover? Choose all that apply.",
        [
            correct("Documents and legal status"),
            correct("Income, debts and assets"),
            correct("The person's skills, experience and hopes"),
            correct("The children's schooling, documents and health"),
            "Only the problem the person mentioned first",
        ],
        "An assessment covers documents, money, health, family and housing, children, social "
        "connections, and strengths and hopes: returnees rarely have a single need.",
        partial_credit=True,
    ),
    single(
        "Which of these is a SMART goal?",
        [
            "Find work.",
            correct(
                "Register with the district employment service and apply for two tiling jobs "
                "within three weeks."
            ),
            "Become financially independent.",
            "Try to sort out the debts soon.",
        ],
        "A SMART goal is specific, measurable, achievable, relevant and time-bound: everyone "
        'knows what to do and when it is done. "Find work" is a wish.',
    ),
    true_false(
        "A plan with ten or more goals is best, so that nothing is forgotten.",
        [TRUE, correct(FALSE)],
        "Three or four goals at a time are enough. A plan with ten goals overwhelms everyone "
        "and is rarely carried out.",
    ),
    multiple(
        "When may a case be closed? Choose all that apply.",
        [
            correct("When the goals are reached"),
            correct("When the person asks for it"),
            "In the middle of a crisis, if your caseload is too heavy",
            correct(
                "When there has been no contact for an agreed period despite repeated attempts"
            ),
            "As soon as the first referral has been made",
        ],
        "A case is closed when the goals are reached, when the person asks, when they move "
        "away (the case is then transferred, with consent) or after an agreed period without "
        "contact. Never close a case in the middle of a crisis.",
    ),
]

FINAL_QUESTIONS = [
    single(
        "At intake, Rustam's most urgent concern is back pain that keeps him awake. What does "
        "the social worker do?",
        [
            correct(
                "She helps him to get an appointment at the district health centre that week "
                "and agrees to come back in five days for the full assessment."
            ),
            "She tells him that health is not part of case management.",
            "She carries out the full assessment first: the back can wait.",
            "She asks him to sign the consent form quickly, without reading it, to save time.",
        ],
        "Urgent needs come first, and the assessment follows. Rustam signed the consent form "
        "after she had read it aloud with him.",
    ),
    multiple(
        "What belongs to a good intake? Choose all that apply.",
        [
            correct("Explaining what your service can and cannot offer"),
            correct("Explaining confidentiality, its limits and how information is stored"),
            correct("Asking for consent and explaining that it can be withdrawn at any time"),
            "Collecting as much personal information as possible, in case it is useful later",
            "Promising complete confidentiality, whatever happens",
        ],
        "Collect only the information you need, and never promise more confidentiality than "
        "you can keep: be honest about what the law obliges you to report.",
        partial_credit=True,
    ),
    true_false(
        "Reading the consent form aloud together, in the person's language, makes consent real "
        "rather than a formality.",
        [correct(TRUE), FALSE],
        "Not everyone reads easily, and few people read official forms closely. Read the form "
        "together and check what the person has understood.",
    ),
    single(
        "Why do you ask a returnee about their skills and experience during the assessment?",
        [
            correct(
                "They are the raw material of the plan, and talking about them restores dignity."
            ),
            "To decide whether the person deserves help.",
            "To pass them on to employers without asking the person.",
            "You do not: an assessment is only about needs and risks.",
        ],
        "Building trades, driving, cooking, languages, managing money far from home: skills "
        "gained abroad are assets, and naming them restores a dignity that deportation or "
        "failure may have damaged.",
    ),
    single(
        "What does an ecomap show?",
        [
            "The route the migrant travelled abroad",
            correct(
                "The household in the centre, with lines to relatives, school, clinic, mosque, "
                "employer and lenders: where support and strain come from"
            ),
            "The services of the district and their opening hours",
            "The family's income and spending month by month",
        ],
        "An ecomap drawn with the family shows at a glance where support and strain come "
        "from; people often see their situation more clearly on paper.",
    ),
    single(
        "In which order should a reintegration plan deal with needs?",
        [
            correct(
                "Safety and urgent health needs, then documents, then income and debt, then "
                "longer-term goals"
            ),
            "Income and debt, then documents, then health",
            "Longer-term goals first, to give hope, then urgent needs",
            "Documents, then income, then safety and health",
        ],
        "Safety and urgent health come first; documents often unlock everything else; then "
        "income and debt, then longer-term goals.",
    ),
    true_false(
        "Taking a new loan to pay off an old one is a quick and safe way out of debt for a "
        "returnee.",
        [TRUE, correct(FALSE)],
        "Never suggest a new loan to pay off an old one without a careful look at the budget. "
        "List every debt, refer for financial counselling or legal aid, and take threats from "
        "informal lenders seriously.",
    ),
    multiple(
        "How can you help a returnee who faces stigma? Choose all that apply.",
        [
            correct("Talk with them about how they want to explain their return."),
            correct(
                "With their consent, involve respected community and religious leaders to speak "
                "about what migrants contribute."
            ),
            correct("Suggest a group where returnees meet and support each other."),
            "Advise them to avoid their neighbours until people forget.",
            "Tell the neighbours about their situation, so that they understand.",
        ],
        "Stigma isolates people and pushes them towards depression, alcohol or another risky "
        "migration. Respect their own account, and share nothing without consent.",
        partial_credit=True,
    ),
    single(
        "When is a referral complete?",
        [
            "When you have given the person the service's address",
            "When the service has received the person's papers",
            correct(
                "When you know whether the person received help: you ask both the returnee and "
                "the service, and record the answer"
            ),
            "When the returnee has signed the consent form",
        ],
        "Close the loop: a referral is complete only when you know whether the person "
        "received help.",
    ),
    multiple(
        "Which of these belong to a planned closure? Choose all that apply.",
        [
            correct("Reviewing what has been achieved"),
            correct("Discussing how the person will handle future difficulties and where to turn"),
            correct("Asking for the person's feedback and writing a closing summary"),
            "Stopping contact without telling the person, to avoid dependency",
        ],
        "Closure is planned, not sudden. If the person moves away, transfer the case, with "
        "consent, to a colleague in their new place.",
    ),
]

QUESTIONS = {
    "pre_test": PRE_POST_QUESTIONS,
    "post_test": PRE_POST_QUESTIONS,
    "final": FINAL_QUESTIONS,
}
