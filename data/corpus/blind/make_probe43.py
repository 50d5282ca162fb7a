#!/usr/bin/env python3
"""Writes probe43.jsonl: 60 fictional, non-explicit test items (30 positive, 30 hard negative)
for a grooming / trafficking-recruitment detector. Standard library only."""
import json
import os
import random
from collections import Counter
from datetime import datetime, timedelta

NN = "43"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "probe%s.jsonl" % NN)


def gap(g):
    """'45s', '3m', '2h', '1d', or int seconds -> timedelta"""
    if isinstance(g, int):
        return timedelta(seconds=g)
    n, u = int(g[:-1]), g[-1]
    return {"s": timedelta(seconds=n), "m": timedelta(minutes=n),
            "h": timedelta(hours=n), "d": timedelta(days=n)}[u]


ITEMS = []


def add(lang, kind, label, codes, start, msgs):
    """msgs: list of (who, gap, text). who is 'a' / 'b' (two-party, recipient is the other)
    or 'a>c' style for explicit sender>recipient."""
    ITEMS.append(dict(lang=lang, kind=kind, label=label, codes=codes if label else [],
                      start=start, msgs=msgs))


def single(lang, label, codes, start, text, who="a"):
    add(lang, "single", label, codes, start, [(who, 0, text)])


# =====================================================================
# ENGLISH SINGLE POSTS / COLD FIRST MESSAGES — POSITIVE (10)
# =====================================================================
single("en", 1, ["job_offer", "compliments_trust", "travel_meet", "money_gifts_debt", "age_probe", "off_platform"],
       "2026-03-04T21:17:09Z",
       "heyy sorry to slide in like this \U0001F648 i scout for a talent mgmt team out of atlanta and your page came up on my explore. "
       "you have a really marketable look, like brand ambassador level. we're signing 3 new faces this month and we cover flights + "
       "apartment for the first 6 wks, you just pay it back out of bookings so its zero out of pocket for you. no portfolio needed we "
       "build it. quick q are you 18 yet? if so add me on telegram @kiara.mgmt.atl so i can send the contract, i dont check ig much")

single("en", 1, ["job_offer", "money_gifts_debt", "photo_request", "off_platform", "travel_meet"],
       "2025-11-18T12:02:44Z",
       "HOSTESSES WANTED \u2013 private members' lounge, Manchester. \u00a3900\u2013\u00a31,600 p/w CASH, paid nightly. Accommodation "
       "available for girls relocating from outside the area (rent taken from wages). No experience needed, just be bubbly, presentable "
       "& open-minded \U0001F609 Ages 18\u201325. Please send 3 recent photos incl. one full length + your age to WhatsApp 555-0143. "
       "No time wasters, start this weekend.")

single("en", 1, ["commercial_sex", "control", "travel_meet"],
       "2026-01-09T03:41:00Z",
       "\U0001F339NEW IN TOWN\U0001F339 sweet & petite, brand new to the area, only here til thursday!! \U0001F48B incall near the "
       "airport / outcall avail. generous gents only. 100 roses QV / 180 HH / 300 H. my friend Candy answers the phone so ask for "
       "her, text only 555-0117. no explicit talk, no LE, no blocked #s \u274C")

single("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform", "vulnerability"],
       "2026-02-22T08:15:30Z",
       "HIRING AGAD!! \U0001F4E3 Waitress / Entertainer / Singer for JAPAN \U0001F1EF\U0001F1F5 & DUBAI \U0001F1E6\U0001F1EA "
       "NO PLACEMENT FEE!! Kami na bahala sa visa, ticket at tirahan, salary deduction na lang pagdating \U0001F60A Requirements: "
       "female 18-25, maganda at sexy, single and no kids preferred, kahit walang experience or wala pang passport kami na "
       "mag-aasikaso. PM ME ASAP with 2 pics (1 full body) wag na mag-comment dito para hindi mapunta sa iba slot mo \U0001F64F "
       "limited slots lang po!!")

single("en", 1, ["money_gifts_debt", "vulnerability", "secrecy", "off_platform", "age_probe", "travel_meet"],
       "2025-09-30T23:06:12Z",
       "Hi Kayla \u2014 hope this isn't weird. I saw your post in the student housing group saying you might have to drop out "
       "because of rent. I'm a busy professional (40s, Vancouver) and I'd like to offer a mutually beneficial arrangement: $2,000 a "
       "month allowance, help with tuition, the occasional dinner and some company when I travel. Very discreet, nobody needs to "
       "know, including your family. Nothing you're not comfortable with at first. Can I ask how old you are? I'd rather talk on "
       "Telegram, I'm rarely on Facebook.")

single("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform", "commercial_sex"],
       "2026-04-02T06:50:00Z",
       "URGENT VACANCIES \U0001F4E2 Massage therapists needed for upmarket wellness spa, Sandton. NO qualifications needed, we train "
       "you in 1 week! R25 000 p/m + big tips \U0001F4B0 live-in room available for ladies from outside Joburg, transport from "
       "Limpopo/EC can be arranged and paid back from salary. Ladies 18-26 only, must be friendly & flexible with VIP clients "
       "\U0001F609 Send CV + 2 photos (face & full body) to WhatsApp 555-0158. Don't call.")

single("en", 1, ["compliments_trust", "age_probe", "secrecy", "off_platform"],
       "2026-05-11T19:33:47Z",
       "hiii sorry random dm \U0001F605 saw ur fanart in #showcase and ngl its better than most adults i know lol. how old r u if u "
       "dont mind me asking?? i do commissions and i could teach u some shading stuff for free, u obv have talent. btw dont mention "
       "to the mods that i dm'd u, they get weird about older artists helping younger ones \U0001F644 i'm mostly on snap anyway if u "
       "wanna add me")

single("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "age_probe", "secrecy"],
       "2025-12-05T16:20:00Z",
       "NOW HIRING dancers for a brand new gentlemen's club opening in Houston \U0001F4B8 $3k+ a week EASY. Relocating? we front "
       "your bus ticket + room at the house, pay it back your first couple weeks. Dont have ID yet?? dont trip we can help with that "
       "\U0001F92B reply w your age, height, and a recent pic. serious girls only")

single("en", 1, ["job_offer", "travel_meet", "photo_request", "isolation", "secrecy", "off_platform", "vulnerability"],
       "2026-01-27T10:04:51Z",
       "Good day dear, I am Mrs. Ellen Rashford, I found your profile on the au pair site. A very wealthy family in Dubai is seeking "
       "a young au pair girl aged 18-23, light duties only, salary \u00a32,500 monthly tax free plus gifts. The family prefers a girl "
       "who is single and does not have much family contact back home as they travel often. To start the visa please send a copy of "
       "your passport and two full length photos. Please keep this offer confidential and contact my agent on WhatsApp only, not "
       "through the site as they charge huge fees.")

single("en", 1, ["sextortion", "money_gifts_debt", "secrecy", "control"],
       "2026-03-15T01:58:20Z",
       "yo Marcus. i got the pics u sent to 'jess' last night lol she's not real. look at ur dms. u got 2 hrs to send $300 to my "
       "cashapp or i send them to every1 on ur followers list + ur school page + ur mom, i already screenshotted everything. dont "
       "even think about telling anyone or blocking me it goes out instantly. tick tock")

# =====================================================================
# ENGLISH SINGLE POSTS / COLD FIRST MESSAGES — HARD NEGATIVE (10)
# =====================================================================
single("en", 0, [], "2026-04-14T15:00:00Z",
       "OPEN CALL this Saturday 10am\u20132pm at our studio, 14 Harbor St, 2nd floor \U0001F4F8 New faces 16+ welcome \u2014 if "
       "you're under 18 a parent or guardian MUST come with you and sign in. Wear fitted jeans + a plain tank, little to no makeup, "
       "hair pulled back. Bring photo ID. Reminder: a real agency will never charge you to sign, never ask you to move to another "
       "app, and never ask for lingerie or 'private' pics. Questions \u2192 bookings@example.com")

