"""Strings of Django and Wagtail that our pages show, listed here so that makemessages puts
them in our catalogues: where Django's own translation is missing (uz, kk, tg password rules),
wrong (a capitalised field name in the middle of the Kazakh sign-in error, odd casing in the
Kyrgyz one) or not what we write (Uzbek, Kyrgyz and Kazakh month names in lower case), ours
is used, because LOCALE_PATHS comes before Django's catalogues. Nothing imports this module:
the msgids and contexts must stay exactly as Django and Wagtail write them (a test checks
that they still do)."""

from django.utils.translation import gettext_noop, ngettext_lazy, pgettext_lazy

# The empty choice of every select: Django's BLANK_CHOICE_LABEL and Wagtail's choice blocks.
gettext_noop("- Select an option -")

# django.contrib.auth: the sign-in error, with the username field's verbose name in it.
gettext_noop(
    "Please enter a correct %(username)s and password. Note that both fields may be case-sensitive."
)
gettext_noop("username")

# django.contrib.auth.password_validation: the rules shown under the password, and the errors.
gettext_noop("Your password can’t be too similar to your other personal information.")
gettext_noop("Your password can’t be a commonly used password.")
gettext_noop("Your password can’t be entirely numeric.")
ngettext_lazy(
    "Your password must contain at least %(min_length)d character.",
    "Your password must contain at least %(min_length)d characters.",
    "min_length",
)
ngettext_lazy(
    "This password is too short. It must contain at least %d character.",
    "This password is too short. It must contain at least %d characters.",
    "min_length",
)
gettext_noop("The password is too similar to the %(verbose_name)s.")
gettext_noop("This password is too common.")
gettext_noop("This password is entirely numeric.")
gettext_noop("The two password fields didn’t match.")

# django.utils.dates: month names as dates print them (DATE_FORMAT's "E").
MONTHS_IN_DATES = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
