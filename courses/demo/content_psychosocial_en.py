"""Psycho-social support and trauma healing: English text."""

from .body import case_study, heading, reflection, text, tip, warning

COURSE = {
    "title": "Psycho-social support and trauma healing",
    "summary": (
        "For psychologists, social workers and other helpers who meet migrants, returnees and "
        "their families in distress. The course explains common reactions to stress and "
        "trauma, teaches psychological first aid (look, listen, link) and simple calming "
        "techniques, sets out when and how to refer to specialist care, and shows how to "
        "support families and children and how to look after yourself."
    ),
    "outcomes": [
        "Explain common stress and trauma reactions in adults and children, and tell them "
        "apart from signs that need specialist care.",
        "Give psychological first aid following the action principles look, listen and link.",
        "Use simple grounding and breathing techniques to help a person in acute distress "
        "feel calmer and safer.",
        "Recognise red flags, including the risk of suicide, and refer safely to mental health "
        "and other services.",
        "Support families and children to restore routines, connection and hope after "
        "difficult migration experiences.",
        "Recognise burnout and secondary traumatic stress in yourself and colleagues, and use "
        "self-care and peer support.",
    ],
    "modules": [
        {
            "slug": "understanding-stress-and-trauma",
            "title": "Understanding stress and trauma",
            "intro": (
                "What migration can do to people's minds and bodies, which reactions are "
                "normal, and when specialist help is needed."
            ),
            "lessons": [
                {
                    "slug": "stress-and-trauma-reactions",
                    "title": "Stress and trauma reactions in migration",
                    "minutes": 35,
                    "body": [
                        heading("Normal reactions to abnormal events"),
                        text(
                            """
                            Migration brings many stresses: separation from family, hard and
                            dangerous work, debt, uncertainty about documents, discrimination,
                            and sometimes detention, deportation, violence or exploitation. Some
                            migrants live through potentially traumatic events: a serious
                            accident at work, the death of a colleague, an assault, trafficking.
                            Families at home face stress too: long separation, worry, a husband
                            who stops calling, a coffin that arrives from abroad.

                            Most people who live through such events show stress reactions for
                            a while. These are normal reactions to abnormal events, not a sign
                            of weakness or mental illness. With support from family and
                            community, most people recover over weeks or months.
                            """
                        ),
                        heading("Common reactions"),
                        text(
                            """
                            - <b>Body</b>: headaches, stomach pain, tiredness, poor sleep, a
                            racing heart.
                            - <b>Feelings</b>: fear, sadness, anger, guilt, shame, numbness.
                            - <b>Thoughts</b>: poor concentration, memories that intrude,
                            constant worry.
                            - <b>Behaviour</b>: withdrawal, irritability, more smoking or
                            drinking, conflict at home, avoiding reminders of what happened.
                            """
                        ),
                        text(
                            """
                            In Central Asia people often describe distress through the body —
                            "my heart hurts", "my nerves are worn out" — and may go first to a
                            doctor, a mullah or a traditional healer rather than a psychologist.
                            Respect these explanations and work with them; do not argue about
                            words.
                            """
                        ),
                        case_study(
                            "Dilshod, 27, Samarkand region",
                            """
                            Dilshod was working on a building site near Saint Petersburg when
                            scaffolding collapsed and a friend from his village died. He came
                            home a month later. His mother says he sleeps badly, jumps at loud
                            noises, refuses to go to weddings and spends hours alone. He says:
                            "It should have been me, not him." The family thinks someone has put
                            the evil eye on him.
                            """,
                        ),
                        text(
                            """
                            These are recognisable trauma reactions: poor sleep, being easily
                            startled, avoiding gatherings, and the guilt of the one who
                            survived. Gentle, regular contact, help with sleep and daily routine,
                            and a chance to talk when he is ready may be enough. If the reactions
                            stay severe after about a month, or he cannot manage daily life,
                            refer him for specialist help.
                            """
                        ),
                        reflection(
                            "How do people in your community describe emotional distress? Which "
                            "words or explanations do you hear, and how could you use them when "
                            "you talk with a family?"
                        ),
                    ],
                },
                {
                    "slug": "when-to-refer",
                    "title": "When to refer: red flags",
                    "minutes": 30,
                    "body": [
                        heading("Know the limits of your role"),
                        text(
                            """
                            Psycho-social support from social workers, NGO staff and trained
                            community members can do a great deal: it eases distress, restores
                            routines and connects people with help. But some situations need an
                            assessment by a psychiatrist, a clinical psychologist or a doctor.
                            Recognising them and referring safely is part of good practice, not
                            a failure.
                            """
                        ),
                        heading("Red flags that need specialist help"),
                        text(
                            """
                            - Thoughts of suicide or self-harm, or a recent attempt.
                            - Severe reactions that do not ease after about a month, or that
                            stop the person caring for themselves or their children.
                            - Confusion, hearing voices, or beliefs and behaviour out of touch
                            with reality.
                            - Heavy use of alcohol or drugs, or withdrawal symptoms.
                            - A risk of violence to others, or ongoing violence at home.
                            - Physical symptoms nobody has checked, such as chest pain, weight
                            loss or a lasting cough: tuberculosis is a known risk for people who
                            lived in crowded housing.
                            """
                        ),
                        warning(
                            "Talking about suicide",
                            """
                            Asking directly about suicide does not put the idea into someone's
                            head; it often brings relief. Ask calmly: "Sometimes, when people go
                            through so much, they think about ending their life. Have you had
                            such thoughts?" If the answer is yes, ask whether they have a plan
                            and the means. Do not leave a person at immediate risk alone, remove
                            dangerous means where you can, involve someone they trust, and
                            arrange urgent help through the emergency or mental health services
                            of your country. Tell your supervisor the same day.
                            """,
                        ),
                        heading("How to refer well"),
                        text(
                            """
                            Explain in plain words why you suggest a specialist: "What you are
                            carrying is heavy. A doctor who knows this area well can help with
                            the sleep and with these memories." Stigma around psychiatry is
                            strong, and some people fear that a psychiatric record will affect
                            their job or their driving licence. Find out what actually applies
                            in your country so that you can answer honestly. Tell the person
                            what to expect, offer to go with them to the first appointment, and
                            stay in contact after the referral.
                            """
                        ),
                        reflection(
                            "Where in your district can someone be assessed by a psychiatrist "
                            "or a clinical psychologist? How long does it take, what does it "
                            "cost, and what might stop a returnee from going?"
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "psychological-first-aid",
            "title": "Psychological first aid",
            "intro": "Humane, practical support in the first hours and days after a crisis.",
            "lessons": [
                {
                    "slug": "look-listen-link",
                    "title": "Look, listen, link",
                    "minutes": 35,
                    "body": [
                        text(
                            """
                            Psychological first aid (PFA) is humane, supportive and practical
                            help for people who have recently lived through a serious crisis.
                            It is described in the World Health Organization's guide for field
                            workers, and anyone with basic training can give it, not only
                            psychologists. PFA is not counselling or therapy, and it never
                            pushes people to talk about what happened.
                            """
                        ),
                        heading("Prepare"),
                        text(
                            """
                            Before you go, find out what happened, who is affected, which
                            services are available and whether there are safety concerns.
                            """
                        ),
                        heading("Look"),
                        text(
                            """
                            - Check safety: is the place safe for the person and for you?
                            - Look for people with urgent basic needs: injuries, no food, no
                            shelter, small children alone.
                            - Look for people in serious distress: shaking, confused, unable to
                            look after themselves.
                            """
                        ),
                        heading("Listen"),
                        text(
                            """
                            - Approach people respectfully, introduce yourself and ask about
                            their needs and worries.
                            - Listen without pressing them to talk; some will not want to.
                            - Help them feel calm: speak slowly, offer water and a quiet place.
                            """
                        ),
                        heading("Link"),
                        text(
                            """
                            - Help people meet basic needs and reach services.
                            - Help them cope with problems: what matters most now, and one step
                            at a time.
                            - Give accurate information, and say so when you do not know.
                            - Connect people with their loved ones and with social support.
                            """
                        ),
                        case_study(
                            "Firuza, 34, deported to Khujand",
                            """
                            Firuza was deported from Russia with an entry ban after a raid on
                            the market where she worked. She lands at night with a small bag and
                            a phone with a flat battery; her children are with her mother-in-law
                            in a village two hours away. An NGO worker at the airport finds a
                            quiet corner, offers tea and a charger, and listens. Firuza is
                            shaking and keeps repeating that her employer owes her two months'
                            wages. The worker helps her call her family, explains that the NGO's
                            lawyer gives free advice about unpaid wages and entry bans, writes
                            down the office address and agrees to call her the next day.
                            """,
                        ),
                        tip(
                            "What not to do",
                            """
                            Do not force anyone to tell their story. Do not offer false comfort
                            such as "everything will be fine". Do not promise what you cannot
                            deliver, and do not judge what the person did or did not do.
                            """,
                        ),
                        reflection(
                            "Think of a crisis you witnessed at work. What did the person need "
                            "most in the first hour? Which of the three actions — look, listen, "
                            "link — was the hardest for you?"
                        ),
                    ],
                },
                {
                    "slug": "calming-techniques",
                    "title": "Calming and stabilising techniques",
                    "minutes": 30,
                    "body": [
                        heading("When a person is overwhelmed"),
                        text(
                            """
                            Sometimes a person is so overwhelmed that they cannot talk, think or
                            decide: they cry uncontrollably, breathe fast, stare blankly or do
                            not respond. Simple techniques can help them come back to the present
                            moment and feel safer. Use them calmly, explain what you are doing,
                            and never touch someone without asking first.
                            """
                        ),
                        heading("Grounding"),
                        text(
                            """
                            1. Ask the person to feel their feet on the floor and their back
                            against the chair.
                            2. Ask them to name five things they can see, four they can hear and
                            three they can touch.
                            3. Remind them where they are, what day it is, and that they are
                            safe now.
                            """
                        ),
                        heading("Slow breathing"),
                        text(
                            """
                            Invite the person to breathe with you: in through the nose for a
                            count of four, a short pause, then out slowly through the mouth for
                            a count of six. Repeat for a few minutes. Breathing out for longer
                            than breathing in helps the body to calm down.
                            """
                        ),
                        heading("Everyday stability"),
                        text(
                            """
                            After the acute moment, stability comes from routine: regular sleep
                            and meals, daily movement, useful activity, time with supportive
                            people, and prayer or other spiritual practice if the person finds
                            it helpful. Encourage people to cut down on alcohol and to put off
                            big decisions while they are very distressed.
                            """
                        ),
                        case_study(
                            "Gulnara, 41, Jalal-Abad",
                            """
                            Gulnara has just heard by phone that her son, 19, has been detained
                            in Moscow. When the social worker arrives she is sitting on the
                            floor, breathing fast and saying she cannot feel her hands. The
                            social worker sits beside her, speaks slowly and asks her to breathe
                            out for longer than she breathes in. After several minutes her
                            breathing settles. Together they write down what they know, whom to
                            call — her son's friend, the consulate's hotline from the official
                            website — and what Gulnara will do tonight.
                            """,
                        ),
                        warning(
                            "Keep it simple",
                            """
                            These techniques stabilise; they are not trauma therapy. Do not ask
                            people to relive or describe traumatic events in detail: that needs
                            specialist training and a safe, continuing setting.
                            """,
                        ),
                        reflection(
                            "Practise the breathing and grounding exercises yourself this week, "
                            "once when you feel calm and once when you feel stressed. What did "
                            "you notice? How would you explain them to a client in your own "
                            "language?"
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "recovery-family-and-self-care",
            "title": "Recovery, families and self-care",
            "intro": "Helping families heal together, and keeping helpers well.",
            "lessons": [
                {
                    "slug": "supporting-families-and-children",
                    "title": "Supporting families and children after a crisis",
                    "minutes": 30,
                    "body": [
                        heading("Recovery happens in relationships"),
                        text(
                            """
                            For most people in Central Asia the family is the main source of
                            support, and also the place where stress spills over. A returnee who
                            cannot sleep may snap at his wife; a mother who has lost contact
                            with her husband may have little patience left for the children.
                            Psycho-social support therefore works with the whole family, when it
                            is safe and the person agrees.
                            """
                        ),
                        heading("Children's reactions by age"),
                        text(
                            """
                            - <b>Under 5</b>: clinging, crying, poor sleep, losing skills such
                            as toilet training.
                            - <b>6 to 11</b>: fears, stomach aches, poor concentration,
                            replaying the event in play, feeling responsible.
                            - <b>12 to 17</b>: withdrawal, anger, risk-taking, taking on adult
                            roles, feeling that nobody understands.
                            """
                        ),
                        heading("What caregivers can do"),
                        text(
                            """
                            - Keep daily routines: meals, school, bedtime.
                            - Give each child a little undivided attention every day.
                            - Explain honestly and simply what has happened, and answer
                            questions.
                            - Accept feelings, and let children draw, play and talk.
                            - Protect children from frightening news and adult quarrels.
                            - Look after themselves as well.
                            """
                        ),
                        case_study(
                            "Sherzod comes home to Fergana",
                            """
                            After nine years in Russia, Sherzod, 42, returns with an entry ban.
                            His daughters, 14 and 11, hardly know him. He tries to make up for
                            lost time with strict rules, and the elder girl stops speaking to
                            him. The social worker meets the family separately and together. She
                            helps Sherzod see that his daughters need time to know him again,
                            and suggests small shared activities — mending a bicycle, cooking
                            plov on Fridays — before rules. She also listens to his wife, who
                            ran the household alone for nine years and now feels pushed aside.
                            """,
                        ),
                        tip(
                            "Return is a transition for everyone",
                            """
                            The returnee, the spouse who managed alone and the children who grew
                            up meanwhile all have to find new places in the family. Naming this
                            as a normal, shared challenge takes blame out of the conflict.
                            """,
                        ),
                        reflection(
                            "Think of a family you know where someone has come back from "
                            "migration. Who had to change their role, and who helped them do "
                            "it?"
                        ),
                    ],
                },
                {
                    "slug": "self-care-and-burnout",
                    "title": "Self-care and burnout for helpers",
                    "minutes": 30,
                    "body": [
                        heading("The cost of caring"),
                        text(
                            """
                            Listening every day to stories of loss, violence and hopelessness
                            takes its toll. Helpers may develop <b>burnout</b> — exhaustion,
                            cynicism and a sense of achieving nothing — from heavy workloads and
                            little support. They may also develop <b>secondary traumatic
                            stress</b>: trauma-like reactions such as intrusive images or poor
                            sleep after hearing about other people's traumatic experiences. Both
                            are risks of the job, not personal weakness.
                            """
                        ),
                        heading("Warning signs"),
                        text(
                            """
                            - Tiredness that rest does not cure, and dreading going to work.
                            - Irritability at home, or feeling numb and indifferent to clients.
                            - Poor sleep, and clients' stories going round your head at night.
                            - More sick days, more alcohol, smoking or overeating.
                            """
                        ),
                        heading("What helps"),
                        text(
                            """
                            - A realistic caseload and clear boundaries: agree when you can be
                            reached, and keep to it.
                            - Regular supervision and peer support, such as a monthly meeting of
                            colleagues to talk through difficult cases.
                            - A short debriefing with your supervisor after a very hard case.
                            - Sleep, physical activity, time with family and friends, and faith
                            or hobbies.
                            - Knowing your own triggers: a worker who grew up in a migrant
                            family may be hit hard by certain stories.
                            """
                        ),
                        case_study(
                            "Aizhan, social worker in Shymkent",
                            """
                            Aizhan supports dozens of migrant families, including several
                            survivors of violence. Over the winter she began to sleep badly,
                            stopped seeing friends and snapped at her children, then felt guilty
                            for "being weak". At supervision, her supervisor noticed how
                            exhausted she was. They reduced her caseload for a month, she joined
                            a peer support group that meets every second Thursday, and she
                            started walking after work again. She says what helped most was
                            hearing that her colleagues felt the same.
                            """,
                        ),
                        tip(
                            "Looking after yourself is part of the job",
                            """
                            You cannot pour from an empty cup. An organisation that protects its
                            workers' wellbeing protects the quality of its help to families.
                            """,
                        ),
                        reflection(
                            "What are your own early signs of stress? Write a short self-care "
                            "plan: one thing you will do every day, one thing every week, and "
                            "one person you can talk to when the work becomes too heavy."
                        ),
                    ],
                },
            ],
        },
    ],
}