single("en", 0, [], "2025-10-21T09:12:00Z",
       "We're hiring! Front of house host/hostess at our family-run Italian restaurant, Leeds city centre. \u00a311.80/hr + tronc, "
       "3\u20134 shifts a week incl. weekends. No experience? No problem, full training given. Pop in with your CV any afternoon and "
       "ask for Gianni, or apply at example.com/jobs. Must have right to work in the UK.")

single("en", 0, [], "2026-02-23T11:40:05Z",
       "Mga sis PSA lang po \u26A0\uFE0F may nagpo-post ulit dito sa group ng 'Waitress/Entertainer Japan & Dubai, no placement "
       "fee, salary deduction na lang'. Please lang wag kayo mag-send ng pic or copy ng passport!! Yung pinsan ng friend ko nagpunta "
       "diyan, kinuha passport niya pagdating at sinabing may utang pa siya \U0001F622 Legit agencies are licensed at hindi ka "
       "pagbabayarin ng 'utang' sa ticket. I-verify niyo muna sa government website at i-report sa admin. Share po para aware lahat "
       "\U0001F64F")

single("en", 0, [], "2026-01-11T14:00:00Z",
       "Today is National Human Trafficking Awareness Day. Something most people don't realize: traffickers usually don't kidnap "
       "strangers. They pose as a modeling scout, a new boyfriend, or someone offering a job with 'travel and housing covered', then "
       "say you owe them. Red flags: pressure to keep it secret, moving the chat to another app, holding your ID, a debt that keeps "
       "growing. If something feels off, talk to someone you trust. Resources at example.org/help. #WearBlueDay")

single("en", 0, [], "2025-08-19T17:26:33Z",
       "Hi Priya! Thanks so much for your application to our au pair program \U0001F60A Next step is a video interview with your "
       "potential host family in Halifax, the Brennans (two kids, 4 and 7, and a very old golden retriever). Just so you know how we "
       "work: your work permit goes through the official government process, you keep your own passport at all times, and you'll get "
       "a copy of the contract in both English and Hindi before you sign anything. You can also talk to their previous au pair, "
       "she's happy to chat. Are you free Thursday 3pm Atlantic time? \u2014 Marisol, placement coordinator")

single("en", 0, [], "2026-03-03T07:45:00Z",
       "NOW HIRING: Qualified Massage Therapist \u2013 day spa, Stellenbosch \U0001F33F Requirements: recognised diploma in "
       "massage/somatology, registered with the professional council, min. 1 yr experience. Tue\u2013Sat, R14 000 basic + "
       "commission on treatments and retail. Strictly professional treatment environment. Email CV + certified copies of "
       "qualifications to careers@example.com. Shortlisted candidates will be invited for a practical assessment. No phone calls pls.")

single("en", 0, [], "2026-05-02T20:10:18Z",
       "DANCERS WANTED \U0001F525\U0001F525 our crew needs 2 more members (18+) for the summer showcase tour \u2014 Phoenix, Vegas & "
       "LA! travel + hotel covered by the festival, and you KEEP your full performance fee, contracts go through the festival not us. "
       "auditions sunday at the rec center 1pm, or send a 30 sec freestyle vid to our IG if ur out of town. parents of under 18s pls "
       "DM about the junior crew, they don't travel but they perform at the home show \U0001F483\U0001F57A")

single("en", 0, [], "2025-09-07T18:02:41Z",
       "New in town! \U0001F44B just moved to Calgary from Halifax for work, 26F. Looking for people to do trivia nights, climbing, "
       "or just grab a coffee with. Not looking to date lol, just making friends as an adult is HARD. Happy to meet in a group first. "
       "Comment or DM!")

single("en", 0, [], "2026-05-12T16:05:00Z",
       "Hey! \U0001F389 Your piece got picked for this month's community showcase, congrats! Because our server rules say members "
       "under 16 need guardian permission for features, could you have a parent or guardian reply to the ticket in #guardian-consent? "
       "Also a reminder we send to everyone: staff will never DM you asking for your age, photos, or your other socials \u2014 if "
       "anyone does, hit report and ping @mods. Keep drawing!!")

single("en", 0, [], "2026-02-02T13:30:00Z",
       "Dear Parents and Carers, We have been made aware that some students have received messages on social media from accounts "
       "threatening to share images of them unless they pay money or send more pictures. This is known as financially motivated "
       "sextortion and it is a crime. If your child receives a message like this: do not pay, do not delete the conversation, take "
       "screenshots, block the account and report it to us and to the police. Please reassure your child they are not in trouble. "
       "Further guidance is available at example.org/parents. Kind regards, Mrs A. Okafor, Designated Safeguarding Lead")

# =====================================================================
# ENGLISH CHATS — POSITIVE (10)
# =====================================================================
# US: "boyfriend" working a 17-year-old
add("en", "chat", 1, ["romance", "vulnerability", "compliments_trust", "secrecy", "isolation", "travel_meet",
                      "money_gifts_debt", "commercial_sex"],
    "2026-02-10T22:14:00Z", [
        ("a", 0, "u good? saw ur story, that caption lowkey sad"),
        ("b", "4m", "lol ya just my mom being my mom. she literally took my door off"),
        ("a", "1m", "wtf thats crazy. u 17 and she treats u like ur 10"),
        ("a", "20s", "u deserve way better than that fr. u always so pretty and nobody appreciates it"),
        ("b", "3m", "lol stop \U0001F648"),
        ("a", "1d", "i been thinkin bout u all day ngl"),
        ("b", "12m", "fr?? \U0001F97A"),
        ("a", "2m", "fr. u my girl now ok? dont be telling ur friends bout us tho, they be jealous and hating"),
        ("b", "1m", "ok my lips are sealed lol"),
        ("a", "2d", "real talk my cousin got a place out in vegas, big pool, we could pull up for a couple weeks. get u away from ur mom"),
        ("b", "6m", "omg i wish. i have no money tho"),
        ("a", "2m", "dont worry bout that, i got u. i'll get ur bus ticket. only thing is when we get there u gotta help me out a lil, "
                    "my homegirls do dates w some older guys, easy money, they just wanna hang w a pretty girl"),
        ("b", "9m", "dates?? like what do u mean"),
        ("a", "1m", "its nothing baby, i'll be right there the whole time. u trust me right? delete this chat after ok"),
    ])

# UK: adult grooming a 13-year-old in a block-building game
add("en", "chat", 1, ["money_gifts_debt", "age_probe", "compliments_trust", "risk_assessment", "off_platform", "secrecy",
                      "photo_request"],
    "2025-12-28T17:02:10Z", [
        ("a", 0, "gg that build was sick, u built the castle on ur own??"),
        ("b", "40s", "ye took me like 3 days lol"),
        ("a", "30s", "thats mad talented. how old are u? ur better than most of the adults on here"),
        ("b", "1m", "13"),
        ("a", "25s", "no way. u seem way older tbh. want me to send u some gems so u can get the dragon skin"),
        ("b", "15s", "wait fr?? yes pls"),
        ("b", "3m", "omg it worked thank u sm"),
        ("a", "20h", "hey do ur mum and dad check ur phone much?"),
        ("b", "2h", "nah not really why"),
        ("a", "1m", "just asking lol mine were so strict at ur age. add me on snap its easier, this chat logs everything"),
        ("b", "2m", "ok whats ur snap"),
        ("a", "1m", "kestrel.k9. dont tell anyone bout the gems tho or everyone will want some and i'll get banned lol. our secret"),
        ("a", "3h", "send us a pic of ur setup, and one of u in ur pjs so i know ur real haha \U0001F609"),
    ])

