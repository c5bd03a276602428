"""Quizzes of "Psycho-social support and trauma healing": English text."""

from .quiz import correct, multiple, single, true_false

TRUE, FALSE = "True", "False"

# Asked twice, in the pre-test and in the post-test: the difference of the scores is the gain.
PRE_POST_QUESTIONS = [
    single(
        "What happens to most people who live through a potentially traumatic event?",
        [
            "They develop a lasting mental illness.",
            correct(
                "They show stress reactions for a while and, with support from family and "
                "community, recover over weeks or months."
            ),
            "They show no reaction at all if they are strong.",
            "They need treatment by a psychiatrist straight away.",
        ],
        "Stress reactions are normal reactions to abnormal events, not a sign of weakness or "
        "mental illness. Most people recover with support from family and community.",
    ),
    multiple(
        "Which of these are common stress reactions? Choose all that apply.",
        [
            correct("Headaches, poor sleep or a racing heart"),
            correct("Poor concentration and memories that intrude"),
            correct("Withdrawal, irritability or more conflict at home"),
            "Hearing voices that other people do not hear",
        ],
        "Reactions of the body, feelings, thoughts and behaviour are common after stress. "
        "Hearing voices is a red flag that needs an assessment by a specialist.",
        partial_credit=True,
    ),
    true_false(
        "Asking someone directly whether they think about suicide can put the idea into their "
        "head.",
        [TRUE, correct(FALSE)],
        "Asking directly does not put the idea into anyone's head; it often brings relief. "
        "Ask calmly, and if the answer is yes, ask whether they have a plan and the means.",
    ),
    single(
        "What are the three action principles of psychological first aid?",
        [
            correct("Look, listen, link"),
            "Assess, diagnose, treat",
            "Ask, record, report",
            "Listen, advise, close the case",
        ],
        "Psychological first aid follows three action principles: look (safety, urgent needs, "
        "serious distress), listen (approach, ask, help people feel calm) and link (basic "
        "needs, information, loved ones and services).",
    ),
    true_false(
        "In psychological first aid you encourage people to tell you in detail what happened "
        "to them.",
        [TRUE, correct(FALSE)],
        "Psychological first aid is not counselling or therapy, and it never pushes people to "
        "talk about what happened. Listen to those who want to talk.",
    ),
    single(
        "What helps the body to calm down in the slow breathing exercise?",
        [
            "Breathing in deeply and quickly",
            correct("Breathing out for longer than breathing in"),
            "Holding your breath for as long as you can",
            "Breathing only through the mouth",
        ],
        "Breathe in through the nose for a count of four, pause, and breathe out slowly "
        "through the mouth for a count of six: a longer out-breath helps the body to calm down.",
    ),
    multiple(
        "Burnout is made up of… Choose all that apply.",
        [
            correct("exhaustion"),
            correct("cynicism"),
            correct("a sense of achieving nothing"),
            "a wish to take on more and more cases",
        ],
        "Burnout means exhaustion, cynicism and a sense of achieving nothing. It comes from "
        "heavy workloads and little support, and is a risk of the job, not a personal "
        "weakness.",
    ),
]

