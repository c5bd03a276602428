"""Guides for everyone, under the hub itself: English text. It fixes the slugs, topics and review
dates, and the order of the blocks; every translation follows it block by block."""

import datetime

from .body import checklist, heading, source, text, tip, warning

GENERAL = {
    "guides": [
        {
            "slug": "extremist-recruitment",
            "topic": "extremist_recruitment",
            "last_reviewed": datetime.date(2026, 10, 5),
            "reviewed_by": "Programme prevention adviser (demo)",
            "title": "Extremist recruitment: warning signs and where to turn",
            "summary": (
                "Recruiters for violent groups look for people who are lonely, in debt or "
                "treated unfairly. How they work, how to recognise them, and how to help "
                "someone you are worried about, without fear or shame."
            ),
            "body": [
                heading("Why this guide"),
                text(
                    """
                    Almost all migrants live and work peacefully. But people far from home who
                    feel lonely, tired, in debt or treated unfairly can be targeted by
                    recruiters of violent groups, most often online. Knowing how recruiters work
                    protects you, your friends and your family.
                    """
                ),
                heading("How recruiters work"),
                text(
                    """
                    Recruiters rarely start with violence. They:

                    - offer friendship, attention, money, or help with a job or documents;
                    - move the conversation to closed chats and ask you to keep it secret;
                    - say that your faith, your people or you yourself are under attack, and
                    that only they have the answer;
                    - turn you against your family, religious leaders or your community, and
                    call them weak or wrong;
                    - push you to act fast: send money, travel, or “prove” yourself.
                    """
                ),
                warning(
                    "The risks are real",
                    """
                    Joining, funding or helping a violent group is a serious crime in Central
                    Asia, in Russia, in Korea and everywhere else. Sharing its videos or texts
                    online can also lead to criminal charges. Recruiters use people and leave
                    them to face prison, and their families to face the consequences.
                    """,
                ),
                heading("If you are worried about someone"),
                text(
                    """
                    Signs can include sudden changes in beliefs and friends, secrecy about the
                    phone, cutting off the family, or talk of travelling to a war zone with new
                    friends. Do not shame or threaten the person: that pushes them closer to the
                    recruiters. Stay in touch, listen and ask questions. Involve people they
                    respect: family, a religious scholar they trust, a community leader.
                    """
                ),
                checklist(
                    "Protect yourself online",
                    [
                        "Do not join closed chats with people you do not know",
                        "Do not send money or copies of your documents to online “friends”",
                        "Ask a religious scholar you know and trust about questions of faith",
                        "Block and report accounts that call for violence",
                        "Tell your family if someone puts pressure on you",
                    ],
                ),
                tip(
                    "Where to turn",
                    """
                    Talk to your family, a religious leader you trust or a migrant support
                    organisation. If someone is in immediate danger, call the police: 112 in
                    Russia, Kazakhstan and Korea. Your embassy can also advise you. It is never
                    too late to step away: the countries of Central Asia have programmes that
                    help people who leave such groups, and their families, to rebuild their
                    lives.
                    """,
                ),
            ],
            "sources": [
                source("United Nations Office on Drugs and Crime (UNODC)"),
                source(
                    "Organization for Security and Co-operation in Europe (OSCE): preventing "
                    "violent extremism"
                ),
                source("International Organization for Migration (IOM)", "https://www.iom.int"),
            ],
        },
    ],
}