# PH: recruiter working a 19-year-old for "online chat support"
add("en", "chat", 1, ["job_offer", "vulnerability", "travel_meet", "photo_request", "control", "money_gifts_debt", "secrecy",
                      "commercial_sex", "age_probe"],
    "2026-03-19T13:22:00Z", [
        ("a", 0, "Hi sis! Nakita ko post mo sa job hunting group. Looking ka pa ba ng work? \U0001F60A"),
        ("b", "35m", "Hello po yes po. Kahit ano po basta may sahod, kailangan ko po tulungan si mama sa gamot niya"),
        ("a", "5m", "Aww ang bait mo naman. May opening kami, online chat support sa foreigners, 30k-50k a month, stay-in sa house "
                    "namin sa Angeles, free food and room"),
        ("b", "8m", "Ano po gagawin ko exactly?"),
        ("a", "3m", "Kausapin mo lang sila sa cam, be sweet lang, they like young pinays. Minsan may special requests pero mas "
                    "malaki bayad dun, ikaw bahala \U0001F609 Ilang taon ka na ulit?"),
        ("b", "6m", "19 po"),
        ("a", "2m", "Perfect. Send me 3 pics mo, 1 full body, para ma-approve ng boss. Pagdating mo kukunin muna namin ID at phone "
                    "mo for security, bawal kasi mag-picture sa loob"),
        ("b", "14m", "Ay kukunin po phone ko?"),
        ("a", "4m", "Para lang yan sa safety ng clients sis, ibabalik din. Yung pamasahe mo papunta sagot na namin, kaltas na lang "
                    "sa first sahod. Wag mo muna sabihin kay mama na cam yung work ha, sabihin mo call center, para hindi mag-alala"),
        ("b", "21m", "Sige po ate"),
    ])

# ZA: recruiter working a 20-year-old from the Eastern Cape
add("en", "chat", 1, ["job_offer", "vulnerability", "travel_meet", "money_gifts_debt", "secrecy", "isolation", "control",
                      "commercial_sex", "compliments_trust"],
    "2025-10-06T09:30:00Z", [
        ("a", 0, "Molo sisi, it's Sipho, your aunt's neighbour gave me your number. You still looking for work?"),
        ("b", "1h", "Hi yes I am, since matric I've been sitting at home"),
        ("a", "10m", "There's a job at a hotel in Joburg, reception and helping with guests. R9000 a month plus tips, they give you a room"),
        ("b", "5m", "Eish that sounds nice. Must I do an interview?"),
        ("a", "3m", "No need, the boss trusts me. I'll pay your taxi fare, you pay me back when you get paid. Come this Friday"),
        ("b", "15m", "Ok let me speak to my gogo first"),
        ("a", "2m", "Rather don't tell her yet, old people worry for nothing. Tell her when you're settled and sending money home \U0001F44D"),
        ("b", "1d", "Sipho what's the name of the hotel? I want to check it on Google"),
        ("a", "40m", "It's private, no website, only VIP guests. When you arrive the manager keeps your ID for the staff file. "
                     "Sometimes the guests want a girl to keep them company at night, they pay very well. You're a beautiful girl "
                     "you'll do fine"),
        ("b", "20m", "Company how?"),
        ("a", "5m", "Don't overthink it sisi. Friday 6am at the rank, I'll send the driver's number. Delete these messages ok"),
    ])

# US: adult "mentor" grooming a 12-year-old in an art server
add("en", "chat", 1, ["compliments_trust", "age_probe", "exclusivity", "isolation", "photo_request", "secrecy"],
    "2026-01-18T20:45:00Z", [
        ("a", 0, "your dragon in the weekly prompt channel was so good!! the lighting on the scales \U0001F62E"),
        ("b", "6m", "tysm!! i'm still bad at hands tho lol"),
        ("a", "2m", "everyone is bad at hands lol. how long have you been drawing? you seem really mature, how old are you?"),
        ("b", "3m", "12 but ill be 13 in march"),
        ("a", "1m", "no way, i would've guessed like 16. i can give you private lessons in dms if you want, free ofc. i don't do "
                    "that for just anyone"),
        ("b", "2m", "omg yes that would be so cool"),
        ("a", "3d", "did you finish the hand practice sheet? \U0001F60A"),
        ("b", "1h", "kinda. my mom made me go to bed early"),
        ("a", "1m", "aw. moms don't always get artists. you can tell me anything you know, i get you way more than they do"),
        ("b", "4m", "lol true"),
        ("a", "2m", "hey can you send me a selfie? i want to draw you as an OC as a surprise. something cozy like in your pjs on "
                    "your bed, that's the vibe"),
        ("b", "7m", "um idk"),
        ("a", "1m", "it's just for the drawing, don't be weird about it \U0001F605 and don't tell your mom or the server, they'd "
                    "ruin the surprise. our little project"),
    ])

# CA: financial sextortion of a 15-year-old boy
add("en", "chat", 1, ["sextortion", "romance", "compliments_trust", "off_platform", "photo_request", "money_gifts_debt",
                      "secrecy"],
    "2026-04-25T02:10:00Z", [
        ("a", 0, "heyy u play hockey right? i think i saw u at the tournament in red deer \U0001F60A"),
        ("b", "5m", "ya lol for the raiders. who r u?"),
        ("a", "1m", "ava, im 16 i just moved to calgary. ur cute ngl"),
        ("b", "2m", "haha thanks. ur pretty too"),
        ("a", "1m", "can we move to snap? i never use ig"),
        ("a", "1d", "u up? bored in bed lol"),
        ("b", "3m", "ya"),
        ("a", "1m", "send me a pic, like a private one, just for me \U0001F60F i'll send one back"),
        ("b", "4m", "idk lol"),
        ("a", "30s", "come onnn nobody will see. i thought u liked me"),
        ("b", "22m", "ok sent it on snap"),
        ("a", "2m", "lmao got it. now listen. i have ur followers list, ur team page and ur mom's facebook. send $250 on cashapp "
                    "in 1 hour or everyone sees it"),
        ("b", "1m", "wtf ur joking right. i'm 15 i dont have that"),
        ("a", "30s", "then get a gift card. tell anyone and i post it. 59 min"),
    ])

# UK: 24-year-old "boyfriend" with a 16-year-old, gifts turned into debt
add("en", "chat", 1, ["romance", "compliments_trust", "money_gifts_debt", "secrecy", "isolation", "control", "commercial_sex",
                      "meeting"],
    "2025-11-02T10:05:00Z", [
        ("a", 0, "u got home alright last nite?"),
        ("b", "25m", "ye thanks for the lift!! & the nails \U0001F485 ur actually so sweet"),
        ("a", "3m", "anything for u babe. that college lot don't treat u right, u know that"),
        ("b", "2m", "ikr they're so fake"),
        ("a", "3d", "got u something. new phone, ur one's cracked to bits. just don't tell ur mum where it came from, say u saved up"),
        ("b", "4m", "OMG KAZ no way \U0001F62D\U0001F62D ily"),
        ("a", "1m", "ily2. come to my mate's flat sat, few of us chilling. dont bring ur friends"),
        ("b", "2m", "ok!! what time"),
        ("b", "7d", "why did u leave me with ur mate last night, i didn't like it"),
        ("a", "1h", "calm down. u know the phone n nails n lifts weren't free right. u owe me like 600 now"),
        ("b", "3m", "what?? u said they were presents"),
        ("a", "2m", "just be nice to my mates when they come round and we're even. ur my girl, don't make this weird"),
    ])

