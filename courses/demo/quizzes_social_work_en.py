"""Quizzes of "Effective social work with labour migrants and their families": English text."""

from .quiz import correct, multiple, single, true_false

TRUE, FALSE = "True", "False"

# Asked twice, in the pre-test and in the post-test: the difference of the scores is the gain.
PRE_POST_QUESTIONS = [
    single(
        "In Central Asia, labour migration is usually best understood as…",
        [
            "one person's own decision to leave",
            correct(
                "a family strategy: some members work abroad and the money they send home "
                "pays for the family's needs"
            ),
            "a sign that the family is breaking up",
            "a choice made mostly by young women",
        ],
        "Migration is rarely one person's decision. Usually one or more family members work "
        "abroad and the remittances pay for food, schooling, medical care, a house, a wedding "
        "or a debt.",
    ),
    multiple(
        "Which of these are signs that a migrant family may need help? Choose all that apply.",
        [
            correct("A child's attendance, marks or behaviour change suddenly."),
            correct("The family has had no news from the migrant for weeks."),
            "The children talk to their father abroad by video call every day.",
            correct("The family cannot pay for food, heating or medicines."),
            "The grandmother looks after the children while their mother works.",
        ],
        "Sudden changes in a child, weeks without news from the migrant and not being able to "
        "pay for food, heating or medicines are warning signs. Daily calls and a grandmother "
        "who helps are usually resources, not problems.",
        partial_credit=True,
    ),
    true_false(
        'Calling children whose parents work abroad "abandoned children" helps services to '
        "take their situation seriously.",
        [TRUE, correct(FALSE)],
        'Labels such as "abandoned children" or "broken family" stigmatise and are often '
        'wrong: many families stay close and cope well. Say "children whose parents work '
        'abroad".',
    ),
    single(
        "What does a strengths-based approach mean?",
        [
            "Talking only about what goes well and leaving the family's problems aside",
            correct(
                "Starting from what the family can do, has and wants, without ignoring the risks"
            ),
            "Deciding for the family what it needs, because the social worker is the expert",
            "Working only with families that have no serious problems",
        ],
        "A strengths-based approach starts from a family's abilities, resources and wishes. "
        "It does not ignore risks, and it treats people as the experts on their own lives.",
    ),
    multiple(
        "When should you ask a person for their consent? Choose all that apply.",
        [
            correct("Before an assessment"),
            correct("Before you share information about them with another service"),
            correct("Before you take photographs"),
            "Only when the person is a child",
        ],
        "Ask for consent before an assessment, before sharing information and before taking "
        "photographs. Children are asked too, in words that suit their age, as well as their "
        "caregiver.",
    ),
    true_false(
        "At the first meeting you explain that confidentiality has limits: if a child or an "
        "adult is at serious risk of harm, you will have to involve others.",
        [correct(TRUE), FALSE],
        "Saying this honestly at the start protects trust later, when you may have to act to "
        "protect someone.",
    ),
    single(
        'What is a "warm" referral?',
        [
            "Giving the family a printed list of the services in the district",
            correct("Calling the service together with the person, or going there with them"),
            "Referring the family to a service run by people they know",
            "Passing the whole case file to the other service so that it knows everything",
        ],
        "In a warm referral you call the service with the person or go with them. Share only "
        "what the other service needs to know, and follow up afterwards.",
    ),
]