FINAL_QUESTIONS = [
    single(
        "Since the accident in which his friend died, Dilshod sleeps badly, jumps at loud "
        'noises, avoids weddings and says "It should have been me". What fits best?',
        [
            correct(
                "Gentle, regular contact, help with sleep and routine, a chance to talk when he "
                "is ready, and a referral if the reactions stay severe or he cannot manage "
                "daily life"
            ),
            "Telling the family that the evil eye does not exist",
            "Asking him to describe the accident in every detail so that he can get over it",
            "Telling him that these reactions mean he has a mental illness",
        ],
        "These are recognisable trauma reactions. Respect the family's explanations instead of "
        "arguing about words, do not push him to relive the event, and refer him if the "
        "reactions stay severe after about a month.",
    ),
    multiple(
        "Which of these are red flags that need specialist help? Choose all that apply.",
        [
            correct("Thoughts of suicide, or a recent attempt"),
            correct("Confusion, or hearing voices"),
            correct("A lasting cough and weight loss that nobody has checked"),
            "Sadness and poor sleep in the first days after bad news",
            'Describing distress as "my heart hurts"',
        ],
        "Suicidal thoughts, confusion or voices and unchecked physical symptoms need a "
        "specialist (tuberculosis is a known risk after crowded housing). Sadness soon after "
        "bad news and describing distress through the body are common and normal.",
        partial_credit=True,
    ),
    true_false(
        "If a person at immediate risk of suicide refuses help, you respect their wish and "
        "leave them alone.",
        [TRUE, correct(FALSE)],
        "Do not leave a person at immediate risk alone. Remove dangerous means where you can, "
        "involve someone they trust, arrange urgent help and tell your supervisor the same "
        "day.",
    ),
    single(
        "Firuza lands at night after being deported, shaking, with a flat phone. Which "
        "response follows psychological first aid?",
        [
            correct(
                "Find a quiet corner, offer tea and a charger, listen, help her call her family "
                "and tell her where to get free legal advice"
            ),
            "Tell her that everything will be fine",
            "Ask her to tell the whole story of the raid for your report",
            "Promise that your organisation will get her wages paid",
        ],
        "Look, listen, link: calm, practical help, contact with her family and accurate "
        "information. No false comfort, no pressure to talk, no promises you cannot keep.",
    ),
    multiple(
        "Which of these are steps of the grounding technique? Choose all that apply.",
        [
            correct(
                "Asking the person to feel their feet on the floor and their back against the chair"
            ),
            correct(
                "Asking them to name five things they can see, four they can hear and three "
                "they can touch"
            ),
            correct("Reminding them where they are, what day it is and that they are safe now"),
            "Asking them to go back over the event in detail",
        ],
        "Grounding brings a person back to the present moment. It never asks them to relive "
        "the event: that needs specialist training and a safe, continuing setting.",
    ),
    single(
        "Which reactions are typical of a child aged 6 to 11 after a crisis?",
        [
            "Losing skills such as toilet training",
            correct("Fears, stomach aches, and replaying the event in play"),
            "Taking on adult roles and taking risks",
            "None: children of this age forget quickly",
        ],
        "Losing skills is typical under 5, and taking adult roles and risks at 12 to 17. "
        "Children aged 6 to 11 often show fears, stomach aches, poor concentration and "
        "replay the event in play.",
    ),
    true_false(
        "Secondary traumatic stress shows that a helper is weak and not suited to the job.",
        [TRUE, correct(FALSE)],
        "Burnout and secondary traumatic stress are risks of the job, not personal weakness. "
        "Supervision, peer support and a realistic caseload help.",
    ),
    multiple(
        "What can caregivers do to help children after a crisis? Choose all that apply.",
        [
            correct("Keep daily routines: meals, school, bedtime."),
            correct("Give each child a little undivided attention every day."),
            "Keep what happened secret, so that the children do not worry.",
            correct("Accept feelings, and let children draw, play and talk."),
            "Let children follow all the news about the crisis.",
        ],
        "Routines, attention, honest and simple explanations and room for feelings help. "
        "Children should be protected from frightening news and adult quarrels.",
        partial_credit=True,
    ),
    single(
        "Sherzod comes home after nine years abroad, sets strict rules, and his elder daughter "
        "stops speaking to him. What did the social worker suggest first?",
        [
            correct(
                "Small shared activities, such as mending a bicycle or cooking plov, before rules"
            ),
            "Stricter rules, so that his daughters accept his authority",
            "That Sherzod stay away from home for a while",
            "That the daughters go to live with relatives",
        ],
        "His daughters need time to know him again. Return is a transition for everyone, and "
        "small shared activities rebuild the relationship before rules can work.",
    ),
    single(
        "Which of these protects helpers against burnout?",
        [
            "Being reachable by clients at any time",
            correct("Regular supervision and peer support, and a realistic caseload"),
            "Keeping your feelings about hard cases to yourself",
            "Taking on more cases to prove that you are strong",
        ],
        "A realistic caseload with clear boundaries, supervision, peer support and a "
        "debriefing after very hard cases protect helpers and the quality of their work.",
    ),
]

QUESTIONS = {
    "pre_test": PRE_POST_QUESTIONS,
    "post_test": PRE_POST_QUESTIONS,
    "final": FINAL_QUESTIONS,
}