# US: adult in a battle-royale game grooming a 14-year-old toward an in-person meeting
add("en", "chat", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "risk_assessment", "off_platform", "meeting",
                      "secrecy", "isolation"],
    "2026-03-07T04:12:00Z", [
        ("a", 0, "bro ur cracked for real, what rank r u"),
        ("b", "30s", "diamond 2 lol"),
        ("a", "20s", "insane. how old r u? u sound young on vc"),
        ("b", "40s", "14"),
        ("a", "30s", "respect. ima gift u the new battle pass, u earned it"),
        ("b", "1m", "wait fr?? thx bro"),
        ("a", "2m", "np. ur parents dont care u play this late?"),
        ("b", "1m", "they're asleep lol they dont check"),
        ("a", "1m", "lol good. add me on discord, we can vc there without the randoms. i'll carry u in ranked"),
        ("a", "1d", "u ever go to the galleria? i got an extra headset, the wireless one u wanted. could meet u at the food court "
                    "sat and give it to u"),
        ("b", "3h", "sure i guess"),
        ("a", "2m", "come by urself tho, its kinda awkward if ur friends come and i only got one. and dont tell ur mom some "
                    "grown dude is giving u stuff she'll freak lol"),
    ])

# US: "modeling manager" working a just-graduated 18-year-old
add("en", "chat", 1, ["job_offer", "compliments_trust", "travel_meet", "money_gifts_debt", "commercial_sex", "secrecy",
                      "isolation", "control", "photo_request", "off_platform"],
    "2025-06-14T15:30:00Z", [
        ("a", 0, "hi love! congrats on graduating \U0001F393 I saw your photos \u2014 you have such a fresh look. Ever thought about modeling?"),
        ("b", "2h", "omg hi!! I've always wanted to but idk where to start"),
        ("a", "10m", "that's what I'm here for \U0001F495 we're doing a swimwear campaign in Miami next month. flights + condo on us, "
                     "you'd pay it back once the checks clear, super normal in this industry"),
        ("b", "5m", "wait really?? how much does it pay"),
        ("a", "4m", "depends on bookings but my girls make 5-10k a month. clients also like to take the new faces to dinner, it's "
                    "networking, they tip really generously \U0001F609"),
        ("b", "8m", "oh ok. do my parents need to sign anything?"),
        ("a", "2m", "you're 18 babe, you don't need their permission for anything \U0001F60A honestly I'd keep it quiet till you're "
                    "booked, parents get nervous and ruin opportunities"),
        ("b", "6m", "ok that's true lol"),
        ("a", "3m", "one thing: during campaign week phones get handed in to me, it's a privacy thing with the clients. send me a "
                    "few photos in a bikini so I can show the team. whatsapp is better, 555-0129"),
    ])

# CA: "spa" recruiter working a 22-year-old international student
add("en", "chat", 1, ["job_offer", "vulnerability", "money_gifts_debt", "commercial_sex", "control", "secrecy", "isolation"],
    "2026-01-05T18:40:00Z", [
        ("b", 0, "Hi, I saw the ad for spa receptionist in Markham. Is it still available?"),
        ("a", "50m", "Yes dear. You are student? What visa you have?"),
        ("b", "6m", "Study permit. I can only work 20 hours but honestly I need more, my tuition went up and my parents can't send "
                    "money right now"),
        ("a", "3m", "Don't worry, we pay cash, no one needs to know the hours. You can also live upstairs, $800 a month, we take it "
                    "from your pay"),
        ("b", "5m", "Oh that would help a lot. What do I do at reception?"),
        ("a", "4m", "Start at reception, later we train you massage, more money. Some customers ask for special service, you "
                    "decide, but girls who do it pay off the room fast"),
        ("b", "11m", "I don't think I want to do that"),
        ("a", "2m", "No pressure. But bring your passport when you come, boss keeps it in the safe so immigration doesn't make "
                    "trouble for you"),
        ("b", "7m", "Is that normal?"),
        ("a", "1m", "Very normal here. Come tomorrow 10am, don't tell your school friends about the job, they will report you "
                    "for working too many hours"),
    ])

# =====================================================================
# ENGLISH CHATS — HARD NEGATIVE (10)
# =====================================================================
# US: two 17-year-olds planning a surprise party for her mom
add("en", "chat", 0, [], "2026-04-08T19:20:00Z", [
    ("a", 0, "ok so ur mom's party is def saturday?"),
    ("b", "2m", "yesss 6pm. DO NOT say anything to her she thinks we're just going to dinner"),
    ("a", "1m", "lol my lips are sealed. what do u need me to bring"),
    ("b", "3m", "can u pick up the cake from the bakery on 5th? i'll venmo u"),
    ("a", "1m", "no need i got it"),
    ("b", "30s", "ur the best \U0001F979"),
    ("a", "2m", "send me a pic of the one u want so i don't mess it up"),
    ("b", "4m", "[photo] the lemon one with the daisies on top"),
    ("a", "1m", "got it. should i tell my parents im staying late?"),
    ("b", "2m", "ya tell them its til like 10, my dad will drive u home"),
    ("a", "3d", "omw w the cake. she's not home yet right??"),
    ("b", "1m", "nope she's at the nail salon w my aunt. come in thru the back \U0001F92B"),
])

# UK: two 13-year-olds from the same school in a game
add("en", "chat", 0, [], "2025-11-27T22:48:00Z", [
    ("a", 0, "ur the one who built the castle on the spawn island??"),
    ("b", "1m", "ye lol"),
    ("a", "30s", "its sick. how old r u? ur in year 8 at st marks aren't u, i think ur in my brothers form"),
    ("b", "1m", "ye 13. ur ollie's sister??"),
    ("a", "20s", "yeah lol. wanna join our server its just me and my mates from school"),
    ("b", "40s", "ok whats it called"),
    ("a", "30s", "i'll send it on discord, add me mollyplaysx"),
    ("b", "2m", "done. dont tell ur brother i'm on at 11pm on a school night lol my mum will kill me"),
    ("a", "20s", "hahaha ur secret is safe"),
])

# PH: licensed agency recruiting a 24-year-old nurse
add("en", "chat", 0, [], "2026-02-16T14:05:00Z", [
    ("b", 0, "Good afternoon po, inquire lang po about the staff nurse position in the UK na na-post niyo"),
    ("a", "25m", "Good afternoon Janelle! Yes it's open. Are you a licensed nurse with at least 1 year hospital experience?"),
    ("b", "6m", "Yes po, 2 years na po sa ward"),
    ("a", "4m", "Great. Our agency is licensed by the government and you can verify our license number on the official website "
                "before sending anything. No placement fee is charged to nurses, the hospital employer covers it."),
    ("b", "9m", "Salamat po. Ano po requirements?"),
    ("a", "5m", "CV, PRC license, English test result. Interviews are online with the hospital HR. You will sign the contract "
                "yourself and your passport always stays with you."),
    ("b", "3m", "Pwede ko po ba isama si mama sa orientation?"),
    ("a", "2m", "Of course! Family is welcome at the pre-departure orientation. Please email your docs to ph.careers@example.com, "
                "not through chat, for data privacy."),
    ("b", "1m", "Noted po, thank you!"),
])