FINAL_QUESTIONS = [
    single(
        "What is the strongest protection for a child whose parent works abroad?",
        [
            "Strict rules at home and at school",
            correct("One stable, warm caregiver"),
            "Regular money transfers from the parent abroad",
            "A promise that the parent will come back soon",
        ],
        "Children react to a parent's absence in different ways; one stable, warm caregiver "
        "protects them most.",
    ),
    multiple(
        "Which of these help a child to cope with a parent's absence? Choose all that apply.",
        [
            correct(
                "An honest explanation, suited to the child's age, of where the parent is and why"
            ),
            correct("Calls with the parent abroad on a fixed day and at a fixed time"),
            "Promising that the parent will be back soon, even if nobody knows when",
            correct("Involving the absent parent in decisions about the child's school and health"),
            "Punishing the child when his marks fall, so that he works harder",
        ],
        "Honest explanations, predictable contact and involving the absent parent help. "
        "Promises that may not be kept and punishment do not: a teacher who knows the "
        "situation responds with understanding.",
        partial_credit=True,
    ),
    true_false(
        "If you learn that a child is in immediate danger, you act the same day instead of "
        "waiting for the next planned visit.",
        [correct(TRUE), FALSE],
        "Violence, a risk of suicide, a missing person or suspected trafficking need action "
        "the same day: follow your organisation's procedure, tell your supervisor and contact "
        "the police, health or child protection services as your country's rules require.",
    ),
    single(
        "Nurgul says her family is fine, but her son, 13, misses school to work at the "
        "bazaar. What is the best way to start?",
        [
            "Tell Nurgul that she is neglecting her son and must stop him working",
            correct(
                "See the whole family, including the father abroad, and ask how they are "
                "managing and who helps them"
            ),
            "Call the father in Moscow at once and tell him that his son has left school",
            "Report the family to the police for child labour",
        ],
        "Good practice starts by seeing the whole family and its resources. Telling a migrant "
        "abroad about a family problem without care can do harm, and the boy is not in "
        "immediate danger.",
    ),
    multiple(
        "How do you protect confidentiality in a village or a mahalla? Choose all that apply.",
        [
            correct("Meet the person in private."),
            "Discuss the case in a messenger group of local officials, so that everyone can help.",
            correct("Keep case files locked or protected by a password."),
            "Tell a woman's relatives about the violence she reported, so that they can "
            "protect her.",
        ],
        "Everyone knows everyone, and an account of violence told to the wrong person can put "
        "a woman in greater danger. Never discuss cases in corridors or messenger groups, and "
        "do not involve relatives or elders without the person's agreement.",
    ),
    single(
        "Which of these could do harm even though it is meant to help?",
        [
            correct("Putting up a public list of the families who receive aid"),
            "Asking a family what has helped them so far",
            "Agreeing goals that the family chooses itself",
            "Explaining the limits of confidentiality at the first meeting",
        ],
        "A public list of aid recipients can stigmatise them. Before you act, ask whether it "
        "could expose the person to shame, violence, loss of income or jealousy.",
    ),
    true_false(
        "Families usually tell a social worker about violence, debt or a husband's irregular "
        "status at the first meeting.",
        [TRUE, correct(FALSE)],
        "People fear shame, gossip and the authorities. They tell you when they trust you and "
        "when you ask calmly, in private and without judgement.",
    ),
    multiple(
        "What should your map of services record for each service? Choose all that apply.",
        [
            correct("What it offers and who can use it"),
            correct("A contact person and the opening hours"),
            correct("The cost and the languages it works in"),
            "The names of the families you have referred there",
        ],
        "A useful map lists what each service offers, who can use it, the contact person, "
        "opening hours, cost and languages. Families' names do not belong on it.",
        partial_credit=True,
    ),
    single(
        "Two weeks after referring Bakyt to three services, the social worker called Bakyt and "
        "each service. Why?",
        [
            correct("To find out whether they met and whether it helped"),
            "To close the case, because the referrals were made",
            "To pass Bakyt's full file to each service",
            "Because services may not act without a social worker's call",
        ],
        "Following up is the last step of a referral that works: ask both the person and the "
        "service whether they met and whether it helped.",
    ),
    single(
        "How should you involve imams, elders and respected women?",
        [
            "Ask them to visit every family on your caseload",
            correct(
                "In the matters a family agrees to share, never passing on personal details "
                "without consent"
            ),
            "Not at all: religion and social work should be kept apart",
            "Give them the case files so that they can speak for the family",
        ],
        "Religious and community leaders can reduce stigma, encourage families to seek help "
        "and welcome returnees back, with respect for their role and for the family's consent.",
    ),
]

QUESTIONS = {
    "pre_test": PRE_POST_QUESTIONS,
    "post_test": PRE_POST_QUESTIONS,
    "final": FINAL_QUESTIONS,
}