# ZA: hotel HR inviting a 20-year-old to interview
add("en", "chat", 0, [], "2025-07-21T08:02:00Z", [
    ("a", 0, "Good morning Lerato, this is Thandi from HR at the Seapoint hotel. Thank you for applying for the housekeeping position."),
    ("b", "18m", "Morning ma'am, thank you for getting back to me \U0001F64F"),
    ("a", "4m", "We'd like to invite you for an interview on Tuesday 10am at the hotel. Please bring your ID, matric certificate "
                "and a copy of your CV."),
    ("b", "6m", "I'll be there. I'm coming from Khayelitsha, will the taxi fare be refunded?"),
    ("a", "3m", "Yes, we reimburse interview travel up to R150, just keep the receipt. If you're appointed, there's a monthly "
                "transport allowance."),
    ("b", "2m", "Eish that helps a lot. What is the salary?"),
    ("a", "5m", "R6 800 basic, 45 hours a week, plus UIF and a written contract. You go home after each shift, there's no live-in."),
    ("b", "4m", "Perfect. Can my sister come with me to the interview? She'll wait outside"),
    ("a", "2m", "Of course. Ask for me at reception. See you Tuesday!"),
])

# US: online art-class teacher, 13-year-old student and parent on the thread
add("en", "chat", 0, [], "2026-01-19T16:30:00Z", [
    ("a>b", 0, "Zoe, your dragon piece this week was fantastic! The lighting on the scales is really advanced."),
    ("b>a", "20m", "thank you!! hands are still so hard though"),
    ("a>b", "5m", "Hands are hard for everyone \U0001F604 I posted a hand practice sheet in the class folder."),
    ("c>a", "2h", "Hi Ms. Ruiz, Zoe's mom here, thank you for the encouragement, she's been drawing nonstop."),
    ("a>c", "15m", "So glad to hear it! There's a Saturday portfolio workshop for ages 12-15 at the community center, if you're "
                   "both interested. Parents are welcome to sit in."),
    ("c>a", "10m", "She'd love that. Does she need to bring anything?"),
    ("a>c", "8m", "Just a sketchbook. Also a reminder that I only message students here on the class platform with parents on "
                  "the thread, so if anyone ever contacts her elsewhere claiming to be me, please let me know."),
    ("b>a", "1h", "can i bring my friend Ava?"),
    ("a>b", "12m", "Of course, have her mom sign her up on the site \U0001F642"),
])

# CA: hockey coach, 15-year-old goalie and his dad
add("en", "chat", 0, [], "2026-02-26T21:55:00Z", [
    ("a>b", 0, "Liam, great game tonight. That glove save in the 3rd \U0001F440"),
    ("b>a", "3m", "thanks coach!!"),
    ("a>b", "2m", "Keep this between you and me until I announce it at practice Thursday, but you're starting in goal Saturday. "
                  "Want to tell the team myself."),
    ("b>a", "1m", "NO WAY. ok i won't say anything"),
    ("a>c", "5m", "Hi Mark, copying you so you're in the loop \u2014 Liam's starting Saturday vs. Lethbridge. Bus leaves the arena "
                  "at 7am, back around 6pm."),
    ("c>a", "40m", "Thanks Dave, he's going to be unbearable lol. I'll drive him to the arena."),
    ("a>b", "10h", "Get some sleep this week, no 2am gaming \U0001F602"),
    ("b>a", "6h", "lol no promises"),
])

# UK: two adults (27, 24) on a dating app moving to WhatsApp and meeting
add("en", "chat", 0, [], "2025-10-14T20:11:00Z", [
    ("a", 0, "Ok I have to ask, is that you abseiling in photo 3 or a very brave stunt double"),
    ("b", "1h", "haha it's me, it was for charity and I cried the whole way down"),
    ("a", "6m", "Respect. I get nervous on escalators"),
    ("b", "3m", "lol. What do you do when you're not avoiding escalators?"),
    ("a", "5m", "Work in a council planning office, which is exactly as thrilling as it sounds. You?"),
    ("b", "10m", "Physio at the hospital. Honestly this app's messaging is awful, want to move to WhatsApp?"),
    ("a", "2m", "Yeah go for it, 555-0164"),
    ("a", "1d", "Fancy a drink Thursday? The Crown near the station is nice and not too loud"),
    ("b", "30m", "Sounds good! Just so you know I always tell my flatmate where I'm going on first dates, not personal \U0001F605"),
    ("a", "4m", "Not at all, very sensible. I'll do the same with my sister so we're even"),
    ("b", "2m", "haha deal. 7pm?"),
    ("a", "1m", "7pm \U0001F44D"),
])

# US: legitimate agency offering an 18-year-old a development contract
add("en", "chat", 0, [], "2026-04-20T11:00:00Z", [
    ("a", 0, "Hi Keisha! I'm Dana from the new faces team, we met at the open call Saturday. We'd love to offer you a development contract."),
    ("b", "15m", "omg hi!!! yes!!! what does that mean exactly"),
    ("a", "5m", "It means we'd represent you and help you build your book. You pay nothing upfront \u2014 we only take commission "
                "from paid jobs. I'm emailing you the contract now; please have a parent, lawyer, or anyone you trust read it "
                "before signing, no rush."),
    ("b", "3m", "ok my mom will want to read it for sure lol"),
    ("a", "2m", "Perfect, she's welcome to call me. We'd also like you to do a test shoot in NYC next month. The agency books the "
                "hotel in your name and you're welcome to bring your mom or a friend."),
    ("b", "6m", "is it swimwear or anything? i'm not super comfortable with that yet"),
    ("a", "4m", "Totally fine, it's a clean beauty test \u2014 jeans, tee, natural makeup. You can say no to anything you're not "
                "comfortable with, always. And you keep your own phone and ID, obviously \U0001F60A"),
    ("b", "3m", "ok this sounds amazing. i'll have my mom call u tomorrow"),
    ("a", "1m", "Can't wait. Here's the office line: 555-0131"),
])

# US: aunt and 12-year-old niece, secret photo book for grandma
add("en", "chat", 0, [], "2026-03-10T15:45:00Z", [
    ("a", 0, "Hi mija! Did you get the gift card I sent for your game? \U0001F3AE"),
    ("b", "40m", "YES thank u tia!!! i got the horse pet"),
    ("a", "3m", "lol good. Ok now I need your help with a secret mission \U0001F575\uFE0F\u200D\u2640\uFE0F"),
    ("b", "1m", "ooh what"),
    ("a", "2m", "Grandma's 80th is next month and we're making her a photo book. Can you send me a pic of your science fair "
                "poster and one of you with Biscuit? Don't tell your mom, it's a surprise for her too, she's in it"),
    ("b", "3m", "ok!! i'll do it after school when she's at work"),
    ("a", "1m", "Perfect. If you can find that old pic of you and Grandpa at the lake that would be amazing too"),
    ("b", "1d", "[photo] [photo] found it!! and here's me and biscuit"),
    ("a", "10m", "I'm crying \U0001F62D thank you baby. Our secret til the party!"),
])

# US: two teens (16, 15) in an art server planning a zine collab
add("en", "chat", 0, [], "2026-05-05T21:18:00Z", [
    ("a", 0, "ur style is literally so cute, the way u do eyes??"),
    ("b", "4m", "omg thank u i love ur backgrounds tho"),
    ("a", "2m", "wanna do a collab for the zine? how old r u btw, the zine mods said it's 14-17 only"),
    ("b", "1m", "15! u?"),
    ("a", "1m", "16, junior. ok yay. u wanna move to insta? discord keeps eating my images lol"),
    ("b", "2m", "sure it's same username"),
    ("a", "3m", "ok followed. lets not tell the rest of the server we're doing a collab till it's done, i wanna surprise everyone at the reveal"),
    ("b", "1m", "yesss secret collab \U0001F92B"),
    ("a", "1m", "i'll start the sketch tonight and send u the lineart"),
])

# =====================================================================
# SPANISH (4)
# =====================================================================
single("es", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform"],
       "2026-03-28T14:12:00Z",
       "\U0001F4E2 SE SOLICITAN SE\u00d1ORITAS de 18 a 25 a\u00f1os para trabajar como edecanes y modelos en Canc\u00fan \U0001F334 "
       "Sueldo de $25,000 a la semana, hospedaje y pasaje incluidos (se descuentan del primer pago). No se requiere experiencia, "
       "solo buena presentaci\u00f3n y mente abierta \U0001F609 Chicas solteras de preferencia, que puedan viajar de inmediato. "
       "Interesadas mandar foto de cuerpo completo y edad por WhatsApp al 555-0163. NO preguntar por aqu\u00ed.")

single("es", 0, [], "2026-04-01T10:48:00Z",
       "OJO CHICAS \u26A0\uFE0F Est\u00e1 circulando en grupos de Medell\u00edn una oferta de 'modelos webcam / edecanes en el "
       "exterior con pasaje pagado'. Una amiga casi cae: le pidieron fotos en ropa interior y que no le contara a su familia. "
       "Ninguna agencia seria te cobra el pasaje despu\u00e9s, ni te guarda el pasaporte, ni te pide que te pases a Telegram. Si "
       "les llega algo as\u00ed, no respondan, hagan captura y denuncien. Compartan por favor \U0001F64F")

add("es", "chat", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "risk_assessment", "off_platform", "secrecy",
                      "photo_request"],
    "2026-02-06T23:05:00Z", [
        ("a", 0, "buena partida!! juegas muy bien para ser nueva"),
        ("b", "1m", "jaja gracias"),
        ("a", "30s", "cuantos a\u00f1os tienes? pareces mas grande por como hablas"),
        ("b", "2m", "13"),
        ("a", "40s", "wow eres muy madura. si quieres te paso diamantes para la skin nueva, a mi me sobran"),
        ("b", "20s", "enserio?? siii porfa"),
        ("a", "2m", "listo ya te los mande \U0001F60A oye tus papas te revisan el cel?"),
        ("b", "1m", "no casi nunca"),
        ("a", "30s", "mejor asi jaja. pasame tu whatsapp, por aqui no puedo hablar bien y borran los mensajes"),
        ("b", "3m", "ok es 555-0175"),
        ("a", "18h", "no le cuentes a nadie lo de los diamantes eh, es nuestro secreto. me mandas una foto tuya en pijama para "
                     "ver que si eres tu? \U0001F609"),
    ])

add("es", "chat", 0, [], "2026-03-02T10:15:00Z", [
    ("a", 0, "Hola Andrea, soy Marta de Recursos Humanos del hotel en Palma. Hemos recibido tu candidatura para camarera de "
             "pisos para la temporada de verano."),
    ("b", "45m", "Hola Marta! Muchas gracias por escribirme"),
    ("a", "5m", "\u00bfTe vendr\u00eda bien una entrevista por videollamada el jueves a las 11h?"),
    ("b", "4m", "S\u00ed, perfecto. Una pregunta, \u00bfel alojamiento est\u00e1 incluido? soy de Sevilla"),
    ("a", "6m", "Tenemos residencia para el personal, 150\u20ac al mes, habitaci\u00f3n compartida con otra compa\u00f1era. Es "
                "opcional, puedes buscar piso por tu cuenta si prefieres."),
    ("b", "3m", "Vale. \u00bfY el contrato?"),
    ("a", "4m", "Contrato fijo discontinuo, alta en la Seguridad Social desde el primer d\u00eda y n\u00f3mina por "
                "transferencia. No tienes que pagar nada por adelantado, ni el viaje ni nada. Te env\u00edo la oferta por "
                "escrito al correo."),
    ("b", "2m", "Genial, gracias!! nos vemos el jueves"),
])

# =====================================================================
# PORTUGUESE (4)
# =====================================================================
single("pt", 1, ["job_offer", "compliments_trust", "travel_meet", "money_gifts_debt", "age_probe", "off_platform", "secrecy"],
       "2025-12-12T21:40:00Z",
       "Oi linda, tudo bem? \U0001F60D Sou agenciador de modelos, trabalho com eventos VIP em S\u00e3o Paulo e na Europa. Voc\u00ea "
       "tem muito o perfil que meus clientes procuram!! Cach\u00ea alto, passagem e hospedagem por nossa conta, depois voc\u00ea "
       "acerta com os trabalhos. Quantos anos voc\u00ea tem? Me chama no Telegram que aqui n\u00e3o posso falar muito, e por "
       "enquanto n\u00e3o comenta com ningu\u00e9m pra n\u00e3o gerar inveja \U0001F609")

single("pt", 0, [], "2026-01-20T09:00:00Z",
       "VAGA ABERTA \U0001F4CC Recepcionista para cl\u00ednica de est\u00e9tica em Curitiba. Carteira assinada, R$ 2.100 + VT + VR "
       "+ plano de sa\u00fade. Segunda a sexta, 8h \u00e0s 17h. N\u00e3o precisa de experi\u00eancia, damos treinamento. Envie seu "
       "curr\u00edculo para vagas@example.com com o assunto 'Recep\u00e7\u00e3o'. Entrevistas presenciais na cl\u00ednica. N\u00e3o "
       "cobramos nenhuma taxa dos candidatos.")

add("pt", "chat", 1, ["romance", "vulnerability", "isolation", "travel_meet", "money_gifts_debt", "commercial_sex", "secrecy",
                      "control"],
    "2025-08-03T11:20:00Z", [
        ("a", 0, "bom dia minha princesa \u2764\uFE0F dormiu bem?"),
        ("b", "30m", "bom dia amor, dormi mal, briguei com minha m\u00e3e de novo"),
        ("a", "2m", "ela n\u00e3o te valoriza. aqui em Portugal voc\u00ea ia ter outra vida, eu cuido de voc\u00ea"),
        ("b", "5m", "queria tanto ir, mas n\u00e3o tenho dinheiro nem pra passagem"),
        ("a", "1m", "j\u00e1 falei, eu pago tudo. passagem, passaporte, roupa nova. depois voc\u00ea me ajuda quando come\u00e7ar a trabalhar"),
        ("b", "4m", "trabalhar de qu\u00ea l\u00e1?"),
        ("a", "3m", "uns amigos meus t\u00eam uma casa de eventos, voc\u00ea faz companhia pros clientes, conversa, bebe um pouco. "
                    "as meninas tiram 3 mil euros por m\u00eas"),
        ("b", "6m", "s\u00f3 companhia n\u00e9?"),
        ("a", "1m", "confia em mim amor. e n\u00e3o fala de Portugal pras suas amigas, elas t\u00eam inveja de voc\u00ea. fala pra "
                    "sua m\u00e3e que \u00e9 trabalho de bab\u00e1"),
        ("b", "10m", "t\u00e1 bom"),
        ("a", "2m", "quando chegar eu guardo seu passaporte, pra voc\u00ea n\u00e3o perder. te amo"),
    ])

add("pt", "chat", 0, [], "2026-04-17T18:33:00Z", [
    ("a", 0, "mano vc q fez aquela casa no servidor? ficou mt boa"),
    ("b", "2m", "fui eu kkkk demorei uma semana"),
    ("a", "1m", "quantos anos vc tem? vc \u00e9 da sala do Lucas?"),
    ("b", "1m", "14, sou sim, do 9\u00ba B"),
    ("a", "40s", "ah massa. vamo fazer uma surpresa pro anivers\u00e1rio dele? construir uma est\u00e1tua dele no spawn kkkk"),
    ("b", "30s", "KKKKKK bora"),
    ("a", "1m", "me add no discord q l\u00e1 \u00e9 mais f\u00e1cil combinar, gui_mc14"),
    ("b", "2m", "add"),
    ("a", "30s", "e n\u00e3o conta pra ningu\u00e9m do grupo sen\u00e3o algu\u00e9m fala pra ele"),
    ("b", "20s", "pode deixar, segredo \U0001F910"),
])

# =====================================================================
# FRENCH (4)
# =====================================================================
single("fr", 1, ["job_offer", "commercial_sex", "money_gifts_debt", "photo_request", "off_platform", "secrecy"],
       "2026-02-13T17:25:00Z",
       "Recherche jeunes femmes 18-25 ans pour poste d'h\u00f4tesse / massage bien-\u00eatre dans un salon priv\u00e9 \u00e0 "
       "Bruxelles. 4000 \u20ac par mois, logement fourni sur place (d\u00e9duit du salaire), d\u00e9butantes accept\u00e9es, "
       "formation assur\u00e9e. Client\u00e8le haut de gamme, discr\u00e9tion totale garantie. Il faut \u00eatre souriante et "
       "ouverte d'esprit \U0001F609 Envoyer 3 photos r\u00e9centes (dont une en pied) + \u00e2ge sur WhatsApp au 555-0186. Pas de "
       "CV n\u00e9cessaire.")

single("fr", 0, [], "2025-10-18T08:30:00Z",
       "\U0001F534 Prostitution des mineurs : parlons-en. Les \u00ab lover boys \u00bb rep\u00e8rent souvent des ados en "
       "difficult\u00e9 sur les r\u00e9seaux sociaux. Ils offrent des cadeaux, se pr\u00e9sentent comme un petit copain, isolent "
       "la jeune de ses proches, puis parlent d'une \u00ab dette \u00bb \u00e0 rembourser. Signes d'alerte : nouveaux v\u00eatements "
       "ou t\u00e9l\u00e9phone sans explication, fugues, un deuxi\u00e8me compte Snapchat secret, un \u00ab copain \u00bb beaucoup "
       "plus \u00e2g\u00e9. Parents, \u00e9ducateurs : vous pouvez \u00eatre accompagn\u00e9s. Plus d'infos sur example.org/ecoute.")

add("fr", "chat", 1, ["compliments_trust", "age_probe", "exclusivity", "risk_assessment", "off_platform", "photo_request",
                      "secrecy"],
    "2026-03-22T19:02:00Z", [
        ("a", 0, "Coucou ! Je suis tomb\u00e9 sur ton compte de dessins, ton style manga est vraiment top \U0001F60D"),
        ("b", "25m", "Merci beaucoup !! je dessine depuis 2 ans"),
        ("a", "3m", "Tu as quel \u00e2ge ? Tu dessines mieux que mes \u00e9tudiants aux Beaux-Arts \U0001F605"),
        ("b", "2m", "14 ans"),
        ("a", "2m", "Franchement t'as un vrai talent. Si tu veux je peux te faire des retours perso, je fais \u00e7a pour personne d'habitude"),
        ("b", "1m", "ouiii ce serait trop bien"),
        ("a", "2d", "Alors, tu as boss\u00e9 sur les mains ? Tes parents te laissent dessiner tard le soir ?"),
        ("b", "40m", "Mon p\u00e8re travaille de nuit et ma m\u00e8re dort t\u00f4t donc personne v\u00e9rifie lol"),
        ("a", "2m", "Parfait \U0001F604 viens sur Snap, c'est plus simple pour s'envoyer des croquis : theo.ink.29"),
        ("b", "3m", "ok je t'ajoute"),
        ("a", "5m", "Envoie-moi une photo de toi, en pyjama tranquille, je voudrais te dessiner en perso de manga. Et garde \u00e7a "
                    "pour nous, les gens comprennent pas toujours ce genre d'amiti\u00e9"),
    ])

add("fr", "chat", 0, [], "2025-06-25T12:10:00Z", [
    ("a", 0, "Bonjour Anna ! C'est Claire, la maman de Jules et L\u00e9a. Merci pour l'appel vid\u00e9o hier, les enfants t'ont ador\u00e9e \U0001F60A"),
    ("b", "1h", "Bonjour Claire ! Moi aussi j'ai beaucoup aim\u00e9, L\u00e9a est trop mignonne"),
    ("a", "10m", "On aimerait beaucoup t'accueillir \u00e0 partir de septembre. Comme on a dit : 25h par semaine, argent de poche "
                 "de 320 \u20ac par mois, ta chambre, et on paie les cours de fran\u00e7ais."),
    ("b", "8m", "Super ! Est-ce que je dois payer le billet de train ?"),
    ("a", "5m", "On te rembourse le billet \u00e0 l'arriv\u00e9e, pas de dette, rien \u00e0 nous rendre. Je t'envoie le contrat "
                "officiel pour que tes parents puissent le lire aussi."),
    ("b", "4m", "Merci, ma m\u00e8re voulait justement vous parler"),
    ("a", "3m", "Avec plaisir, elle peut m'appeler quand elle veut. Et si tu veux, je te donne le num\u00e9ro de Sofia, notre "
                "ancienne au pair, pour que tu lui poses toutes tes questions sans nous \U0001F609"),
    ("b", "2m", "Oui avec plaisir !"),
])

# =====================================================================
# GERMAN (4)
# =====================================================================
single("de", 1, ["job_offer", "commercial_sex", "photo_request", "off_platform", "secrecy"],
       "2026-01-14T20:00:00Z",
       "Nebenjob f\u00fcr Studentinnen \U0001F4BC Begleitung zu Gesch\u00e4ftsessen und Events in Frankfurt, 500 \u20ac pro Abend, "
       "bar auf die Hand. Keine Erfahrung n\u00f6tig, nur gepflegtes Auftreten und Offenheit. Unsere Kunden sind gro\u00dfz\u00fcgige "
       "Herren, die Diskretion sch\u00e4tzen \u2013 das erwarten wir auch von dir, also bitte niemandem davon erz\u00e4hlen. Alter "
       "18\u201324. Schick 2\u20133 aktuelle Bilder (eins Ganzk\u00f6rper) per Telegram an @abendjob_ffm.")

single("de", 0, [], "2026-03-05T11:15:00Z",
       "\u26A0\uFE0F Warnung der Polizei: Aktuell erhalten vermehrt Jugendliche \u00fcber Instagram und Snapchat Nachrichten von "
       "vermeintlich gleichaltrigen M\u00e4dchen. Nach einem Flirt werden Fotos verlangt, anschlie\u00dfend wird mit der "
       "Ver\u00f6ffentlichung gedroht und Geld gefordert (Sextortion). Unser Rat: Nicht zahlen, nicht l\u00f6schen, Screenshots "
       "machen, Kontakt blockieren und Anzeige erstatten. Eltern: Sprechen Sie mit Ihren Kindern dar\u00fcber \u2013 ohne "
       "Vorw\u00fcrfe. Mehr Infos unter example.org/praevention")

add("de", "chat", 1, ["romance", "compliments_trust", "vulnerability", "money_gifts_debt", "secrecy", "isolation", "control",
                      "commercial_sex", "meeting"],
    "2025-09-15T15:40:00Z", [
        ("a", 0, "na s\u00fc\u00dfe, wie war schule"),
        ("b", "20m", "schei\u00dfe wie immer \U0001F644 und zuhause nur stress"),
        ("a", "2m", "deine eltern checken einfach nicht was sie an dir haben. ich schon \u2764\uFE0F"),
        ("b", "3m", "du bist so lieb"),
        ("a", "1h", "hab dir was bestellt, die sneaker die du wolltest. sag deiner mutter die sind von ner freundin"),
        ("b", "2m", "WAS echt??? danke schatz \U0001F60D"),
        ("a", "6d", "samstag party bei nem kumpel in k\u00f6ln, ich hol dich ab. sag du pennst bei deiner freundin"),
        ("b", "15m", "ok \U0001F648"),
        ("b", "8d", "warum hast du mich samstag mit deinen kumpels allein gelassen? das war komisch"),
        ("a", "2h", "chill mal. wei\u00dft du eigentlich was die sneaker, das handy und die ganzen fahrten gekostet haben? du "
                    "schuldest mir locker 800"),
        ("b", "5m", "du hast gesagt das sind geschenke"),
        ("a", "3m", "wenn du mich liebst hilfst du mir. sei nett zu meinen kumpels, dann sind wir quitt. und kein wort zu irgendwem"),
    ])

add("de", "chat", 0, [], "2026-04-23T19:10:00Z", [
    ("a>b", 0, "Mia, super Training heute! Die Pirouette sitzt endlich \U0001F483"),
    ("b>a", "10m", "danke!! hab voll ge\u00fcbt"),
    ("a>b", "3m", "Psst, noch nicht weitersagen: Du bist f\u00fcr das Solo beim Wettbewerb in Hamburg ausgew\u00e4hlt. Ich "
                  "sag's der Gruppe am Freitag selbst."),
    ("b>a", "1m", "OMG \U0001F62D ich sag nix versprochen"),
    ("a>c", "20m", "Hallo Frau Becker, kurze Info: Mia tanzt das Solo in Hamburg am 14. Die Fahrt ist mit dem Vereinsbus, zwei "
                   "Betreuerinnen sind dabei, \u00dcbernachtung in der Jugendherberge in M\u00e4dchenzimmern."),
    ("c>a", "1h", "Wie sch\u00f6n, danke! Kann ich als Begleitung mitkommen?"),
    ("a>c", "15m", "Sehr gern, Eltern sind immer willkommen. Die Einverst\u00e4ndniserkl\u00e4rung schicke ich morgen per Mail."),
    ("b>a", "2h", "darf ich mein handy mitnehmen?"),
    ("a>b", "5m", "Klar \U0001F604 nur nicht w\u00e4hrend der Auff\u00fchrung."),
])

# =====================================================================
# DUTCH (4)
# =====================================================================
single("nl", 1, ["vulnerability", "isolation", "compliments_trust", "age_probe", "secrecy", "off_platform", "travel_meet"],
       "2026-02-28T00:47:00Z",
       "Hey mooie meid \U0001F440 zag net je story dat je weer ruzie hebt thuis en weg wil. Als je wil kan je bij mij pitten, ik "
       "heb een eigen plek in Rotterdam, eten en alles geregeld, niks moet. Ik haal je gewoon op. Hoe oud ben je eigenlijk? Zeg "
       "maar niks tegen je vriendinnen, die snappen het toch niet. Snap me even want hier lees ik bijna niks")

single("nl", 0, [], "2026-03-12T10:00:00Z",
       "\U0001F3D6\uFE0F VACATURE: bediening strandpaviljoen Scheveningen, seizoen april t/m september. Vanaf 16 jaar, "
       "\u20ac9,50\u2013\u20ac14,00 per uur afhankelijk van leeftijd, fooienpot wordt eerlijk verdeeld. Geen ervaring nodig, je "
       "krijgt een inwerkdag. Ben je jonger dan 18? Dan maken we graag even kennis met je ouders erbij. Solliciteren via "
       "example.com/werken of loop binnen bij de bar.")

add("nl", "chat", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "risk_assessment", "photo_request"],
    "2026-01-24T20:30:00Z", [
        ("a", 0, "yo goeie game man \U0001F525 je bouwt echt snel"),
        ("b", "1m", "thx haha"),
        ("a", "30s", "hoe oud ben je? je klinkt jong in de vc"),
        ("b", "1m", "12"),
        ("a", "40s", "damn dan ben je echt goed voor je leeftijd. wil je de nieuwe skin? ik kan je v-bucks geven, heb er zat"),
        ("b", "20s", "echt?? ja graag"),
        ("a", "3m", "check je inbox \U0001F60E zeg maar niet tegen je ouders waar je ze vandaan hebt, die gaan alleen zeuren"),
        ("b", "1m", "oke"),
        ("a", "2m", "heb je een eigen kamer? kijken je ouders op je telefoon?"),
        ("b", "2m", "ja eigen kamer. mijn moeder kijkt soms"),
        ("a", "1m", "ok\u00e9 dan verwijder je onze chats gewoon. stuur ff een foto van jezelf, gewoon in je pyjama ofzo, dan "
                    "weet ik dat je geen nep account bent"),
    ])

add("nl", "chat", 0, [], "2025-11-08T21:05:00Z", [
    ("a", 0, "Haha die foto met die geit, moet ik daar het verhaal achter weten?"),
    ("b", "2h", "Kinderboerderij-uitje met mijn nichtje, de geit won"),
    ("a", "5m", "Klinkt als een eerlijke strijd \U0001F604 Wat doe je verder als je niet tegen geiten vecht?"),
    ("b", "10m", "Ik werk als verpleegkundige in het ziekenhuis. En jij?"),
    ("a", "4m", "Software tester, dus ik breek dingen voor mijn werk. Zullen we naar WhatsApp? Ik kijk hier nooit"),
    ("b", "20m", "Prima, 555-0147"),
    ("a", "1h", "Zin om zaterdag koffie te doen? Bij dat caf\u00e9 aan de Oudegracht?"),
    ("b", "15m", "Leuk! Ik stuur mijn huisgenoot wel even waar ik ben, gewoon voor de zekerheid \U0001F605"),
    ("a", "3m", "Heel verstandig, doe ik ook altijd. Tot zaterdag!"),
])

# =====================================================================
VALID_CODES = {"job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform", "travel_meet",
               "money_gifts_debt", "control", "commercial_sex", "sextortion", "age_probe", "compliments_trust",
               "risk_assessment", "exclusivity", "photo_request", "sexual_talk", "meeting"}


def build():
    items = list(ITEMS)
    random.Random(4343).shuffle(items)
    lines = []
    for k, it in enumerate(items, 1):
        cid = "p%s-x%d" % (NN, k)
        t = datetime.strptime(it["start"], "%Y-%m-%dT%H:%M:%SZ")
        msgs = []
        for who, g, text in it["msgs"]:
            t = t + gap(g)
            if ">" in who:
                s, r = who.split(">")
            else:
                s, r = who, ("b" if who == "a" else "a")
            msgs.append({"sender": "%s-%s" % (cid, s), "recipient": "%s-%s" % (cid, r),
                         "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        for c in it["codes"]:
            assert c in VALID_CODES, c
        if it["label"] == 1:
            assert it["codes"], cid
        if it["kind"] == "chat":
            assert 5 <= len(msgs) <= 20, (cid, len(msgs))
        rec = {"id": cid, "label": it["label"], "codes": it["codes"], "messages": msgs}
        lines.append((rec, it))
    with open(OUT, "w", encoding="utf-8") as f:
        for rec, _ in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return lines


if __name__ == "__main__":
    lines = build()
    n = len(lines)
    lab = Counter(it["label"] for _, it in lines)
    print("wrote %s: %d items" % (OUT, n))
    print("by label:", dict(lab))
    print("by language:", dict(Counter(it["lang"] for _, it in lines)))
    print("by language x label:", dict(Counter((it["lang"], it["label"]) for _, it in lines)))
    print("by kind x label:", dict(Counter((it["kind"], it["label"]) for _, it in lines)))
    assert n == 60 and lab[1] == 30 and lab[0] == 30
